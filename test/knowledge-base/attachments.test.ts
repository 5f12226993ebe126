import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { blobPath, sweepBlobs } from '../../src/modules/knowledge-base';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startTestServer, type TestServer } from '../support/server';

let db: TestDatabase;
let attachmentsDir: string;
let server: TestServer;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  db = await createTestDatabase();
  attachmentsDir = `${process.env.TEST_TMP_ROOT}/attachments-${db.name}`;
  server = await startTestServer(db.dataSource, {
    env: {
      ATTACHMENT_MAX_BYTES: '100000',
      ATTACHMENTS_DIR: attachmentsDir,
    },
  });
  tokens.editor = await server.signIn('toimetaja@elvl.ee', 'arendus-toimetaja-2026');
  tokens.member = await server.signIn('it@tartu.ee', 'arendus-liige-2026');
});
afterAll(async () => {
  await server.stop();
  await db.drop();
});

async function guideId(visibility: string): Promise<string> {
  const { body } = await server.graphql(
    `query ($v: [GuideStatus!]) { guides(first: 100, filter: { statuses: $v }) { edges { node { id visibility } } } }`,
    { v: ['PUBLISHED'] },
    { token: tokens.editor },
  );
  return body.data.guides.edges.find((e: any) => e.node.visibility === visibility).node.id;
}

const upload = (guide: string, bytes: Buffer, type: string, filename: string, token?: string) =>
  fetch(`${server.base}/guides/${guide}/attachments?filename=${encodeURIComponent(filename)}`, {
    method: 'POST',
    headers: { 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: bytes,
  });

describe('attachments', () => {
  it('stores an upload checksummed and serves it only to those who may read the guide', async () => {
    const members = await guideId('MEMBERS');
    const pdf = Buffer.from('%PDF-1.4\n% Õigusakt ja šabloon\n%%EOF\n', 'utf8');
    const response = await upload(members, pdf, 'application/pdf', 'E-ITS auditi põhi.pdf', tokens.editor);
    expect(response.status).toBe(201);
    const created = (await response.json()) as {
      id: string;
      sha256: string;
      size: number;
      downloadUrl: string;
    };
    expect(created.sha256).toBe(createHash('sha256').update(pdf).digest('hex'));
    expect(created.size).toBe(pdf.length);

    const asMember = await fetch(`${server.base}${created.downloadUrl}`, {
      headers: { authorization: `Bearer ${tokens.member}` },
    });
    expect(asMember.status).toBe(200);
    expect(Buffer.from(await asMember.arrayBuffer())).toEqual(pdf);
    expect(asMember.headers.get('content-disposition')).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent('E-ITS auditi põhi.pdf')}`,
    );
    expect((await fetch(`${server.base}${created.downloadUrl}`)).status).toBe(404);

    const listed = await server.graphql(
      `query ($id: ID!) { guide(id: $id) { attachments { edges { node { filename sha256 downloadUrl } } } } }`,
      { id: members },
      { token: tokens.member },
    );
    expect(listed.body.data.guide.attachments.edges.map((e: any) => e.node)).toEqual([
      { filename: 'E-ITS auditi põhi.pdf', sha256: created.sha256, downloadUrl: created.downloadUrl },
    ]);
  });

  it('refuses members, unknown types, oversized files and unknown guides', async () => {
    const publicGuide = await guideId('PUBLIC');
    expect((await upload(publicGuide, Buffer.from('x'), 'text/plain', 'a.txt')).status).toBe(401);
    expect((await upload(publicGuide, Buffer.from('x'), 'text/plain', 'a.txt', tokens.member)).status).toBe(
      403,
    );
    expect(
      (await upload(publicGuide, Buffer.from('MZ'), 'application/x-msdownload', 'a.exe', tokens.editor))
        .status,
    ).toBe(415);
    expect(
      (await upload(publicGuide, Buffer.alloc(200_000, 1), 'text/plain', 'big.txt', tokens.editor)).status,
    ).toBe(413);
    const missing = publicGuide.slice(0, -4) + 'AAAA';
    expect((await upload(missing, Buffer.from('x'), 'text/plain', 'a.txt', tokens.editor)).status).toBe(404);
    const [{ n }] = await db.dataSource.query('SELECT count(*)::int AS n FROM guide_attachments');
    expect(n).toBe(1);
  });

  it('removes attachments; the sweep deletes a file only once nothing refers to it', async () => {
    const [first, second] = [await guideId('PUBLIC'), await guideId('MEMBERS')];
    const content = Buffer.from('ühine fail – sama sisu kahes juhendis', 'utf8');
    const a = (await (await upload(first, content, 'text/plain', 'a.txt', tokens.editor)).json()) as {
      id: string;
      sha256: string;
    };
    const b = (await (await upload(second, content, 'text/plain', 'b.txt', tokens.editor)).json()) as {
      id: string;
    };
    const file = blobPath(attachmentsDir, a.sha256);
    const REMOVE = `mutation ($id: ID!) { removeGuideAttachment(input: { id: $id }) { removedAttachmentId userErrors { code } } }`;
    expect(
      (await server.graphql(REMOVE, { id: a.id }, { token: tokens.member })).body.errors[0].extensions.code,
    ).toBe('FORBIDDEN');
    expect(
      (await server.graphql(REMOVE, { id: a.id }, { token: tokens.editor })).body.data.removeGuideAttachment
        .removedAttachmentId,
    ).toBe(a.id);
    await sweepBlobs(db.dataSource.manager, attachmentsDir, 0);
    expect(existsSync(file)).toBe(true); // still used by the second guide
    await server.graphql(REMOVE, { id: b.id }, { token: tokens.editor });
    await sweepBlobs(db.dataSource.manager, attachmentsDir, 0);
    expect(existsSync(file)).toBe(false);
    expect(
      (await server.graphql(REMOVE, { id: b.id }, { token: tokens.editor })).body.data.removeGuideAttachment
        .userErrors,
    ).toEqual([{ code: 'NOT_FOUND' }]);
  });
});
