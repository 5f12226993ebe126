import { addAmounts } from '../../src/common/money';
import type { AuthUser } from '../../src/common/auth';
import { users } from '../support/graphql';
import { useSeededDatabase } from '../support/harness';
import { factories } from '../support/factories';

const t = useSeededDatabase();
const make = factories(t);
let admin: AuthUser;
let member: AuthUser;

beforeAll(async () => {
  admin = await make.seeded('admin@elvl.ee');
  member = await make.seeded('it@tartu.ee');
});

const RECORD = `mutation ($input: RecordExpenditureInput!) {
  recordExpenditure(input: $input) {
    expenditure { id spentOn year vatRate description documentRef account { eaCode }
                  amountNet { amount } vatAmount { amount } amountGross { amount } recordedBy { email } }
    overPlan
    userErrors { field code message }
  }
}`;
const REVERSE = `mutation ($input: ReverseExpenditureInput!) {
  reverseExpenditure(input: $input) {
    expenditure { id spentOn reversalReason amountNet { amount } vatAmount { amount } reverses { id reversedBy { id } } }
    userErrors { field code message }
  }
}`;
const EXECUTION = `query ($planId: ID!, $groupBy: [BudgetDimension!]!, $vat: VatMode!) {
  budgetExecution(planId: $planId, groupBy: $groupBy, vat: $vat) {
    rows { year category { number } account { eaCode } activity { number } planned { amount } actual { amount } remaining { amount } executionPercent overPlan }
    total { planned { amount } actual { amount } remaining { amount } executionPercent overPlan }
  }
}`;
const SUMMARY = `query ($planId: ID!, $groupBy: [BudgetDimension!]!, $vat: VatMode!) {
  budgetSummary(planId: $planId, groupBy: $groupBy, vat: $vat) {
    total { amount } rows { year category { number } account { eaCode } activity { number } amount { amount } }
  }
}`;

const record = (input: Record<string, unknown>, as: AuthUser | null = admin) =>
  t.gql.run(RECORD, { input: { description: 'Konverentsiteenus OÜ', ...input } }, as);

