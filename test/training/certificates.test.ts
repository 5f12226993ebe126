import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { users } from '../support/graphql';
import { useSeededServer } from '../support/harness';

const t = useSeededServer();
const { make } = t;

/** The text of a PDF, read by pdf.js (pdf-parse) in a plain Node process, as a person's PDF reader would. */
function pdfText(pdf: Buffer): string {
  const script = `
    const { PDFParse } = require('pdf-parse');
    const chunks = [];
    process.stdin.on('data', (c) => chunks.push(c));
    process.stdin.on('end', async () => {
      const parser = new PDFParse({ data: Buffer.concat(chunks) });
      process.stdout.write((await parser.getText()).text);
      await parser.destroy();
    });`;
  return execFileSync(process.execPath, ['-e', script], {
    input: pdf,
    cwd: path.join(__dirname, '..', '..'),
  }).toString();
}

const VERIFY = `query ($code: String!) { verifyCertificate(code: $code) { status holderName programmeTitle issuedAt } }`;
const MINE = `query ($id: ID!) { node(id: $id) { ... on Enrolment { status certificate { id code pdfUrl revokedAt } } } }`;

describe('certificates', () => {
  it('are issued on completion, open as a PDF with the holder’s Estonian name, verify, and can be revoked', async () => {
    const ulle = await make.seeded('it@tartu.ee');
    const jyri = await make.seeded('it@voru.ee');
    const cohort = await make.aCohort({ enrollees: [ulle, jyri] });
    const [done, notDone] = cohort.enrolmentIds;
    for (const session of cohort.sessionIds) {
      await t.gql.run(
        `mutation ($input: RecordTrainingAttendanceInput!) { recordTrainingAttendance(input: $input) { recorded } }`,
        { input: { sessionId: session, enrolmentIds: [done], present: true } },
        cohort.organiser,
      );
    }
    await t.gql.run(
      `mutation ($id: ID!) { completeCohort(input: { cohortId: $id }) { cohort { status } } }`,
      { id: cohort.id },
      cohort.organiser,
    );

    const mine = (await t.gql.run(MINE, { id: done }, ulle)).data!.node;
    expect(mine.status).toBe('COMPLETED');
    const { code, pdfUrl, id } = mine.certificate;
    expect(code).toMatch(/^[A-Z2-9]{24}$/);
    expect(pdfUrl).toBe(`http://localhost:4000/certificates/${code}.pdf`); // the default API_PUBLIC_URL
    expect((await t.gql.run(MINE, { id: notDone }, jyri)).data!.node).toEqual({
      status: 'NOT_COMPLETED',
      certificate: null,
    });
    // Someone else sees no certificate of Ülle's.
    expect((await t.gql.run(MINE, { id: done }, jyri)).data!.node).toBeNull();

    const response = await fetch(`${t.server.base}/certificates/${code}.pdf`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain('Ülle Õunapuu');
    expect(text).toContain('Teenusepõhine juhtimine');
    expect(text).toContain(code);

    expect(
      (await t.gql.run(VERIFY, { code: code.toLowerCase().replace(/(.{4})/g, '$1-') })).data!
        .verifyCertificate,
    ).toMatchObject({
      status: 'VALID',
      holderName: 'Ülle Õunapuu',
    });
    const revoke = `mutation ($input: RevokeCertificateInput!) { revokeCertificate(input: $input) { certificate { revokedAt } userErrors { code } } }`;
    const revoked = await t.gql.run(
      revoke,
      { input: { certificateId: id, reason: 'Ekslikult väljastatud' } },
      users.organiser,
    );
    expect(revoked.data!.revokeCertificate.certificate.revokedAt).toBeTruthy();
    expect((await t.gql.run(VERIFY, { code })).data!.verifyCertificate.status).toBe('REVOKED');
    expect(
      (await t.gql.run(revoke, { input: { certificateId: id, reason: 'uuesti' } }, users.organiser)).data!
        .revokeCertificate.userErrors,
    ).toEqual([{ code: 'INVALID' }]);
    expect(
      pdfText(Buffer.from(await (await fetch(`${t.server.base}/certificates/${code}.pdf`)).arrayBuffer())),
    ).toContain('TÜHISTATUD');

    expect((await t.gql.run(VERIFY, { code: 'ABCDEFGHJKLMNPQRSTUVWXYZ' })).data!.verifyCertificate).toEqual({
      status: 'UNKNOWN',
      holderName: null,
      programmeTitle: null,
      issuedAt: null,
    });
    expect((await fetch(`${t.server.base}/certificates/ABCDEFGHJKLMNPQRSTUVWXYZ.pdf`)).status).toBe(404);
  });
});
