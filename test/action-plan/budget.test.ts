import { useSeededDatabase } from '../support/harness';
import { flatBudgetKeys } from '../support/action-plan';
import { BudgetAccountCode, CostCategoryCode } from '../../src/modules/action-plan';
import { actionPlan2023 } from '../../seeds/action-plan/plan-2023';

const t = useSeededDatabase();

const SUMMARY = `query ($planId: ID!, $groupBy: [BudgetDimension!]!, $vat: VatMode!) {
  budgetSummary(planId: $planId, groupBy: $groupBy, vat: $vat) {
    total { amount currency }
    rows { year category { number } account { eaCode } activity { number } amount { amount currency } }
  }
}`;

type Row = {
  year: number | null;
  category: number | null;
  account: string | null;
  activity: { number: number } | null;
  amount: { amount: string };
};

async function summary(groupBy: string[], vat: 'NET' | 'GROSS') {
  const result = await t.gql.run<{
    budgetSummary: { total: { amount: string; currency: string }; rows: any[] };
  }>(SUMMARY, {
    planId: t.plan.planId,
    groupBy,
    vat,
  });
  expect(result.errors).toBeUndefined();
  const { total, rows } = result.data!.budgetSummary;
  return { total, rows: rows.map(flatBudgetKeys) as unknown as Row[] };
}

const amounts = (rows: Row[]) => rows.map((r) => r.amount.amount);

describe('budgetSummary reproduces the document', () => {
  it('totals by year without VAT (the KOKKU row)', async () => {
    const s = await summary(['YEAR'], 'NET');
    expect(s.total).toEqual({ amount: '1434665.00', currency: 'EUR' });
    expect(s.rows.map((r) => r.year)).toEqual([2023, 2024, 2025, 2026]);
    expect(amounts(s.rows)).toEqual(['0.00', '145186.00', '592200.00', '697279.00']);
    expect(s.rows.every((r) => r.category === null && r.account === null && r.activity === null)).toBe(true);
  });

  it('totals by year with VAT', async () => {
    const s = await summary(['YEAR'], 'GROSS');
    expect(s.total.amount).toBe('1655136.00');
    expect(amounts(s.rows)).toEqual(['0.00', '148101.00', '691560.00', '815475.00']);
  });

  it('totals by cost category with VAT', async () => {
    const s = await summary(['CATEGORY'], 'GROSS');
    expect(s.rows.map((r) => [r.category, r.amount.amount])).toEqual([
      [1, '844107.00'],
      [2, '196414.00'],
      [3, '189765.00'],
      [4, '424850.00'],
    ]);
  });

  it('totals by budget account and year without VAT', async () => {
    const s = await summary(['ACCOUNT', 'YEAR'], 'NET');
    const byAccount = (account: string) => amounts(s.rows.filter((r) => r.account === account));
    expect(byAccount('15')).toEqual(['0.00', '0.00', '100000.00', '170000.00']);
    expect(byAccount('50')).toEqual(['0.00', '131936.00', '178200.00', '204795.00']);
    expect(byAccount('55')).toEqual(['0.00', '13250.00', '314000.00', '322484.00']);
  });

  it('derives VAT per year and account and rounds per line to whole euros, as the document does', async () => {
    const s = await summary(['ACTIVITY', 'ACCOUNT', 'YEAR'], 'GROSS');
    const cell = (activity: number, account: string, year: number) =>
      s.rows.find((r) => r.activity?.number === activity && r.account === account && r.year === year)?.amount
        .amount;
    expect(cell(8, '55', 2026)).toBe('101040.00'); // 81 484 × 1.24 = 101 040.16
    expect(cell(6, '55', 2024)).toBe('16165.00'); // 13 250 × 1.22 (2024 rate)
    expect(cell(6, '55', 2025)).toBe('17360.00'); // 14 000 × 1.24 (the plan applies 24 % to all of 2025)
    expect(cell(3, '15', 2026)).toBe('210800.00'); // investments carry VAT
    expect(cell(1, '50', 2026)).toBe('55820.00'); // personnel costs carry none
  });

  it('rows per activity with VAT match each activity row of the document', async () => {
    const s = await summary(['ACTIVITY'], 'GROSS');
    expect(s.rows.map((r) => [r.activity!.number, r.amount.amount])).toEqual([
      [1, '227367.00'],
      [2, '138880.00'],
      [3, '430442.00'],
      [4, '196414.00'],
      [5, '197483.00'],
      [6, '50885.00'],
      [7, '281625.00'],
      [8, '132040.00'],
    ]);
  });

  it('an empty groupBy gives the grand total in one row', async () => {
    const s = await summary([], 'NET');
    expect(s.rows).toEqual([
      {
        year: null,
        category: null,
        account: null,
        activity: null,
        amount: { amount: '1434665.00', currency: 'EUR' },
      },
    ]);
  });

  it('matches every figure the document prints, except the six where the document contradicts itself', async () => {
    const cache = new Map<string, Row[]>();
    const mismatches: string[] = [];
    for (const figure of actionPlan2023.declaredFigures) {
      const groupBy = [
        figure.year !== null && 'YEAR',
        figure.category !== null && 'CATEGORY',
        figure.account !== null && 'ACCOUNT',
        figure.activity !== null && 'ACTIVITY',
      ].filter(Boolean) as string[];
      const key = `${groupBy.join(',')}|${figure.vat}`;
      if (!cache.has(key)) cache.set(key, (await summary(groupBy, figure.vat)).rows);
      const row = cache
        .get(key)!
        .find(
          (r) =>
            (figure.year === null || r.year === figure.year) &&
            (figure.category === null || r.category === figure.category) &&
            (figure.account === null || r.account === figure.account) &&
            (figure.activity === null || r.activity?.number === figure.activity),
        );
      const computed = row?.amount.amount ?? '0.00';
      if (computed !== figure.amount) mismatches.push(`${figure.label}: ${figure.amount} ≠ ${computed}`);
    }
    expect(actionPlan2023.declaredFigures.length).toBeGreaterThan(200);
    expect(mismatches).toHaveLength(6);
  });
});

