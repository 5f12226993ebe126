import { toGlobalId } from '../../src/common/node-id';
import { Organisation } from '../../src/modules/organisations';
import { users } from '../support/graphql';
import { useSeededDatabase } from '../support/harness';
import { testWorker } from '../support/worker';

const t = useSeededDatabase();

const GUIDE_FIELDS = `id slug title summary body bodyHtml status visibility version language previousSlugs publishedAt scheduledPublishAt
  topics { code } audience kind organisation { code }`;
const CREATE = `mutation ($input: CreateGuideInput!) { createGuide(input: $input) { guide { ${GUIDE_FIELDS} } userErrors { field code message } } }`;
const UPDATE = `mutation ($input: UpdateGuideInput!) { updateGuide(input: $input) { guide { ${GUIDE_FIELDS} } userErrors { field code message } } }`;
const step = (name: string) =>
  `mutation ($input: ${name === 'publishGuide' ? 'PublishGuideInput' : 'GuideTransitionInput'}!) { ${name}(input: $input) { guide { status version publishedAt } userErrors { field code } } }`;
const REVISIONS = `query ($id: ID!) { guide(id: $id) { revisions(first: 100) { edges { node { id number title } } } } }`;

let elvl: string;
beforeAll(async () => {
  const org = await t.db.dataSource.getRepository(Organisation).findOneByOrFail({ code: 'ELVL' });
  elvl = toGlobalId('Organisation', org.id);
});

async function create(overrides: Record<string, unknown> = {}) {
  const input = {
    language: 'ET',
    kind: 'HOW_TO',
    title: 'Varundamise kord väikeses vallas',
    summary: 'Kuidas varundada ja taastada.',
    body: '## Miks\n\nAndmed kaovad.\n\n## Kuidas\n\n1. Vali koht\n2. Testi taastamist',
    visibility: 'MEMBERS',
    audience: ['IT_SPECIALIST'],
    topics: ['cyber-security', 'e-its/CON.3'],
    organisationId: elvl,
    ...overrides,
  };
  const result = await t.gql.run(CREATE, { input }, users.editor);
  expect(result.errors).toBeUndefined();
  return result.data!.createGuide;
}

