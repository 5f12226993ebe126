import { useSeededDatabase } from '../support/harness';
import { toGlobalId } from '../../src/common/node-id';
import { Organisation } from '../../src/modules/organisations';
import { users } from '../support/graphql';
import { planFingerprint, tableCounts } from '../support/action-plan';

const t = useSeededDatabase();

const SET_LINE = `mutation ($input: SetBudgetLineInput!) {
  setBudgetLine(input: $input) {
    budgetLine { id year account { eaCode } amountNet { amount } amountGross { amount } activity { number } }
    userErrors { field message code }
  }
}`;
const SUMMARY_2026 = `query ($planId: ID!) { budgetSummary(planId: $planId, groupBy: [YEAR], vat: NET) { rows { year amount { amount } } } }`;

async function unchanged(work: () => Promise<void>) {
  const before = [await tableCounts(t.db.dataSource), await planFingerprint(t.db.dataSource)];
  await work();
  expect([await tableCounts(t.db.dataSource), await planFingerprint(t.db.dataSource)]).toEqual(before);
}

describe('access', () => {
  it('refuses every plan mutation to the public (UNAUTHENTICATED) and to non-admins (FORBIDDEN), writing nothing', async () => {
    const input = {
      activityId: t.plan.activityId(1),
      year: 2025,
      account: 'OPERATING_COSTS',
      amountNet: '1.00',
    };
    await unchanged(async () => {
      const anonymous = await t.gql.run(SET_LINE, { input });
      expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      for (const user of [users.member, users.editor, users.organiser]) {
        const result = await t.gql.run(SET_LINE, { input }, user);
        expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      }
    });
  });
});

describe('setBudgetLine', () => {
  it.each([
    [{ year: 2027 }, 'year', 'YEAR_OUTSIDE_PERIOD'],
    [{ year: 2022 }, 'year', 'YEAR_OUTSIDE_PERIOD'],
    [{ amountNet: '-5' }, 'amountNet', 'NEGATIVE_AMOUNT'],
    [{ amountNet: '12,50' }, 'amountNet', 'INVALID_AMOUNT'],
    [{ amountNet: '1.234' }, 'amountNet', 'INVALID_AMOUNT'],
    [{ amountNet: 'palju' }, 'amountNet', 'INVALID_AMOUNT'],
    [
      { activityId: toGlobalId('Activity', '00000000-0000-4000-8000-000000000000') },
      'activityId',
      'NOT_FOUND',
    ],
    [{ activityId: 'not-an-id' }, 'activityId', 'NOT_FOUND'],
  ])('refuses %j with a userError on %s (%s) and changes no row', async (override, field, code) => {
    const input = {
      activityId: t.plan.activityId(8),
      year: 2026,
      account: 'OPERATING_COSTS',
      amountNet: '90000',
      ...override,
    };
    await unchanged(async () => {
      const result = await t.gql.run(SET_LINE, { input }, users.admin);
      expect(result.errors).toBeUndefined();
      expect(result.data!.setBudgetLine.budgetLine).toBeNull();
      expect(result.data!.setBudgetLine.userErrors).toEqual([expect.objectContaining({ field, code })]);
    });
  });

  it('reports every problem of one input at once', async () => {
    const input = { activityId: t.plan.activityId(8), year: 1999, account: 'PERSONNEL', amountNet: '-1' };
    const result = await t.gql.run(SET_LINE, { input }, users.admin);
    expect(result.data!.setBudgetLine.userErrors.map((e: any) => e.code).sort()).toEqual([
      'NEGATIVE_AMOUNT',
      'YEAR_OUTSIDE_PERIOD',
    ]);
  });

  it('replaces a line, derives its VAT, and reconciliation notices the change', async () => {
    const result = await t.gql.run(
      SET_LINE,
      {
        input: {
          activityId: t.plan.activityId(8),
          year: 2026,
          account: 'OPERATING_COSTS',
          amountNet: '81484.50',
        },
      },
      users.admin,
    );
    expect(result.data!.setBudgetLine.userErrors).toEqual([]);
    expect(result.data!.setBudgetLine.budgetLine).toMatchObject({
      year: 2026,
      account: { eaCode: '55' },
      amountNet: { amount: '81484.50' },
      amountGross: { amount: '101041.00' }, // 81 484.50 × 1.24 = 101 040.78 → whole euros
      activity: { number: 8 },
    });
    const reconciliation = await t.gql.run(
      `query ($p: ID!) { budgetReconciliation(planId: $p) { table activity { number } } }`,
      {
        p: t.plan.planId,
      },
    );
    expect(reconciliation.data!.budgetReconciliation.some((d: any) => d.activity?.number === 8)).toBe(true);

    // Put it back as printed.
    await t.gql.run(
      SET_LINE,
      {
        input: {
          activityId: t.plan.activityId(8),
          year: 2026,
          account: 'OPERATING_COSTS',
          amountNet: '81484',
        },
      },
      users.admin,
    );
    const after = await t.gql.run(`query ($p: ID!) { budgetReconciliation(planId: $p) { table } }`, {
      p: t.plan.planId,
    });
    expect(after.data!.budgetReconciliation).toHaveLength(6);
  });

  it('concurrent setters of one line leave exactly one line', async () => {
    const input = (amountNet: string) => ({
      activityId: t.plan.activityId(2),
      year: 2024,
      account: 'FIXED_ASSETS',
      amountNet,
    });
    const results = await Promise.all(
      ['1', '2', '3', '4', '5'].map((a) => t.gql.run(SET_LINE, { input: input(a) }, users.admin)),
    );
    expect(results.every((r) => r.data!.setBudgetLine.userErrors.length === 0)).toBe(true);
    const [{ n }] = await t.db.dataSource.query(
      `SELECT count(*)::int AS n FROM budget_lines b JOIN activities a ON a.id = b.activity_id
        WHERE a.number = 2 AND a.plan_id = $1 AND b.year = 2024 AND b.account_code = '15'`,
      [t.plan.plan.id],
    );
    expect(n).toBe(1);
  });
});