describe('budgetReconciliation', () => {
  it('lists exactly the places where the document disagrees with its own rows', async () => {
    const result = await t.gql.run(
      `query ($planId: ID!) { budgetReconciliation(planId: $planId) {
         description table vat year category { number } account { eaCode } declared { amount } computed { amount } difference { amount } } }`,
      { planId: t.plan.planId },
    );
    expect(result.errors).toBeUndefined();
    const rows = result
      .data!.budgetReconciliation.map(flatBudgetKeys)
      .map((d: any) => [
        d.table,
        d.vat,
        d.year,
        d.category,
        d.declared.amount,
        d.computed.amount,
        d.difference.amount,
      ]);
    expect(rows).toEqual([
      ['SUMMARY_NET', 'NET', null, null, '1445225.00', '1434665.00', '10560.00'],
      ['SUMMARY_NET', 'NET', 2026, null, '707839.00', '697279.00', '10560.00'],
      ['SUMMARY_GROSS', 'GROSS', null, null, '1665696.00', '1655136.00', '10560.00'],
      ['SUMMARY_GROSS', 'GROSS', 2026, null, '826035.00', '815475.00', '10560.00'],
      ['CATEGORY_GROSS', 'GROSS', null, 1, '854667.00', '844107.00', '10560.00'],
      ['CATEGORY_GROSS', 'GROSS', 2026, 1, '509825.00', '499265.00', '10560.00'],
    ]);
    expect(result.data!.budgetReconciliation[0].description).toMatch(/1445225\.00.*1434665\.00/);
  });

  it('reports a new disagreement when a line changes, and NOT_FOUND for an unknown plan', async () => {
    const unknown = await t.gql.run(
      `{ budgetReconciliation(planId: "${Buffer.from('ActionPlan:00000000-0000-4000-8000-00000000dead').toString('base64url')}") { description } }`,
    );
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const malformed = await t.gql.run(
      `{ budgetSummary(planId: "nonsense", groupBy: [], vat: NET) { total { amount } } }`,
    );
    expect(malformed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('account and category codes', () => {
  it('the GraphQL enums name exactly the rows of budget_accounts and cost_categories', async () => {
    const accounts = await t.db.dataSource.query(`SELECT code FROM budget_accounts ORDER BY code`);
    const categories = await t.db.dataSource.query(`SELECT number FROM cost_categories ORDER BY number`);
    expect(accounts.map((a: { code: string }) => a.code)).toEqual(Object.values(BudgetAccountCode).sort());
    expect(categories.map((c: { number: number }) => c.number)).toEqual(
      Object.values(CostCategoryCode).filter((v) => typeof v === 'number'),
    );
  });
});
