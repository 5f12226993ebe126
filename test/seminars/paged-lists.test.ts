import { users } from '../support/graphql';
import { useSeededDatabase } from '../support/harness';
import { factories } from '../support/factories';

/**
 * Lists that grow (here an event's registrations; the same helper pages
 * revisions, attachments, enrolments, cohorts, meetings and one's own
 * registrations and mentorships) are connections: keyset pages in a stable
 * order, and the first pages of many parents in one statement.
 */
const t = useSeededDatabase();
const make = factories(t);

const PAGE = `query ($id: ID!, $first: Int, $after: String) { event(id: $id) {
  registrations(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { queueNumber status } } } } }`;

let crowded: string;

beforeAll(async () => {
  const people = await Promise.all(Array.from({ length: 7 }, () => make.aUser()));
  crowded = (await make.anEvent({ capacity: 5, registrants: people.map((p) => p.identity) })).id;
  await make.anEvent({ registrants: people.slice(0, 3).map((p) => p.identity) });
}, 60_000);

describe('paged lists', () => {
  it('pages an event’s registrations in queue order with cursors, every row once', async () => {
    const seen: number[] = [];
    let after: string | null = null;
    for (const expected of [3, 3, 1]) {
      const result: any = await t.gql.run(PAGE, { id: crowded, first: 3, after }, users.admin);
      expect(result.errors).toBeUndefined();
      const page: any = result.data!.event.registrations;
      expect(page.totalCount).toBe(7);
      expect(page.edges).toHaveLength(expected);
      seen.push(...page.edges.map((e: any) => e.node.queueNumber));
      expect(page.pageInfo.hasNextPage).toBe(expected === 3);
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(new Set(seen).size).toBe(7);
  });

  it('refuses a forged cursor as bad input', async () => {
    const forged = Buffer.from(JSON.stringify(['x', 'y'])).toString('base64url');
    const result = await t.gql.run(PAGE, { id: crowded, first: 3, after: forged }, users.admin);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('reads the first pages of every event’s registrations in the same statements for first: 5 and first: 100', async () => {
    const query = `query ($first: Int) { events(first: 50) { edges { node { id
      registrations(first: $first) { totalCount edges { node { queueNumber } } } } } } }`;
    const count = async (first: number) => {
      t.db.statements.reset();
      const result = await t.gql.run(query, { first }, users.admin);
      expect(result.errors).toBeUndefined();
      return { statements: t.db.statements.count, events: result.data!.events.edges.length };
    };
    const small = await count(5);
    const large = await count(100);
    expect(small.events).toBeGreaterThan(2);
    expect(large.statements).toBe(small.statements);
  });
});
