import { users } from './support/graphql';
import { useSeededDatabase } from './support/harness';

const t = useSeededDatabase();

describe('the audit log', () => {
  it('pages through entries written in the same moment without skipping or repeating any', async () => {
    await t.db.dataSource.query(
      `INSERT INTO audit_log (action, target_type) SELECT 'sameMoment', 'Test' FROM generate_series(1, 7)`,
    );
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (
        await t.gql.run(
          `query ($after: String) { auditLog(first: 2, after: $after, filter: { targetType: "Test" }) {
             totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
          { after },
          users.admin,
        )
      ).data!.auditLog;
      expect(page.totalCount).toBe(7);
      seen.push(...page.edges.map((e: any) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
  });
});