describe('removeBudgetLine', () => {
  it('removes a line; an unknown line is a userError', async () => {
    const created = await t.gql.run(
      SET_LINE,
      { input: { activityId: t.plan.activityId(6), year: 2026, account: 'FIXED_ASSETS', amountNet: '500' } },
      users.admin,
    );
    const id = created.data!.setBudgetLine.budgetLine.id;
    const REMOVE = `mutation ($id: ID!) { removeBudgetLine(input: { id: $id }) { removedBudgetLineId userErrors { code field } } }`;
    const removed = await t.gql.run(REMOVE, { id }, users.admin);
    expect(removed.data!.removeBudgetLine).toEqual({ removedBudgetLineId: id, userErrors: [] });
    const again = await t.gql.run(REMOVE, { id }, users.admin);
    expect(again.data!.removeBudgetLine.userErrors).toEqual([{ code: 'NOT_FOUND', field: 'id' }]);
  });
});

describe('activities', () => {
  const CREATE = `mutation ($input: CreateActivityInput!) {
    createActivity(input: $input) {
      activity { id number name nameEn category { number } partners { code } plannedActions { period description } implementer { code } status }
      userErrors { field code message }
    }
  }`;

  it('creates an activity after the last one, with Estonian text intact', async () => {
    const ria = await t.db.dataSource.getRepository(Organisation).findOneByOrFail({ code: 'RIA' });
    const result = await t.gql.run(
      CREATE,
      {
        input: {
          planId: t.plan.planId,
          name: 'Õppepäevad ja töötoad: šifreerimine, žürii, ÄÖÜ',
          nameEn: 'Workshops',
          problem: 'Probleem',
          measure: 'Meede',
          expectedResult: 'Tulemus',
          category: 'AWARENESS',
          partnerIds: [toGlobalId('Organisation', ria.id)],
          plannedActions: [{ fromYear: 2025, toYear: 2026, description: 'Töötoad' }],
        },
      },
      users.admin,
    );
    expect(result.data!.createActivity.userErrors).toEqual([]);
    expect(result.data!.createActivity.activity).toMatchObject({
      number: 9,
      name: 'Õppepäevad ja töötoad: šifreerimine, žürii, ÄÖÜ',
      category: { number: 3 },
      partners: [{ code: 'RIA' }],
      plannedActions: [{ period: '2025–2026', description: 'Töötoad' }],
      implementer: { code: 'ELVL' },
      status: 'PLANNED',
    });
  });

  it('refuses a duplicate number, an unknown category, unknown partners and years outside the period, writing nothing', async () => {
    const base = {
      planId: t.plan.planId,
      name: 'X',
      problem: 'P',
      measure: 'M',
      expectedResult: 'T',
      category: 'IT_SOLUTIONS',
    };
    await unchanged(async () => {
      const cases: [Record<string, unknown>, string][] = [
        [{ number: 1 }, 'DUPLICATE'],
        [{ partnerIds: [toGlobalId('Organisation', '00000000-0000-4000-8000-000000000000')] }, 'NOT_FOUND'],
        [{ plannedActions: [{ fromYear: 2020, toYear: 2021, description: 'x' }] }, 'YEAR_OUTSIDE_PERIOD'],
        [{ planId: 'nope' }, 'NOT_FOUND'],
      ];
      for (const [override, code] of cases) {
        const result = await t.gql.run(CREATE, { input: { ...base, ...override } }, users.admin);
        expect(result.data!.createActivity.userErrors.map((e: any) => e.code)).toEqual([code]);
      }
    });
  });

  it('updates fields and replaces partners', async () => {
    const UPDATE = `mutation ($input: UpdateActivityInput!) {
      updateActivity(input: $input) { activity { status partners { code } name } userErrors { code field } } }`;
    const result = await t.gql.run(
      UPDATE,
      { input: { id: t.plan.activityId(3), status: 'IN_PROGRESS', partnerIds: [] } },
      users.admin,
    );
    expect(result.data!.updateActivity).toMatchObject({
      activity: { status: 'IN_PROGRESS', partners: [], name: expect.stringMatching(/rahvaküsitluste/) },
      userErrors: [],
    });
    const missing = await t.gql.run(
      UPDATE,
      { input: { id: t.plan.activityId(3).slice(0, -2) + 'xx', name: 'x' } },
      users.admin,
    );
    expect(missing.data!.updateActivity.userErrors[0].code).toBe('NOT_FOUND');
  });

  it('class-validator bounds are enforced before any service runs, as userErrors', async () => {
    const before = await planFingerprint(t.db.dataSource);
    const result = await t.gql.run(
      CREATE,
      {
        input: {
          planId: t.plan.planId,
          name: '',
          problem: 'P',
          measure: 'M',
          expectedResult: 'T',
          category: 'IT_SOLUTIONS',
        },
      },
      users.admin,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.createActivity.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID', field: 'name' }),
    ]);
    expect(await planFingerprint(t.db.dataSource)).toBe(before);
  });
});

