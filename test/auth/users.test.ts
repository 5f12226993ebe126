import { users } from '../support/graphql';
import { useSeededDatabase } from '../support/harness';

const t = useSeededDatabase();

const LIST = `query ($filter: UserFilter, $first: Int, $after: String) {
  users(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { name email roles organisation { name } } }
  }
}`;

describe('users', () => {
  it('lists people in Estonian order for admins, filtered by role, in pages', async () => {
    // The four demo KOV members; the seeded sample participants have other addresses.
    const filter = { role: 'MEMBER', nameContains: 'it@' };
    const first = await t.gql.run(LIST, { filter, first: 2 }, users.admin);
    expect(first.errors).toBeUndefined();
    expect(first.data!.users.totalCount).toBe(4);
    const after = first.data!.users.pageInfo.endCursor;
    const second = await t.gql.run(LIST, { filter, first: 2, after }, users.admin);
    const names = [...first.data!.users.edges, ...second.data!.users.edges].map((e: any) => e.node.name);
    expect(names).toEqual(['Jüri Šmidt', 'Märt Männik', 'Žanna Pärn', 'Ülle Õunapuu']);
    expect(second.data!.users.pageInfo.hasNextPage).toBe(false);
    expect(first.data!.users.edges[0].node.email).toBe('it@voru.ee');
    const all = await t.gql.run(LIST, { filter: { role: 'MEMBER' }, first: 100 }, users.admin);
    const allNames = all.data!.users.edges.map((e: any) => e.node.name);
    expect(allNames).toEqual([...allNames].sort(new Intl.Collator('et').compare));
  });

  it('is for admins only', async () => {
    expect((await t.gql.run(LIST, {}, users.member)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql.run(LIST, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
