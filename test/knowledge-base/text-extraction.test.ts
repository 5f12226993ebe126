import { TextExtractor } from '../../src/modules/knowledge-base';
import { DOCX, docxOf, ODT, odtOf, PDF, pdfOf, PPTX, pptxOf, XLSX, xlsxOf } from '../support/documents';

const extractor = new TextExtractor({ maxChars: 10_000, timeoutMs: 30_000, maxMemoryMb: 256 });
afterAll(() => extractor.close());

const ESTONIAN = 'Õueala šahtid ja žürii küpsised äärelinnas';

describe('text extraction (worker thread)', () => {
  it('reads PDF, DOCX, ODT, PPTX, XLSX and plain text, Estonian letters intact', async () => {
    const cases: [string, Buffer, string[]][] = [
      [
        PDF,
        await pdfOf(['Esimene lehekülg: ' + ESTONIAN, 'Teine lehekülg: varukoopiate taastamise harjutus']),
        ['Esimene lehekülg', ESTONIAN, 'varukoopiate taastamise harjutus'],
      ],
      [DOCX, await docxOf(['Riigihanke lähteülesanne', ESTONIAN]), ['Riigihanke lähteülesanne', ESTONIAN]],
      [ODT, await odtOf(['Infoturbe  poliitika', ESTONIAN]), ['Infoturbe poliitika', ESTONIAN]],
      [
        PPTX,
        await pptxOf(['Slaid üks: ' + ESTONIAN, 'Slaid kaks: küberturbe õppus']),
        ['Slaid üks', ESTONIAN, 'küberturbe õppus'],
      ],
      [
        XLSX,
        await xlsxOf('Riskid', [
          ['Risk', 'Mõju'],
          ['Lunavara rünnak', 5],
          [ESTONIAN, 1],
        ]),
        ['Riskid', 'Lunavara rünnak 5', ESTONIAN],
      ],
      ['text/plain', Buffer.from(`Kontrollnimekiri\r\n${ESTONIAN}\r\n`), ['Kontrollnimekiri', ESTONIAN]],
      // An older Estonian text file in the Baltic Windows code page (õ is 0xF5, š is 0xF0, ž is 0xFE).
      ['text/csv', Buffer.from([0x4f, 0xf5, 0x75, 0x3b, 0xf0, 0x61, 0x3b, 0xfe, 0x75]), ['Oõu;ša;žu']],
    ];
    for (const [type, bytes, expected] of cases) {
      const outcome = await extractor.extract(bytes, type);
      expect({ type, ok: outcome.ok }).toEqual({ type, ok: true });
      if (!outcome.ok) continue;
      for (const text of expected) expect(outcome.text).toContain(text);
      expect(outcome.truncated).toBe(false);
    }
  });

  it('says why a file gave no text: encrypted, no text layer, corrupt', async () => {
    const encrypted = await pdfOf(['Salajane hankedokument'], { userPassword: 'parool' });
    expect(await extractor.extract(encrypted, PDF)).toMatchObject({ ok: false, reason: 'ENCRYPTED' });
    expect(await extractor.extract(await pdfOf([]), PDF)).toMatchObject({ ok: false, reason: 'NO_TEXT' });
    const broken = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 0x41)]);
    expect(await extractor.extract(broken, PDF)).toMatchObject({ ok: false, reason: 'CORRUPT' });
    expect(await extractor.extract(Buffer.from('PK\u0003\u0004 not a zip'), DOCX)).toMatchObject({
      ok: false,
      reason: 'CORRUPT',
    });
    // The thread survives failures: the next file is read as usual.
    expect(await extractor.extract(await docxOf(['Pärast vigu']), DOCX)).toMatchObject({
      ok: true,
      text: 'Pärast vigu',
    });
  });

  it('caps the text at a word boundary and says so', async () => {
    const small = new TextExtractor({ maxChars: 40, timeoutMs: 30_000, maxMemoryMb: 256 });
    try {
      const outcome = await small.extract(Buffer.from('sõna '.repeat(100)), 'text/plain');
      expect(outcome).toMatchObject({ ok: true, truncated: true });
      if (outcome.ok) {
        expect(outcome.text.length).toBeLessThanOrEqual(40);
        expect(outcome.text).toMatch(/^(sõna )*sõna$/);
      }
    } finally {
      await small.close();
    }
  });

  it('gives up on a file that takes too long, and the next file gets a fresh thread', async () => {
    const hasty = new TextExtractor({ maxChars: 10_000, timeoutMs: 1, maxMemoryMb: 256 });
    try {
      const pdf = await pdfOf(['Aeglane']);
      expect(await hasty.extract(pdf, PDF)).toMatchObject({ ok: false, reason: 'TIMEOUT' });
    } finally {
      await hasty.close();
    }
    expect(await extractor.extract(Buffer.from('Edasi'), 'text/plain')).toMatchObject({
      ok: true,
      text: 'Edasi',
    });
  });

  it('refuses an archive whose parts claim to inflate past the limit, without inflating them', async () => {
    const docx = await docxOf(['Paisuv dokument']);
    // Make the central directory say the document part inflates to 1 GiB, as a "zip bomb" does.
    const bomb = Buffer.from(docx);
    for (
      let at = bomb.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
      at >= 0;
      at = bomb.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)
    )
      bomb.writeUInt32LE(0x40000000, at + 24);
    expect(await extractor.extract(bomb, DOCX)).toMatchObject({ ok: false, reason: 'TOO_COMPLEX' });
  });

  it('gives up the file in hand when the worker stops, and reads the next one in a fresh thread', async () => {
    const stopping = new AbortController();
    const reading = extractor.extract(await pdfOf(['Katkestatud lugemine']), PDF, stopping.signal);
    stopping.abort(new Error('stopping'));
    await expect(reading).rejects.toThrow('stopping');
    expect(await extractor.extract(Buffer.from('Pärast peatamist'), 'text/plain')).toMatchObject({
      ok: true,
      text: 'Pärast peatamist',
    });
  });
});