describe('guides: drafts, revisions and workflow', () => {
  it('creates a draft with a slug from the Estonian title and renders sanitised HTML', async () => {
    const { guide, userErrors } = await create({ body: '## Pealkiri\n\n<script>alert(1)</script> **õige**' });
    expect(userErrors).toEqual([]);
    expect(guide).toMatchObject({
      slug: 'varundamise-kord-vaikeses-vallas',
      status: 'DRAFT',
      version: 1,
      language: 'ET',
    });
    expect(guide.bodyHtml).toContain('<strong>õige</strong>');
    expect(guide.bodyHtml).not.toMatch(/<script/);
    const revisions = await t.gql.run(REVISIONS, { id: guide.id }, users.editor);
    expect(revisions.data!.guide.revisions.edges.map((e: any) => e.node.number)).toEqual([1]);
  });

  it('refuses unknown topics, a taken slug and missing references, writing nothing', async () => {
    const bad = await t.gql.run(
      CREATE,
      {
        input: {
          language: 'ET',
          kind: 'HOW_TO',
          title: 'X',
          summary: 'x',
          body: 'x',
          visibility: 'PUBLIC',
          audience: [],
          topics: ['no-such-topic'],
          slug: 'varundamise-kord-vaikeses-vallas',
          organisationId: elvl,
        },
      },
      users.editor,
    );
    expect(bad.data!.createGuide.userErrors.map((e: any) => e.code).sort()).toEqual(['DUPLICATE', 'INVALID']);
    expect(bad.data!.createGuide.guide).toBeNull();
  });

  it('saves a revision per change, none for an identical save, and refuses a stale version with CONFLICT', async () => {
    const { guide } = await create({ title: 'Intsidendi teavitamise vorm', slug: 'intsidendi-vorm' });
    const v2 = await t.gql.run(
      UPDATE,
      { input: { id: guide.id, version: 1, body: guide.body + '\n3. Dokumenteeri' } },
      users.editor,
    );
    expect(v2.data!.updateGuide.guide.version).toBe(2);
    const same = await t.gql.run(
      UPDATE,
      { input: { id: guide.id, version: 2, body: guide.body + '\n3. Dokumenteeri' } },
      users.editor,
    );
    expect(same.data!.updateGuide).toMatchObject({ guide: { version: 2 }, userErrors: [] });
    const stale = await t.gql.run(
      UPDATE,
      { input: { id: guide.id, version: 1, title: 'Vana' } },
      users.editor,
    );
    expect(stale.data!.updateGuide.guide).toBeNull();
    expect(stale.data!.updateGuide.userErrors).toEqual([
      expect.objectContaining({ code: 'CONFLICT', field: 'version' }),
    ]);
    const revisions = await t.gql.run(REVISIONS, { id: guide.id }, users.editor);
    expect(revisions.data!.guide.revisions.edges.map((e: any) => e.node.number)).toEqual([2, 1]);
    const current = await t.gql.run(
      `query ($id: ID!) { guide(id: $id) { title version } }`,
      { id: guide.id },
      users.editor,
    );
    expect(current.data!.guide).toEqual({ title: 'Intsidendi teavitamise vorm', version: 2 });
  });

  it('two editors saving the same version: exactly one wins, the other gets CONFLICT, nothing is lost', async () => {
    const { guide } = await create({ title: 'Paroolipoliitika põhi', slug: 'paroolipoliitika-pohi' });
    const results = await Promise.all(
      ['Toimetaja A muudatus', 'Toimetaja B muudatus'].map((summary) =>
        t.gql.run(UPDATE, { input: { id: guide.id, version: 1, summary } }, users.editor),
      ),
    );
    const winners = results.filter((r) => r.data!.updateGuide.userErrors.length === 0);
    const losers = results.filter((r) => r.data!.updateGuide.userErrors[0]?.code === 'CONFLICT');
    expect([winners.length, losers.length]).toEqual([1, 1]);
    const saved = await t.gql.run(
      `query ($id: ID!) { guide(id: $id) { summary version } }`,
      { id: guide.id },
      users.editor,
    );
    expect(saved.data!.guide).toEqual({ summary: winners[0].data!.updateGuide.guide.summary, version: 2 });
  });

  it('keeps answering at the old slug after a rename', async () => {
    const { guide } = await create({ title: 'RIHA registreerimine', slug: 'riha-registreerimine' });
    await t.gql.run(
      UPDATE,
      { input: { id: guide.id, version: 1, slug: 'infosusteemi-registreerimine-rihas' } },
      users.editor,
    );
    const BY_SLUG = `query ($slug: String!) { guideBySlug(slug: $slug, language: ET) { id slug previousSlugs } }`;
    const old = await t.gql.run(BY_SLUG, { slug: 'riha-registreerimine' }, users.editor);
    expect(old.data!.guideBySlug).toEqual({
      id: guide.id,
      slug: 'infosusteemi-registreerimine-rihas',
      previousSlugs: ['riha-registreerimine'],
    });
    const taken = await create({ title: 'Teine', slug: 'riha-registreerimine' });
    expect(taken.userErrors).toEqual([expect.objectContaining({ code: 'DUPLICATE', field: 'slug' })]);
  });

  it('moves through DRAFT → IN_REVIEW → PUBLISHED → ARCHIVED → DRAFT, refusing wrong steps', async () => {
    const { guide } = await create({ title: 'Töövoo juhend', slug: 'toovoo-juhend', visibility: 'PUBLIC' });
    const archiveDraft = await t.gql.run(
      step('archiveGuide'),
      { input: { id: guide.id, version: 1 } },
      users.editor,
    );
    expect(archiveDraft.data!.archiveGuide.userErrors).toEqual([{ field: 'id', code: 'INVALID' }]);
    const review = await t.gql.run(
      step('submitGuideForReview'),
      { input: { id: guide.id, version: 1 } },
      users.editor,
    );
    expect(review.data!.submitGuideForReview.guide).toMatchObject({ status: 'IN_REVIEW', version: 2 });
    const published = await t.gql.run(
      step('publishGuide'),
      { input: { id: guide.id, version: 2 } },
      users.editor,
    );
    expect(published.data!.publishGuide.guide).toMatchObject({ status: 'PUBLISHED', version: 3 });
    expect(published.data!.publishGuide.guide.publishedAt).toBeTruthy();
    // The public reads it now; a member cannot edit it.
    expect(
      (await t.gql.run(`query ($id: ID!) { guide(id: $id) { title } }`, { id: guide.id })).data!.guide.title,
    ).toBe('Töövoo juhend');
    const memberEdit = await t.gql.run(
      UPDATE,
      { input: { id: guide.id, version: 3, title: 'x' } },
      users.member,
    );
    expect(memberEdit.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const archived = await t.gql.run(
      step('archiveGuide'),
      { input: { id: guide.id, version: 3 } },
      users.editor,
    );
    expect(archived.data!.archiveGuide.guide.status).toBe('ARCHIVED');
    expect(
      (await t.gql.run(`query ($id: ID!) { guide(id: $id) { title } }`, { id: guide.id })).data!.guide,
    ).toBeNull();
    const draft = await t.gql.run(
      step('returnGuideToDraft'),
      { input: { id: guide.id, version: 4 } },
      users.editor,
    );
    expect(draft.data!.returnGuideToDraft.guide.status).toBe('DRAFT');
  });

  it('hides drafts and guides beyond the reader’s visibility', async () => {
    const { guide } = await create({
      title: 'Sisemine kontaktide nimekiri',
      slug: 'sisemine-kontaktid',
      visibility: 'INTERNAL',
    });
    await t.gql.run(step('publishGuide'), { input: { id: guide.id, version: 1 } }, users.editor);
    const READ = `query ($id: ID!) { guide(id: $id) { title } }`;
    expect((await t.gql.run(READ, { id: guide.id })).data!.guide).toBeNull();
    expect((await t.gql.run(READ, { id: guide.id }, users.member)).data!.guide).toBeNull();
    expect((await t.gql.run(READ, { id: guide.id }, users.organiser)).data!.guide.title).toBe(
      'Sisemine kontaktide nimekiri',
    );
    const draft = await create({ title: 'Mustand', slug: 'mustand', visibility: 'PUBLIC' });
    expect((await t.gql.run(READ, { id: draft.guide.id }, users.member)).data!.guide).toBeNull();
  });

  it('diffs two revisions and restores an old one as a new draft', async () => {
    const { guide } = await create({
      title: 'Logimise juhend',
      slug: 'logimise-juhend',
      body: 'rida üks\nrida kaks\n',
    });
    await t.gql.run(
      UPDATE,
      { input: { id: guide.id, version: 1, title: 'Logimise juhend KOVile', body: 'rida üks\nrida kolm\n' } },
      users.editor,
    );
    const revisions = (
      await t.gql.run(REVISIONS, { id: guide.id }, users.editor)
    ).data!.guide.revisions.edges.map((e: any) => e.node);
    const diff = await t.gql.run(
      `query ($from: ID!, $to: ID!) { guideRevisionDiff(fromRevisionId: $from, toRevisionId: $to) {
         changedFields { field before after } bodyDiff { kind text } } }`,
      { from: revisions[1].id, to: revisions[0].id },
      users.editor,
    );
    expect(diff.data!.guideRevisionDiff.changedFields.map((c: any) => c.field).sort()).toEqual([
      'body',
      'title',
    ]);
    expect(diff.data!.guideRevisionDiff.bodyDiff).toEqual([
      { kind: 'unchanged', text: 'rida üks\n' },
      { kind: 'removed', text: 'rida kaks\n' },
      { kind: 'added', text: 'rida kolm\n' },
    ]);
    const restored = await t.gql.run(
      `mutation ($input: RestoreGuideRevisionInput!) { restoreGuideRevision(input: $input) { guide { title body status version } userErrors { code } } }`,
      { input: { revisionId: revisions[1].id, version: 2 } },
      users.editor,
    );
    expect(restored.data!.restoreGuideRevision.guide).toEqual({
      title: 'Logimise juhend',
      body: 'rida üks\nrida kaks\n',
      status: 'DRAFT',
      version: 3,
    });
    expect(
      (await t.gql.run(REVISIONS, { id: guide.id }, users.editor)).data!.guide.revisions.edges,
    ).toHaveLength(3);
  });

  it('links translations and lists them for readers', async () => {
    const { guide } = await create({
      title: 'Avaandmete avaldamine',
      slug: 'testi-avaandmete-juhend',
      visibility: 'PUBLIC',
    });
    const en = await create({
      language: 'EN',
      translationOf: guide.id,
      title: 'Publishing open data',
      slug: 'test-open-data-guide',
      visibility: 'PUBLIC',
    });
    expect(en.userErrors).toEqual([]);
    const again = await create({
      language: 'EN',
      translationOf: guide.id,
      title: 'Another',
      slug: 'another-one',
    });
    expect(again.userErrors).toEqual([expect.objectContaining({ code: 'DUPLICATE', field: 'language' })]);
    const read = await t.gql.run(
      `query ($id: ID!) { guide(id: $id) { translations { language title } } }`,
      { id: guide.id },
      users.editor,
    );
    expect(read.data!.guide.translations).toEqual([{ language: 'EN', title: 'Publishing open data' }]);
  });

  it('schedules publishing; the worker publishes when the time comes', async () => {
    const { guide } = await create({
      title: 'Ajastatud juhend',
      slug: 'ajastatud-juhend',
      visibility: 'PUBLIC',
    });
    const at = new Date(Date.now() + 1500).toISOString();
    const scheduled = await t.gql.run(
      `mutation ($input: PublishGuideInput!) { publishGuide(input: $input) { guide { status scheduledPublishAt version } userErrors { code } } }`,
      { input: { id: guide.id, version: 1, at } },
      users.editor,
    );
    expect(scheduled.data!.publishGuide.guide).toMatchObject({
      status: 'DRAFT',
      scheduledPublishAt: at,
      version: 2,
    });
    const worker = testWorker(t.db.dataSource, t.gql.search);
    expect(await worker.runJob('publishScheduledGuides')).toBe(0);
    await new Promise((r) => setTimeout(r, 1600));
    expect(await worker.runJob('publishScheduledGuides')).toBe(1);
    const read = await t.gql.run(
      `query ($id: ID!) { guide(id: $id) { status version scheduledPublishAt } }`,
      { id: guide.id },
    );
    expect(read.data!.guide).toEqual({ status: 'PUBLISHED', version: 3, scheduledPublishAt: null });
  });
});
