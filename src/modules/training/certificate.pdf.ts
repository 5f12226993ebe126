import type PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { Certificate } from './certificate.entity';

/** pdfkit is loaded on the first certificate, not at start: it holds ~24 MB that most replicas never use. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loadPdfKit = (): typeof PDFDocument => require('pdfkit');

/** DejaVu Sans from the npm package: every Estonian letter (õ ä ö ü š ž), embedded as a subset. */
const FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

const day = (date: Date) =>
  new Intl.DateTimeFormat('et-EE', {
    timeZone: 'Europe/Tallinn',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(date);

/**
 * The certificate as an A4 PDF: tagged (PDF/UA) with an Estonian language
 * tag and title, the holder, programme, cohort, hours and modules, and the
 * verification URL printed and as a QR code. A revoked one says so.
 */
export async function renderCertificatePdf(certificate: Certificate, verifyUrl: string): Promise<Buffer> {
  // @types/pdfkit lags behind pdfkit, which knows the PDF/UA subset.
  const options = {
    size: 'A4',
    margin: 56,
    pdfVersion: '1.7',
    tagged: true,
    subset: 'PDF/UA',
    lang: 'et-EE',
    displayTitle: true,
    info: {
      Title: `Tunnistus: ${certificate.programmeTitle}`,
      Author: 'Eesti Linnade ja Valdade Liit',
      Subject: certificate.holderName,
    },
  };
  const doc = new (loadPdfKit())(options as unknown as PDFKit.PDFDocumentOptions);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  doc.registerFont('body', FONT);
  doc.registerFont('bold', FONT_BOLD);
  const qr = await QRCode.toBuffer(verifyUrl, { margin: 1, width: 240, errorCorrectionLevel: 'M' });

  // Tagged content for screen readers (PDF/UA): every piece of text is in a structure element.
  const root = doc.struct('Document');
  doc.addStructure(root);
  const tag = (type: string, draw: () => void, options: { alt?: string } = {}) => {
    root.add(doc.struct(type, options, draw));
  };
  tag('H1', () => doc.font('bold').fontSize(26).text('TUNNISTUS', { align: 'center' }));
  tag('P', () => {
    doc.moveDown(0.5);
    doc.font('body').fontSize(12).text('Eesti Linnade ja Valdade Liit tõendab, et', { align: 'center' });
  });
  tag('H2', () => {
    doc.moveDown(0.8);
    doc.font('bold').fontSize(22).text(certificate.holderName, { align: 'center' });
  });
  tag('P', () => {
    doc.moveDown(0.8);
    doc.font('body').fontSize(12).text('on läbinud koolitusprogrammi', { align: 'center' });
    doc.moveDown(0.4);
    doc.font('bold').fontSize(16).text(certificate.programmeTitle, { align: 'center' });
    const hours = certificate.hours.toLocaleString('et-EE');
    doc.font('body').fontSize(12).text(`${certificate.cohortName}, ${hours} tundi`, { align: 'center' });
  });
  tag('H3', () => {
    doc.moveDown(1.2);
    doc.font('bold').fontSize(12).text('Moodulid');
  });
  tag('L', () => doc.font('body').fontSize(11).list(certificate.modules, { bulletRadius: 2 }));
  tag('P', () => {
    doc.moveDown(1.2);
    doc
      .font('body')
      .fontSize(11)
      .text(`Väljastatud ${day(certificate.issuedAt)}`);
  });
  if (certificate.revokedAt) {
    tag('P', () => {
      doc.moveDown(0.5);
      doc
        .font('bold')
        .fontSize(14)
        .fillColor('#b00020')
        .text(`TÜHISTATUD ${day(certificate.revokedAt!)}`);
      doc.fillColor('black');
    });
  }
  tag(
    'Figure',
    () => {
      doc.moveDown(1.5);
      doc.image(qr, { width: 110 });
    },
    { alt: `QR-kood kontrollaadressiga ${verifyUrl}` },
  );
  tag('P', () => {
    doc.moveDown(0.5);
    doc.font('body').fontSize(10).text(`Kontrolli: ${verifyUrl}`);
    doc.text(`Kontrollkood: ${certificate.code}`);
  });
  root.end();
  doc.end();
  await finished;
  return Buffer.concat(chunks);
}
