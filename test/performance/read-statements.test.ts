import { useSeededDatabase } from '../support/harness';
import { factories } from '../support/factories';
import { toGlobalId } from '../../src/common/node-id';
import { drainOutbox } from '../support/search';

/**
 * SQL statements per request for the read workloads of `npm run bench:api`:
 * the same for a page of 5 and of 100, and at most one per level of nesting
 * (sibling relations at one level are one statement each, batched over every
 * parent).
 */
const t = useSeededDatabase();
const make = factories(t);

async function statements(query: string, variables: Record<string, unknown>) {
  await t.gql.run(query, variables); // measure a second, identical request, not the first
  t.db.statements.reset();
  const result = await t.gql.run(query, variables);
  expect(result.errors).toBeUndefined();
  return t.db.statements.count;
}

const bothSizes = async (query: string, variables: Record<string, unknown> = {}) => {
  const small = await statements(query, { ...variables, first: 5 });
  const large = await statements(query, { ...variables, first: 100 });
  expect(large).toBe(small);
  return small;
};

/** This file's events (they start in 48 hours), so both page sizes read the same kind of rows. */
const testEvents = {
  from: new Date(Date.now() + 47 * 3600_000).toISOString(),
  to: new Date(Date.now() + 49 * 3600_000).toISOString(),
};

beforeAll(async () => {
  // Organised by KOV staff too, whose organisations lie in a county: every level has something to load.
  const kovStaff = await Promise.all([make.aUser(), make.aUser({ organisation: '0171' })]);
  const organiser = await make.seeded('korraldaja@elvl.ee');
  const organiserIds = [toGlobalId('User', organiser.id), ...kovStaff.map((u) => u.id)];
  for (let i = 0; i < 6; i += 1) await make.anEvent({ organiserIds });
  await drainOutbox(t.db.dataSource, t.gql.search);
});

