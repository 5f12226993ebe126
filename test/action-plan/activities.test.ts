import { useSeededDatabase } from '../support/harness';
import { toGlobalId } from '../../src/common/node-id';
import { Activity } from '../../src/modules/action-plan';
import { Organisation } from '../../src/modules/organisations';
import { users } from '../support/graphql';

const t = useSeededDatabase();

const LIST = `query ($planId: ID!, $first: Int, $after: String, $filter: ActivityFilter) {
  activities(planId: $planId, first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node {
      id number name nameEn problem measure expectedResult status fundingSource
      category { number name }
      implementer { code name }
      partners { id code name }
      plannedActions { period description }
      plan { title }
      budgetLines { year account { code carriesVat } amountNet { amount } amountGross { amount } }
    } }
  }
}`;

describe('activities', () => {
  it('lists the eight activities of the document in order, with Estonian text intact', async () => {
    const result = await t.gql.run(LIST, { planId: t.plan.planId, first: 100 });
    expect(result.errors).toBeUndefined();
    const connection = result.data!.activities;
    expect(connection.totalCount).toBe(8);
    const nodes = connection.edges.map((e: any) => e.node);
    expect(nodes.map((n: any) => n.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const cyber = nodes[3];
    expect(cyber.name).toMatch(/Küberturvalisuse/);
    expect(cyber.category).toEqual({
      number: 2,
      name: 'Küberruumi hoidmine, arendamine ja juurutamine usaldusväärse ja turvalisena',
    });
    expect(cyber.partners.map((p: any) => p.code)).toEqual(['RIA']);
    expect(nodes[6].partners.map((p: any) => p.code).sort()).toEqual(['JUSTDIGI', 'RIA']);
    expect(
      nodes.every((n: any) => n.implementer.code === 'ELVL' && n.nameEn && n.problem && n.expectedResult),
    ).toBe(true);
    expect(nodes[7].budgetLines.find((l: any) => l.year === 2026).amountGross.amount).toBe('101040.00');
    expect(nodes[0].plannedActions.map((a: any) => a.period)).toEqual(['2024', '2025–2026']);
  });

  it('runs a fixed number of SQL statements however many activities are listed (no N+1)', async () => {
    const countFor = async (first: number) => {
      t.db.statements.reset();
      const result = await t.gql.run(LIST, { planId: t.plan.planId, first });
      expect(result.errors).toBeUndefined();
      expect(result.data!.activities.edges).toHaveLength(first);
      return t.db.statements.count;
    };
    const forOne = await countFor(1);
    const forEight = await countFor(8);
    expect(forEight).toBe(forOne);
    // plan lookup, count, page, then one batch each for lines, partners, actions,
    // categories, organisations, accounts and plans.
    expect(forEight).toBeLessThanOrEqual(11);
  });

  it('pages with opaque cursors', async () => {
    const first = await t.gql.run(LIST, { planId: t.plan.planId, first: 3 });
    const page1 = first.data!.activities;
    expect(page1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await t.gql.run(LIST, {
      planId: t.plan.planId,
      first: 3,
      after: page1.pageInfo.endCursor,
    });
    expect(second.data!.activities.edges.map((e: any) => e.node.number)).toEqual([4, 5, 6]);
    const last = await t.gql.run(LIST, {
      planId: t.plan.planId,
      first: 3,
      after: second.data!.activities.pageInfo.endCursor,
    });
    expect(last.data!.activities.edges.map((e: any) => e.node.number)).toEqual([7, 8]);
    expect(last.data!.activities.pageInfo.hasNextPage).toBe(false);
  });

  it('filters by category, partner and name', async () => {
    const ria = await t.db.dataSource.getRepository(Organisation).findOneByOrFail({ code: 'RIA' });
    const byCategory = await t.gql.run(LIST, {
      planId: t.plan.planId,
      filter: { categories: ['IT_SOLUTIONS'] },
    });
    expect(byCategory.data!.activities.edges.map((e: any) => e.node.number)).toEqual([3, 7, 8]);
    const byPartner = await t.gql.run(LIST, {
      planId: t.plan.planId,
      filter: { partnerId: toGlobalId('Organisation', ria.id) },
    });
    expect(byPartner.data!.activities.edges.map((e: any) => e.node.number)).toEqual([4, 5, 7]);
    const byName = await t.gql.run(LIST, { planId: t.plan.planId, filter: { nameContains: 'küberturva' } });
    expect(byName.data!.activities.totalCount).toBe(1);
  });

  it('refuses page sizes over 100 and malformed cursors', async () => {
    const tooMany = await t.gql.run(LIST, { planId: t.plan.planId, first: 101 });
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const badCursor = await t.gql.run(LIST, { planId: t.plan.planId, after: 'garbage' });
    expect(badCursor.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('resolves any object through node(id)', async () => {
    const activity = await t.db.dataSource.getRepository(Activity).findOneByOrFail({ number: 4 });
    const result = await t.gql.run(`query ($id: ID!) { node(id: $id) { id ... on Activity { number } } }`, {
      id: toGlobalId('Activity', activity.id),
    });
    expect(result.data!.node).toEqual({ id: toGlobalId('Activity', activity.id), number: 4 });
    const none = await t.gql.run(`{ node(id: "bm9wZTpub3Bl") { id } }`);
    expect(none.data!.node).toBeNull();
  });

  it('reads the plan document itself', async () => {
    const result = await t.gql.run(
      `query ($id: ID!) { actionPlan(id: $id) { title legalBasisDate periodStart periodEnd approver implementer { code }
         vatRates { year rate } versionNumber } }`,
      { id: t.plan.planId },
      users.member,
    );
    expect(result.data!.actionPlan).toMatchObject({
      legalBasisDate: '2023-08-25',
      periodStart: 2023,
      periodEnd: 2026,
      approver: 'Lauri Luht',
      implementer: { code: 'ELVL' },
      versionNumber: 1,
    });
    expect(result.data!.actionPlan.vatRates.map((r: any) => [r.year, r.rate])).toEqual([
      [2023, '0.2000'],
      [2024, '0.2200'],
      [2025, '0.2400'],
      [2026, '0.2400'],
    ]);
  });
});