describe('createActionPlanVersion', () => {
  it('copies a version side by side with the original, with the same budget', async () => {
    const result = await t.gql.run(
      `mutation ($input: CreateActionPlanVersionInput!) {
         createActionPlanVersion(input: $input) {
           actionPlan { id versionNumber versionLabel derivedFrom { id } activities { number } declaredFigures { label } }
           userErrors { code }
         } }`,
      { input: { sourcePlanId: t.plan.planId, versionLabel: '2024 muudatus' } },
      users.admin,
    );
    const copy = result.data!.createActionPlanVersion.actionPlan;
    expect(copy).toMatchObject({
      versionNumber: 2,
      versionLabel: '2024 muudatus',
      derivedFrom: { id: t.plan.planId },
    });
    expect(copy.declaredFigures).toEqual([]);
    const [original, copied] = await Promise.all(
      [t.plan.planId, copy.id].map((p) =>
        t.gql.run(SUMMARY_2026, { planId: p }).then((r) => r.data!.budgetSummary.rows),
      ),
    );
    expect(copied).toEqual(original);
    const plans = await t.gql.run(`{ actionPlans { versionNumber } }`);
    expect(plans.data!.actionPlans.map((p: any) => p.versionNumber)).toEqual([1, 2]);

    const unknown = await t.gql.run(
      `mutation { createActionPlanVersion(input: { sourcePlanId: "eA", versionLabel: "x" }) { actionPlan { id } userErrors { code field } } }`,
      {},
      users.admin,
    );
    expect(unknown.data!.createActionPlanVersion.userErrors).toEqual([
      { code: 'NOT_FOUND', field: 'sourcePlanId' },
    ]);
  });
});
