import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { toGlobalId } from '../../src/common/node-id';
import { startEmbeddedMeilisearch, type EmbeddedMeilisearch } from '../../src/search/embedded-meilisearch';
import { createSearchClient } from '../../src/search/client';
import { createSearchRuntime, type SearchRuntime } from '../../src/search/search-runtime';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { DOCX, docxOf, PDF, pdfOf } from '../support/documents';
import { freePort } from '../support/ports';
import { drainOutbox } from '../support/search';
import { startTestServer, type TestServer } from '../support/server';
import { testWorker } from '../support/worker';

/**
 * The text inside attached documents, searched as a KOV specialist searches:
 * through the HTTP upload, the worker's extraction and the search sync, against
 * a Meilisearch of this test's own (one test stops it).
 */
let db: TestDatabase;
let meili: EmbeddedMeilisearch;
let meiliDir: string;
let meiliPort: number;
let search: SearchRuntime;
let server: TestServer;
let worker: ReturnType<typeof testWorker>;
const attachmentsDir = `${process.env.TEST_TMP_ROOT}/attachment-search-${process.pid}`;
const tokens: Record<'editor' | 'member' | 'elvl', string> = { editor: '', member: '', elvl: '' };

beforeAll(async () => {
  meiliDir = await fs.mkdtemp(path.join(os.tmpdir(), 'elvl-meili-'));
  meiliPort = await freePort();
  meili = await startEmbeddedMeilisearch({ dataDir: meiliDir, port: meiliPort });
  db = await createTestDatabase();
  search = createSearchRuntime(createSearchClient(meili.host, meili.masterKey), {
    prefix: 'files_',
    publicHost: meili.host,
  });
  const env = { ATTACHMENTS_DIR: attachmentsDir };
  server = await startTestServer(db.dataSource, { search, env });
  worker = testWorker(db.dataSource, search, { env });
  await drainOutbox(db.dataSource, search);
  tokens.editor = await server.signIn('toimetaja@elvl.ee', 'arendus-toimetaja-2026');
  tokens.member = await server.signIn('it@tartu.ee', 'arendus-liige-2026');
  tokens.elvl = await server.signIn('korraldaja@elvl.ee', 'arendus-korraldaja-2026');
});

afterAll(async () => {
  await server.stop();
  await meili.stop();
  await db.drop();
  await fs.rm(meiliDir, { recursive: true, force: true });
  await fs.rm(attachmentsDir, { recursive: true, force: true });
});

async function publishedGuide(visibility: string, skip = 0): Promise<string> {
  const { body } = await server.graphql(
    `{ guides(first: 100, filter: { statuses: [PUBLISHED] }) { edges { node { id visibility } } } }`,
    {},
    { token: tokens.editor },
  );
  return body.data.guides.edges.filter((e: any) => e.node.visibility === visibility)[skip].node.id;
}

async function upload(guide: string, bytes: Buffer, type: string, filename: string) {
  const response = await fetch(
    `${server.base}/guides/${guide}/attachments?filename=${encodeURIComponent(filename)}`,
    {
      method: 'POST',
      headers: { 'content-type': type, authorization: `Bearer ${tokens.editor}` },
      body: new Uint8Array(bytes),
    },
  );
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string; downloadUrl: string };
}

/** Extracts every pending attachment's text, then brings the index in line. */
async function settle(): Promise<void> {
  for (let round = 0; round < 50; round += 1) {
    await worker.runJob('extractAttachmentTexts');
    const [{ pending }] = await db.dataSource.query(
      `SELECT count(*)::int AS pending FROM guide_attachment_texts WHERE status = 'PENDING'`,
    );
    if (pending === 0) return drainOutbox(db.dataSource, search);
  }
  throw new Error('attachments still pending');
}

const SEARCH = `query ($q: String!) {
  search(input: { query: $q, facets: [KIND, ORGANISATION, TOPIC] }) {
    totalHits
    hits { ... on GuideHit { guide { id } highlights { field snippet attachment { id filename downloadUrl } } } }
    facets { facet values { value count } }
  } }`;

async function find(query: string, token?: string) {
  const { status, body } = await server.graphql(SEARCH, { q: query }, { token });
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
  return body.data.search as {
    totalHits: number;
    hits: {
      guide: { id: string };
      highlights: { field: string; snippet: string; attachment: { id: string; filename: string } | null }[];
    }[];
    facets: { facet: string; values: { value: string; count: number }[] }[];
  };
}

const EXTRACTION = `query ($id: ID!) { node(id: $id) { ... on GuideAttachment {
  filename textExtraction { status failure failureDetail characters truncated attempts finishedAt } } } }`;