async function executionRow(activity: number, year: number, account: string, vat: 'NET' | 'GROSS') {
  const result = await t.gql.run(
    EXECUTION,
    { planId: t.plan.planId, groupBy: ['ACTIVITY', 'YEAR', 'ACCOUNT'], vat },
    member,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.budgetExecution.rows.find(
    (r: any) => r.activity.number === activity && r.year === year && r.account?.eaCode === account,
  );
}

/** actual ÷ planned × 100 rounded half up to two decimals, in integers (as the API must). */
function percent(actual: string, planned: string): string {
  const cents = (a: string) => BigInt(addAmounts(a).replace('.', ''));
  const scaled = (cents(actual) * 1000000n) / cents(planned); // × 10⁴ for two decimals of a percent, × 10² more to round
  const rounded = (scaled + 50n) / 100n;
  return `${rounded / 100n}.${String(rounded % 100n).padStart(2, '0')}`;
}

/** Every expenditure row and audit entry, to prove a refused mutation wrote nothing. */
async function fingerprint(): Promise<string> {
  const [{ digest }] = await t.db.dataSource.query(`
    SELECT md5(coalesce((SELECT string_agg(e::text, '|' ORDER BY e.id) FROM expenditures e), '') || '#' ||
               (SELECT count(*) FROM audit_log)::text) AS digest`);
  return digest;
}

describe('expenditures and budget execution', () => {
  it('records 1000.00 € on account 55 in 2025, shows it NET and GROSS, and reverses it keeping both entries', async () => {
    const before = {
      net: await executionRow(1, 2025, '55', 'NET'),
      gross: await executionRow(1, 2025, '55', 'GROSS'),
    };
    const recorded = await record({
      activityId: t.plan.activityId(1),
      date: '2025-09-15',
      year: 2025,
      account: 'OPERATING_COSTS',
      amountNet: '1000.00',
      description: 'Teenuste kaardistuse töötuba, Põltsamaa',
      documentRef: 'ARVE-2025/117',
    });
    const payload = recorded.data!.recordExpenditure;
    expect(payload.userErrors).toEqual([]);
    expect(payload.overPlan).toBe(false);
    expect(payload.expenditure).toMatchObject({
      spentOn: '2025-09-15',
      year: 2025,
      vatRate: '0.2400',
      description: 'Teenuste kaardistuse töötuba, Põltsamaa',
      documentRef: 'ARVE-2025/117',
      account: { eaCode: '55' },
      amountNet: { amount: '1000.00' },
      vatAmount: { amount: '240.00' },
      amountGross: { amount: '1240.00' },
      recordedBy: { email: 'admin@elvl.ee' },
    });

    const net = await executionRow(1, 2025, '55', 'NET');
    const gross = await executionRow(1, 2025, '55', 'GROSS');
    expect(net.planned).toEqual(before.net.planned);
    expect(net.actual.amount).toBe(addAmounts(before.net.actual.amount, '1000.00'));
    expect(gross.actual.amount).toBe(addAmounts(before.gross.actual.amount, '1240.00'));
    expect(net.actual.amount).toBe('1000.00');
    expect(gross.actual.amount).toBe('1240.00');
    expect(net.remaining.amount).toBe(addAmounts(net.planned.amount, `-${net.actual.amount}`));
    expect(gross.remaining.amount).toBe(addAmounts(gross.planned.amount, `-${gross.actual.amount}`));
    expect(net.executionPercent).toBe(percent('1000.00', net.planned.amount));
    expect(gross.executionPercent).toBe(percent('1240.00', gross.planned.amount));
    expect(net.overPlan).toBe(false);

    const reversed = await t.gql.run(
      REVERSE,
      { input: { expenditureId: payload.expenditure.id, reason: 'Arve esitati valele tegevusele' } },
      admin,
    );
    const reversal = reversed.data!.reverseExpenditure;
    expect(reversal.userErrors).toEqual([]);
    expect(reversal.expenditure).toMatchObject({
      reversalReason: 'Arve esitati valele tegevusele',
      amountNet: { amount: '-1000.00' },
      vatAmount: { amount: '-240.00' },
      reverses: { id: payload.expenditure.id, reversedBy: { id: reversal.expenditure.id } },
    });
    expect((await executionRow(1, 2025, '55', 'NET')).actual.amount).toBe('0.00');
    expect((await executionRow(1, 2025, '55', 'GROSS')).actual.amount).toBe('0.00');

    const history = await t.gql.run(
      `query ($planId: ID!, $activityId: ID) { expenditures(planId: $planId, activityId: $activityId) {
         totalCount edges { node { id amountNet { amount } reverses { id } } } } }`,
      { planId: t.plan.planId, activityId: t.plan.activityId(1) },
      admin,
    );
    expect(history.data!.expenditures.totalCount).toBe(2);
    expect(history.data!.expenditures.edges.map((e: any) => e.node.amountNet.amount).sort()).toEqual([
      '-1000.00',
      '1000.00',
    ]);
    // Both entries are audited, the reversal against the original too.
    const audit = await t.db.dataSource.query(
      `SELECT action, target_id FROM audit_log WHERE target_type = 'Expenditure' ORDER BY at, action`,
    );
    expect(audit.map((a: any) => a.action)).toEqual([
      'recordExpenditure',
      'reverseExpenditure',
      'reverseExpenditure',
    ]);
  });

  it('refuses invalid entries with userErrors and writes nothing', async () => {
    const valid = {
      activityId: t.plan.activityId(2),
      date: '2025-10-01',
      year: 2025,
      account: 'OPERATING_COSTS',
      amountNet: '500.00',
    };
    const cases: [Record<string, unknown>, string, string][] = [
      [{ year: 2027 }, 'year', 'YEAR_OUTSIDE_PERIOD'],
      [{ year: 2022 }, 'year', 'YEAR_OUTSIDE_PERIOD'],
      [{ activityId: 'QWN0aXZpdHk6bm9wZQ' }, 'activityId', 'NOT_FOUND'],
      [{ activityId: t.plan.planId }, 'activityId', 'NOT_FOUND'],
      [{ amountNet: 'abc' }, 'amountNet', 'INVALID_AMOUNT'],
      [{ amountNet: '12,50' }, 'amountNet', 'INVALID_AMOUNT'],
      [{ amountNet: '1.234' }, 'amountNet', 'INVALID_AMOUNT'],
      [{ amountNet: '0' }, 'amountNet', 'ZERO_AMOUNT'],
      [{ amountNet: '0.00' }, 'amountNet', 'ZERO_AMOUNT'],
      [{ amountNet: '-5.00' }, 'amountNet', 'NEGATIVE_AMOUNT'],
      [{ amountNet: '10000000000000' }, 'amountNet', 'INVALID_AMOUNT'],
      [{ date: '2025-02-30' }, 'date', 'INVALID_DATE'],
      [{ date: '15.09.2025' }, 'date', 'INVALID_DATE'],
      [{ date: '2999-01-01' }, 'date', 'DATE_IN_FUTURE'],
      [{ date: '0000-01-01' }, 'date', 'INVALID_DATE'],
      [{ date: '1999-12-31' }, 'date', 'NO_VAT_RATE'],
      [{ vatAmount: 'kakssada' }, 'vatAmount', 'INVALID_AMOUNT'],
      [{ account: 'PERSONNEL', vatAmount: '10.00' }, 'vatAmount', 'VAT_NOT_APPLICABLE'],
      [{ description: '   ' }, 'description', 'REQUIRED'],
    ];
    const before = await fingerprint();
    for (const [change, field, code] of cases) {
      const result = await record({ ...valid, ...change });
      expect(result.errors).toBeUndefined();
      const payload = result.data!.recordExpenditure;
      expect(payload.expenditure).toBeNull();
      expect(payload.userErrors).toContainEqual(expect.objectContaining({ field, code }));
    }
    // Not an admin: refused before anything runs.
    for (const who of [null, member, users.editor, users.organiser]) {
      const result = await record(valid, who);
      expect(result.errors?.[0].extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
    }
    expect(await fingerprint()).toBe(before);
  });

  it('derives VAT from the rate on the date and the account, unless the invoice’s VAT is given', async () => {
    const base = { activityId: t.plan.activityId(3), year: 2025, description: 'KM-i kontroll' };
    const spring = await record({
      ...base,
      account: 'OPERATING_COSTS',
      date: '2025-03-01',
      amountNet: '100.05',
    });
    expect(spring.data!.recordExpenditure.expenditure).toMatchObject({
      vatRate: '0.2200',
      vatAmount: { amount: '22.01' }, // 22.011 → 22.01
      amountGross: { amount: '122.06' },
    });
    const old = await record({
      ...base,
      account: 'FIXED_ASSETS',
      date: '2023-12-31',
      amountNet: '0.03',
      year: 2023,
    });
    expect(old.data!.recordExpenditure.expenditure).toMatchObject({
      vatRate: '0.2000',
      vatAmount: { amount: '0.01' },
    });
    const salary = await record({ ...base, account: 'PERSONNEL', date: '2025-09-30', amountNet: '3000.00' });
    expect(salary.data!.recordExpenditure.expenditure).toMatchObject({
      vatRate: '0.0000',
      vatAmount: { amount: '0.00' },
      amountGross: { amount: '3000.00' },
    });
    const invoice = await record({
      ...base,
      account: 'OPERATING_COSTS',
      date: '2025-09-30',
      amountNet: '1000.00',
      vatAmount: '239.99',
    });
    expect(invoice.data!.recordExpenditure.expenditure).toMatchObject({
      vatRate: null,
      vatAmount: { amount: '239.99' },
      amountGross: { amount: '1239.99' },
    });
  });

  it('records spending beyond the plan and flags it, also where nothing is planned', async () => {
    const planned = (await executionRow(1, 2026, '55', 'NET')).planned.amount;
    expect(Number(planned)).toBeGreaterThan(0);
    const over = await record({
      activityId: t.plan.activityId(1),
      date: '2025-11-20',
      year: 2026,
      account: 'OPERATING_COSTS',
      amountNet: addAmounts(planned, '0.01'),
    });
    expect(over.data!.recordExpenditure.userErrors).toEqual([]);
    expect(over.data!.recordExpenditure.overPlan).toBe(true);
    expect(await executionRow(1, 2026, '55', 'NET')).toMatchObject({
      overPlan: true,
      remaining: { amount: '-0.01' },
      executionPercent: '100.00',
    });

    // Activity 7 plans nothing for 2024: the row appears with planned 0 and no percentage.
    const unplanned = await record({
      activityId: t.plan.activityId(7),
      date: '2024-05-05',
      year: 2024,
      account: 'FIXED_ASSETS',
      amountNet: '250.00',
    });
    expect(unplanned.data!.recordExpenditure.overPlan).toBe(true);
    expect(await executionRow(7, 2024, '15', 'NET')).toMatchObject({
      planned: { amount: '0.00' },
      actual: { amount: '250.00' },
      remaining: { amount: '-250.00' },
      executionPercent: null,
      overPlan: true,
    });
  });

  it('keeps the ledger append-only: the database refuses updates and deletes, an entry is reversed once', async () => {
    const recorded = await record({
      activityId: t.plan.activityId(5),
      date: '2025-08-01',
      year: 2025,
      account: 'OPERATING_COSTS',
      amountNet: '80.00',
    });
    const id = recorded.data!.recordExpenditure.expenditure.id;
    const localId = Buffer.from(id, 'base64url').toString().split(':')[1];
    await expect(
      t.db.dataSource.query(`UPDATE expenditures SET amount_net = 1 WHERE id = $1`, [localId]),
    ).rejects.toThrow(/append-only/);
    await expect(t.db.dataSource.query(`DELETE FROM expenditures WHERE id = $1`, [localId])).rejects.toThrow(
      /append-only/,
    );

    // Two reversals at once: exactly one lands.
    const attempts = await Promise.all(
      [1, 2, 3].map(() =>
        t.gql.run(REVERSE, { input: { expenditureId: id, reason: 'Topelt sisestatud' } }, admin),
      ),
    );
    const landed = attempts.filter((a) => a.data!.reverseExpenditure.userErrors.length === 0);
    expect(landed).toHaveLength(1);
    for (const a of attempts.filter((x) => x !== landed[0])) {
      expect(a.data!.reverseExpenditure.userErrors[0].code).toBe('ALREADY_REVERSED');
    }
    const again = await t.gql.run(
      REVERSE,
      { input: { expenditureId: landed[0].data!.reverseExpenditure.expenditure.id, reason: 'Tagasi' } },
      admin,
    );
    expect(again.data!.reverseExpenditure.userErrors[0].code).toBe('REVERSAL_OF_REVERSAL');
    const [{ n }] = await t.db.dataSource.query(
      `SELECT count(*)::int AS n FROM expenditures WHERE reverses_id = $1`,
      [localId],
    );
    expect(n).toBe(1);
  });

  it('plans exactly what budgetSummary adds up to, for all 15 groupings without and with VAT', async () => {
    const dimensions = ['YEAR', 'CATEGORY', 'ACCOUNT', 'ACTIVITY'];
    const groupings = Array.from({ length: 15 }, (_, mask) =>
      dimensions.filter((_, bit) => ((mask + 1) >> bit) & 1),
    );
    const key = (r: any) => [r.year, r.category?.number, r.account?.eaCode, r.activity?.number].join('|');
    for (const groupBy of groupings) {
      for (const vat of ['NET', 'GROSS']) {
        const [execution, summary] = await Promise.all([
          t.gql.run(EXECUTION, { planId: t.plan.planId, groupBy, vat }, member),
          t.gql.run(SUMMARY, { planId: t.plan.planId, groupBy, vat }, member),
        ]);
        expect(execution.errors).toBeUndefined();
        const planned = new Map(summary.data!.budgetSummary.rows.map((r: any) => [key(r), r.amount.amount]));
        const rows = execution.data!.budgetExecution.rows;
        for (const row of rows) expect(row.planned.amount).toBe(planned.get(key(row)) ?? '0.00');
        expect(rows.filter((r: any) => planned.has(key(r)))).toHaveLength(planned.size);
        expect(execution.data!.budgetExecution.total.planned).toEqual(summary.data!.budgetSummary.total);
      }
    }
  });

  it('counts spending for every version of the plan, on the activity with the same number', async () => {
    const before = await executionRow(8, 2026, '55', 'NET');
    const version = await make.aPlanVersion({ versionLabel: '2026 muudatus' });
    const onNewVersion = async () => {
      const result = await t.gql.run(
        EXECUTION,
        { planId: version.id, groupBy: ['ACTIVITY', 'YEAR', 'ACCOUNT'], vat: 'NET' },
        member,
      );
      return result.data!.budgetExecution.rows.find(
        (r: any) => r.activity.number === 8 && r.year === 2026 && r.account?.eaCode === '55',
      );
    };
    expect((await onNewVersion()).actual).toEqual(before.actual);
    // Booked against the old version: both versions show it, and the new one lists it.
    await record({
      activityId: t.plan.activityId(8),
      date: '2025-12-01',
      year: 2026,
      account: 'OPERATING_COSTS',
      amountNet: '12.34',
    });
    expect((await onNewVersion()).actual.amount).toBe(addAmounts(before.actual.amount, '12.34'));
    expect((await executionRow(8, 2026, '55', 'NET')).actual.amount).toBe(
      addAmounts(before.actual.amount, '12.34'),
    );
    const listed = await t.gql.run(
      `query ($planId: ID!) { expenditures(planId: $planId, year: 2026) { edges { node { amountNet { amount } activity { number } } } } }`,
      { planId: version.id },
      admin,
    );
    expect(listed.data!.expenditures.edges.map((e: any) => e.node)).toContainEqual({
      amountNet: { amount: '12.34' },
      activity: { number: 8 },
    });
  });

  it('answers odd years and forged cursors without a server error', async () => {
    const huge = await t.gql.run(
      `query ($planId: ID!) { expenditures(planId: $planId, year: 40000) { totalCount }
                             planProgress(planId: $planId, year: 40000) { total { planned { amount } } } }`,
      { planId: t.plan.planId },
      admin,
    );
    expect(huge.errors).toBeUndefined();
    expect(huge.data).toEqual({
      expenditures: { totalCount: 0 },
      planProgress: { total: { planned: { amount: '0.00' } } },
    });
    const forged = Buffer.from(JSON.stringify(['x', 'y'])).toString('base64url');
    const result = await t.gql.run(
      `query ($planId: ID!, $after: String) { expenditures(planId: $planId, after: $after) { totalCount } }`,
      { planId: t.plan.planId, after: forged },
      admin,
    );
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('is for signed-in people; individual entries are for ELVL staff', async () => {
    const anonymous = await t.gql.run(EXECUTION, { planId: t.plan.planId, groupBy: [], vat: 'NET' }, null);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const list = `query ($planId: ID!) { expenditures(planId: $planId) { totalCount } }`;
    const kov = await t.gql.run(list, { planId: t.plan.planId }, member);
    expect(kov.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const elvl = await t.gql.run(list, { planId: t.plan.planId }, users.organiser);
    expect(elvl.errors).toBeUndefined();
  });
});
