import ExcelJS from 'exceljs';
import { useSeededServer } from '../support/harness';

const t = useSeededServer();
let adminToken: string;

beforeAll(async () => {
  adminToken = await t.make.anAccessToken('admin@elvl.ee');
  const admin = await t.make.seeded('admin@elvl.ee');
  const recorded = await t.gql.run(
    `mutation ($input: RecordExpenditureInput!) { recordExpenditure(input: $input) { userErrors { code } } }`,
    {
      input: {
        activityId: t.plan.activityId(6),
        date: '2025-10-02',
        year: 2025,
        account: 'OPERATING_COSTS',
        amountNet: '1000.00',
        description: 'Sügisseminari ruumid, Pärnu',
      },
    },
    admin,
  );
  expect(recorded.data!.recordExpenditure.userErrors).toEqual([]);
});

const get = (path: string, token?: string) =>
  fetch(`${t.server.base}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

const cellValue = (cell: ExcelJS.CellValue) =>
  cell && typeof cell === 'object' && 'formula' in cell ? cell.result : cell;

/** Adds spreadsheet numbers in integer cents, to compare with the API's exact totals. */
const sumCents = (values: unknown[]) =>
  values.reduce<number>((sum, v) => sum + (typeof v === 'number' ? Math.round(v * 100) : 0), 0);

describe('budget spreadsheets', () => {
  it('serves budget.xlsx with the document’s tables as numbers and formula totals that add up', async () => {
    const response = await get(`/reports/plans/${t.plan.planId}/budget.xlsx`, adminToken);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Kava',
      'Tegevused',
      'Kategooriad',
      'Kontod',
      'Deklareeritud',
      'Lahknevused',
      'Täitmine',
    ]);

    const sheet = workbook.getWorksheet('Tegevused')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 8)).toEqual([
      'Nr',
      'Tegevus',
      'Konto',
      '2023 km-ta',
      '2024 km-ta',
      '2025 km-ta',
      '2026 km-ta',
      'Kokku km-ta',
    ]);
    expect(header.slice(8)).toEqual(['2023 km-ga', '2024 km-ga', '2025 km-ga', '2026 km-ga', 'Kokku km-ga']);

    // Every data row holds the budget lines' amounts as numbers, names with their diacritics.
    const lines: { number: number; name: string; account_code: string; year: number; amount_net: string }[] =
      await t.db.dataSource.query(
        `SELECT a.number, a.name, bl.account_code, bl.year, bl.amount_net::text
           FROM budget_lines bl JOIN activities a ON a.id = bl.activity_id
           JOIN action_plans p ON p.id = a.plan_id WHERE p.plan_key = $1 AND p.version_number = 1`,
        [t.plan.plan.planKey],
      );
    const last = sheet.rowCount;
    expect(sheet.getRow(last).getCell(2).value).toBe('Kokku');
    let checked = 0;
    for (let r = 2; r < last; r++) {
      const row = sheet.getRow(r);
      const [number, name, account] = [row.getCell(1).value, row.getCell(2).value, row.getCell(3).value];
      for (const [i, year] of [2023, 2024, 2025, 2026].entries()) {
        const line = lines.find((l) => l.number === number && l.account_code === account && l.year === year);
        const value = row.getCell(4 + i).value;
        if (line) {
          expect(typeof value).toBe('number');
          expect(value).toBe(Number(line.amount_net));
          expect(name).toBe(line.name);
          checked++;
        } else expect(value).toBeNull();
      }
      expect(row.getCell(8).value).toMatchObject({ formula: `SUM(D${r}:G${r})` });
      expect(row.getCell(4).numFmt).toContain('€');
    }
    expect(checked).toBe(lines.length);

    // The formula totals equal the API's computed totals, and what the cells above them add up to.
    const summary = async (vat: string) =>
      (
        await t.gql.run(
          `query ($planId: ID!, $vat: VatMode!) { budgetSummary(planId: $planId, groupBy: [YEAR], vat: $vat) { total { amount } rows { year amount { amount } } } }`,
          { planId: t.plan.planId, vat },
        )
      ).data!.budgetSummary;
    for (const [vat, start] of [
      ['NET', 4],
      ['GROSS', 9],
    ] as const) {
      const computed = await summary(vat);
      for (const [i, year] of [2023, 2024, 2025, 2026, null].entries()) {
        const column = start + i;
        const letter = sheet.getColumn(column).letter;
        const total = sheet.getRow(last).getCell(column).value as ExcelJS.CellFormulaValue;
        expect(total.formula).toBe(`SUM(${letter}2:${letter}${last - 1})`);
        const expected =
          year === null
            ? computed.total.amount
            : computed.rows.find((r: any) => r.year === year)!.amount.amount;
        // The file caches every total; exceljs's reader drops a cached 0 (it reads `<v>0</v>` as no result).
        expect(total.result ?? 0).toBe(Number(expected));
        const cells = Array.from({ length: last - 2 }, (_, k) =>
          cellValue(sheet.getRow(k + 2).getCell(column).value),
        );
        expect(sumCents(cells)).toBe(Math.round(Number(expected) * 100));
      }
    }

    // Declared figures: all of them beside the computed ones; the reconciliation lists only disagreements.
    const [{ n: declared }] = await t.db.dataSource
      .query(`SELECT count(*)::int AS n FROM declared_budget_figures d
      JOIN action_plans p ON p.id = d.plan_id WHERE p.version_number = 1`);
    expect(workbook.getWorksheet('Deklareeritud')!.rowCount - 1).toBe(declared);
    const reconciliation = await t.gql.run(
      `query ($planId: ID!) { budgetReconciliation(planId: $planId) { difference { amount } } }`,
      { planId: t.plan.planId },
    );
    const disagreements = workbook.getWorksheet('Lahknevused')!;
    expect(disagreements.rowCount - 1).toBe(reconciliation.data!.budgetReconciliation.length);
    expect(disagreements.getRow(2).getCell(10).value).toMatchObject({ formula: 'H2-I2' });

    // Planned against actual, with the expenditure recorded above.
    const execution = workbook.getWorksheet('Täitmine')!;
    const spent = (execution.getSheetValues() as unknown[][]).find(
      (row) => row && row[1] === 6 && row[3] === 2025 && row[4] === '55',
    )!;
    expect(spent[6]).toBe(1000);
    expect(spent[10]).toBe(1240);
    expect(spent[7]).toMatchObject({ formula: expect.stringMatching(/^E\d+-F\d+$/) });
  });

  it('serves the execution table as CSV, for ELVL staff only', async () => {
    const csv = await get(
      `/reports/plans/${t.plan.planId}/budget-execution.csv?groupBy=ACTIVITY,YEAR&vat=GROSS`,
      adminToken,
    );
    expect(csv.status).toBe(200);
    const text = (await csv.text()).replace(/^\uFEFF/, '');
    const [header, ...rows] = text.trim().split('\r\n');
    expect(header).toBe('Tegevuse nr;Tegevus;Aasta;Plaan;Tegelik;Jääk;Täitmine %;Üle plaani');
    expect(rows.find((r) => r.startsWith('6;') && r.includes(';2025;'))).toMatch(/;1240\.00;/);
    expect(rows.at(-1)).toMatch(/^Kokku;/);

    const organiser = await t.make.anAccessToken('korraldaja@elvl.ee');
    const kovMember = await t.make.anAccessToken('it@tartu.ee');
    expect((await get(`/reports/plans/${t.plan.planId}/budget.xlsx`, organiser)).status).toBe(200);
    expect((await get(`/reports/plans/${t.plan.planId}/budget.xlsx`, kovMember)).status).toBe(403);
    // The execution table is what budgetExecution answers any signed-in person.
    expect((await get(`/reports/plans/${t.plan.planId}/budget-execution.csv`, kovMember)).status).toBe(200);
    expect((await get(`/reports/plans/${t.plan.planId}/budget-execution.csv`)).status).toBe(401);
    expect((await get(`/reports/plans/${t.plan.planId}/budget.xlsx`)).status).toBe(401);
    expect((await get(`/reports/plans/QWN0aW9uUGxhbjpub3Bl/budget.xlsx`, adminToken)).status).toBe(404);
    for (const query of ['groupBy=MONTH', 'groupBy=toString', 'groupBy=constructor', 'vat=__proto__']) {
      const bad = await get(`/reports/plans/${t.plan.planId}/budget-execution.csv?${query}`, adminToken);
      expect(bad.status).toBe(400);
      expect(await bad.json()).toEqual({ error: { code: 'BAD_USER_INPUT', message: expect.any(String) } });
    }
  });
});