async function extraction(id: string, token = tokens.editor) {
  const { body } = await server.graphql(EXTRACTION, { id }, { token });
  expect(body.errors).toBeUndefined();
  return body.data.node.textExtraction;
}

describe('search inside attachments', () => {
  it('finds a phrase that occurs only inside a PDF or a DOCX, naming the file with a snippet', async () => {
    const guide = await publishedGuide('PUBLIC');
    const pdf = await upload(
      guide,
      await pdfOf(['Lisa 3', 'Pilvelao tõrkeprotokoll: kõik varukoopiad kontrollitakse igal neljapäeval.']),
      PDF,
      'Tõrkeprotokoll 2026.pdf',
    );
    const docx = await upload(
      guide,
      await docxOf(['Hankeleping', 'Šifreerimisvõtmete üleandmise akt allkirjastatakse mõlema poole poolt.']),
      DOCX,
      'Hankelepingu lisa.docx',
    );
    expect(await find('šifreerimisvõtmete üleandmise')).toMatchObject({ totalHits: 0 });
    await settle();
    expect(await extraction(pdf.id)).toMatchObject({ status: 'EXTRACTED', failure: null, attempts: 1 });

    for (const [query, file, word] of [
      ['pilvelao tõrkeprotokoll', pdf, 'tõrkeprotokoll'],
      // Without diacritics, as people type on a foreign keyboard.
      ['sifreerimisvotmete uleandmise akt', docx, 'Šifreerimisvõtmete'],
    ] as const) {
      const result = await find(query);
      expect(result.totalHits).toBe(1);
      expect(result.hits[0].guide.id).toBe(guide);
      const highlight = result.hits[0].highlights.find((h) => h.field === 'attachment');
      expect(highlight?.attachment?.id).toBe(file.id);
      expect(highlight?.snippet).toContain(`<mark>${word}</mark>`);
    }
    // The file name matches too, and the link leads to the file.
    const byName = await find('hankelepingu lisa');
    const named = byName.hits
      .find((h) => h.guide.id === guide)!
      .highlights.filter((h) => h.field === 'attachment')
      .map((h) => h.attachment);
    expect(named).toContainEqual({
      id: docx.id,
      filename: 'Hankelepingu lisa.docx',
      downloadUrl: docx.downloadUrl,
    });
  });

  it('never shows the public text from attachments of MEMBERS or INTERNAL guides: hits, totals, facets, tenant token', async () => {
    const members = await publishedGuide('MEMBERS');
    const internal = await publishedGuide('INTERNAL');
    await upload(
      members,
      await docxOf(['Liikmete kõrvetisekaart: ainult omavalitsustele.']),
      DOCX,
      'kaart.docx',
    );
    await upload(internal, await pdfOf(['Sisemine läbivaatusraamat ELVL-ile.']), PDF, 'raamat.pdf');
    await settle();

    for (const query of ['kõrvetisekaart', 'läbivaatusraamat']) {
      const anonymous = await find(query);
      expect(anonymous.totalHits).toBe(0);
      expect(anonymous.hits).toEqual([]);
      expect(anonymous.facets.flatMap((f) => f.values)).toEqual([]);
    }
    expect((await find('kõrvetisekaart', tokens.member)).hits.map((h) => h.guide.id)).toEqual([members]);
    expect((await find('läbivaatusraamat', tokens.member)).totalHits).toBe(0);
    expect((await find('läbivaatusraamat', tokens.elvl)).hits.map((h) => h.guide.id)).toEqual([internal]);

    // The tenant token a front-end gets searches Meilisearch directly under the same rule.
    const { body } = await server.graphql(`{ searchKey { token host indexUid } }`);
    const direct = await fetch(`${body.data.searchKey.host}/indexes/${body.data.searchKey.indexUid}/search`, {
      method: 'POST',
      headers: { authorization: `Bearer ${body.data.searchKey.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ q: 'kõrvetisekaart', facets: ['kind'] }),
    });
    expect(direct.status).toBe(200);
    expect(await direct.json()).toMatchObject({ hits: [], estimatedTotalHits: 0 });
  });

  it('accepts a corrupt or encrypted PDF and shows editors why it has no text; nothing else breaks', async () => {
    const guide = await publishedGuide('PUBLIC', 1);
    const encrypted = await upload(
      guide,
      await pdfOf(['Salajane eelarve'], { userPassword: 'parool' }),
      PDF,
      'salajane.pdf',
    );
    const corrupt = await upload(guide, Buffer.from('%PDF-1.7\n% katki läinud fail\n'), PDF, 'katki.pdf');
    const scanned = await upload(guide, await pdfOf([]), PDF, 'skannitud.pdf');
    const image = await upload(
      guide,
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      'image/png',
      'skeem.png',
    );
    const fine = await upload(
      guide,
      await docxOf(['Korras dokument vihmaveerennide kohta.']),
      DOCX,
      'korras.docx',
    );
    await settle();

    expect(await extraction(encrypted.id)).toMatchObject({
      status: 'FAILED',
      failure: 'ENCRYPTED',
      characters: 0,
    });
    expect(await extraction(corrupt.id)).toMatchObject({ status: 'FAILED', failure: 'CORRUPT' });
    expect(await extraction(scanned.id)).toMatchObject({ status: 'FAILED', failure: 'NO_TEXT' });
    expect(await extraction(image.id)).toMatchObject({ status: 'NOT_SUPPORTED', failure: null });
    expect(await extraction(fine.id)).toMatchObject({ status: 'EXTRACTED', truncated: false });
    // Only editors see how extraction went.
    expect(await extraction(fine.id, tokens.member)).toBeNull();

    // The guide still opens with every file, the files download, and its other attachment is found.
    const { body } = await server.graphql(
      `query ($id: ID!) { guide(id: $id) { title attachments { totalCount } } }`,
      { id: guide },
    );
    expect(body.data.guide.attachments.totalCount).toBe(5);
    expect((await fetch(`${server.base}${encrypted.downloadUrl}`)).status).toBe(200);
    expect((await find('vihmaveerennide')).hits.map((h) => h.guide.id)).toEqual([guide]);
    expect(
      (await find('skeem')).hits.some((h) => h.highlights.some((x) => x.attachment?.id === image.id)),
    ).toBe(true);
  });

  it('re-extracts a replaced file and forgets a removed one', async () => {
    const guide = await publishedGuide('PUBLIC', 2);
    const file = await upload(
      guide,
      await docxOf(['Vana versioon: kivisöeahju juhend.']),
      DOCX,
      'juhend.docx',
    );
    await settle();
    expect((await find('kivisöeahju')).totalHits).toBe(1);

    const replaced = await fetch(`${server.base}${file.downloadUrl}`, {
      method: 'PUT',
      headers: { 'content-type': DOCX, authorization: `Bearer ${tokens.editor}` },
      body: new Uint8Array(await docxOf(['Uus versioon: soojuspumba juhend.'])),
    });
    expect(replaced.status).toBe(200);
    expect(await replaced.json()).toMatchObject({ id: file.id, filename: 'juhend.docx' });
    await settle();
    expect((await find('kivisöeahju')).totalHits).toBe(0);
    expect(
      (await find('soojuspumba')).hits[0].highlights.find((h) => h.field === 'attachment')?.attachment?.id,
    ).toBe(file.id);

    const { body } = await server.graphql(
      `mutation ($id: ID!) { removeGuideAttachment(input: { id: $id }) { removedAttachmentId userErrors { code } } }`,
      { id: file.id },
      { token: tokens.editor },
    );
    expect(body.data.removeGuideAttachment.userErrors).toEqual([]);
    await drainOutbox(db.dataSource, search);
    expect((await find('soojuspumba')).totalHits).toBe(0);
  });

  it('makes every file uploaded while Meilisearch was down searchable once it is back', async () => {
    const guide = await publishedGuide('PUBLIC', 3);
    await meili.stop();
    const words = ['lumelükkaja', 'jääpurikate', 'libedusetõrje'];
    for (const [i, word] of words.entries())
      await upload(guide, await docxOf([`Talvine hooldus: ${word} graafik.`]), DOCX, `talv-${i}.docx`);
    // Extraction does not need Meilisearch; the sync fails and is retried.
    for (let round = 0; round < 10; round += 1) await worker.runJob('extractAttachmentTexts');
    await worker.runJob('syncGuideIndex');
    const [{ failing }] = await db.dataSource.query(
      'SELECT count(*)::int AS failing FROM search_outbox WHERE processed_at IS NULL AND attempts > 0',
    );
    expect(failing).toBeGreaterThan(0);

    // The other indexes too: an event renamed meanwhile (by any code; a trigger queues it).
    const [[renamed]] = await db.dataSource.query(
      `UPDATE events SET title = 'Talvine lumekoristusseminar'
        WHERE id = (SELECT id FROM events WHERE status = 'PUBLISHED' ORDER BY id LIMIT 1) RETURNING id`,
    );

    meili = await startEmbeddedMeilisearch({ dataDir: meiliDir, port: meiliPort });
    await settle();
    for (const word of words) expect((await find(word)).hits.map((h) => h.guide.id)).toEqual([guide]);
    const { body } = await server.graphql(
      `{ search(input: { query: "lumekoristusseminar" }) { hits { ... on EventHit { event { id } } } } }`,
    );
    expect(body.data.search.hits).toEqual([{ event: { id: toGlobalId('Event', renamed.id) } }]);
  });
});