describe('statements per read', () => {
  it("the plan's activities with budget lines and accounts: one per level (2)", async () => {
    const query = `query ($planId: ID!, $first: Int) { activities(planId: $planId, first: $first) { edges { node {
      number name budgetLines { year amountNet { amount } account { eaCode name } } } } } }`;
    expect(await bothSizes(query, { planId: t.plan.planId })).toBe(2);
    // Net amounts only: the with-VAT computation (plan, rates, rounding per line) is not run.
    expect(t.db.statements.statements.join('\n')).not.toContain('line_amounts');
    const withVat = query.replace('amountNet { amount }', 'amountNet { amount } amountGross { amount }');
    expect(await bothSizes(withVat, { planId: t.plan.planId })).toBe(2);
    expect(t.db.statements.statements.join('\n')).toContain('line_amounts');
  });

  it('organisations, flat and with their county: one', async () => {
    expect(
      await bothSizes(
        `query ($first: Int) { organisations(first: $first) { edges { node { name code } } } }`,
      ),
    ).toBe(1);
    expect(
      await bothSizes(
        `query ($first: Int) { organisations(first: $first) { edges { node { name county { name } } } } }`,
      ),
    ).toBe(1);
  });

  it('totalCount costs a statement only when selected', async () => {
    expect(
      await bothSizes(
        `query ($first: Int) { organisations(first: $first) { totalCount edges { node { name } } } }`,
      ),
    ).toBe(2);
  });

  it('events → organisers → their organisation → its county: the events, then the rest in one (2)', async () => {
    const query = `query ($first: Int, $window: EventFilter) { events(first: $first, filter: $window) { edges { node { title
      organisers { name organisation { name county { name } } } } } } }`;
    // The events; their organisers with the users, the users' organisations and their counties.
    expect(await bothSizes(query, { window: testEvents })).toBe(2);
    // The joined rows are the same people, organisations and counties as loading them one by one.
    const { data } = await t.gql.run(query, { first: 1, window: testEvents });
    const [{ county }] = await t.db.dataSource.query(
      `SELECT c.name AS county FROM organisations o JOIN counties c ON c.id = o.county_id WHERE o.ehak_code = '0171'`,
    );
    const organisers = data!.events.edges[0].node.organisers as {
      organisation: { name: string; county: { name: string } | null } | null;
    }[];
    expect(organisers).toHaveLength(3);
    expect(organisers.map((o) => o.organisation?.county?.name ?? null)).toContain(county);
    expect(organisers.every((o) => o.organisation?.name)).toBe(true);
  });

  it('events with sessions and organisers with their organisation: one per relation and level (3)', async () => {
    const query = `query ($first: Int, $window: EventFilter) { events(first: $first, filter: $window) { edges { node { title
      sessions { title } organisers { name organisation { name } } } } } }`;
    // The events; their sessions; their organisers with the users and the users' organisations.
    expect(await bothSizes(query, { window: testEvents })).toBe(3);
  });

  it('a page of guides: one statement, which reads bodies only for a query that shows them', async () => {
    const titles = `query ($first: Int) { guides(first: $first) { edges { node { title } } } }`;
    expect(await bothSizes(titles)).toBe(1);
    expect(t.db.statements.statements.join('\n')).not.toContain('g_body');

    const withBodies = `query ($first: Int) { guides(first: $first) { edges { node { title ...Shown } } } }
      fragment Shown on Guide { bodyHtml }`;
    expect(await bothSizes(withBodies)).toBe(1);
    expect(t.db.statements.statements.join('\n')).toContain('g_body');
    const shown = await t.gql.run<{ guides: { edges: { node: { bodyHtml: string } }[] } }>(withBodies, {
      first: 3,
    });
    expect(shown.errors).toBeUndefined();
    expect(shown.data!.guides.edges.length).toBeGreaterThan(0);
    for (const { node } of shown.data!.guides.edges) expect(node.bodyHtml.length).toBeGreaterThan(0);
  });

  it('search: one statement beside the search when the index can be trusted; guide rows only when needed', async () => {
    const shown = `query ($first: Int) { search(input: { query: "", first: $first, types: [GUIDE] }) {
      hits { ... on GuideHit { guide { id title summary visibility } highlights { snippet } } } } }`;
    // The index caught up a while ago (the outbox was drained above; its entries count as recent for a minute).
    await t.db.dataSource.query(`UPDATE search_outbox SET processed_at = now() - interval '1 hour'`);
    expect(await bothSizes(shown)).toBe(1);
    // Which guides the index may not show as they are now, read beside the search: nothing after it.
    expect(t.db.statements.statements).toEqual([expect.stringContaining('FROM search_outbox')]);
    // A change applied a moment ago to one of the hits: their status and visibility are read after the search.
    await t.db.dataSource.query(
      `INSERT INTO search_outbox (guide_id, processed_at)
       SELECT id, clock_timestamp() FROM guides WHERE status = 'PUBLISHED' AND visibility = 'PUBLIC' LIMIT 1`,
    );
    expect(await statements(shown, { first: 100 })).toBe(2);
    expect(t.db.statements.statements[1]).toMatch(/^SELECT id, status, visibility FROM guides/);

    const withVersion = shown.replace('visibility }', 'visibility version }');
    expect(await bothSizes(withVersion)).toBe(1);
    expect(t.db.statements.statements.join('\n')).toContain('t_version');
  });

  it('search over every kind: one statement per kind on the page, whatever its size', async () => {
    await t.db.dataSource.query(`UPDATE search_outbox SET processed_at = now() - interval '1 hour'`);
    const everything = `query ($first: Int) { search(input: { query: "", first: $first }) {
      typeCounts { type count }
      hits { __typename
        ... on GuideHit { guide { id title } highlights { snippet } }
        ... on EventHit { event { id title startsAt } highlights { snippet } }
        ... on TrainingHit { programme { id title } openCohorts { name } highlights { snippet } } } } }`;
    // Guides: which may be behind the index (beside the search); events; programmes; their open cohorts.
    expect(await statements(everything, { first: 100 })).toBe(4);
    expect(await statements(everything, { first: 5 })).toBeLessThanOrEqual(4);
  });
});
