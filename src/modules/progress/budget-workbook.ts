import type ExcelJS from 'exceljs';
import { addAmounts } from '../../common/money';
import type { Context } from '../../context';
import {
  ActionPlan,
  BudgetDimension,
  LINE_AMOUNTS_CTE,
  VatMode,
  budgetSummary,
  declaredAgainstComputed,
  type Discrepancy,
} from '../action-plan';
import { budgetExecution, emptyExecutionRow, type ExecutionRow } from './execution.service';

/**
 * exceljs is loaded on the first export, not at start: it holds ~28 MB that an
 * API replica which never serves a workbook does not need.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loadExcelJS = (): typeof ExcelJS => require('exceljs');

/** How a column's cells are written and formatted. */
type Kind = 'text' | 'int' | 'money' | 'percent';
interface Column {
  header: string;
  width: number;
  kind: Kind;
}
type Cell = string | number | null | { formula: string; result: number | string };

const FORMATS: Partial<Record<Kind, string>> = {
  money: '#,##0.00\\ "€"',
  percent: '0.00%',
  int: '0',
};

/** An amount as the number a spreadsheet stores (exact to the cent for any budget figure). */
const euros = (amount: string | null | undefined) => (amount == null ? null : Number(amount));

/**
 * Writes one table on its own sheet: a bold, frozen header row, numbers as
 * numbers with euro and percent formats, and (if asked) a "Kokku" row whose
 * cells are SUM formulas over the columns, cached with the exact total.
 */
function addTable(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: Column[],
  rows: ((rowNumber: number) => Cell[])[],
  totals?: { labelColumn: number; results: (number | null)[] },
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    header: c.header,
    width: c.width,
    style: { numFmt: FORMATS[c.kind] },
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { wrapText: true, vertical: 'top' };
  rows.forEach((row, index) => sheet.addRow(row(index + 2)));
  if (totals && rows.length) {
    const last = rows.length + 1;
    const cells: Cell[] = columns.map((c, i) => {
      if (i === totals.labelColumn) return 'Kokku';
      if (c.kind !== 'money') return null;
      const letter = columnLetter(i + 1);
      return { formula: `SUM(${letter}2:${letter}${last})`, result: totals.results[i] ?? 0 };
    });
    sheet.addRow(cells).font = { bold: true };
  }
  return sheet;
}

/** SUM of a row's cells between two columns (1-based), cached with the exact result. */
const rowSum = (row: number, from: number, to: number, result: string) => ({
  formula: `SUM(${columnLetter(from)}${row}:${columnLetter(to)}${row})`,
  result: Number(result),
});

/** The spreadsheet letter of a 1-based column number: 1 → A, 27 → AA. */
function columnLetter(n: number): string {
  let letter = '';
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letter = String.fromCharCode(65 + ((rest - 1) % 26)) + letter;
  }
  return letter;
}

/** Column totals as exact sums of the rows' amounts (strings), for a formula's cached result. */
const columnTotals = (rows: (string | null)[][]) =>
  rows[0]?.map((_, i) => Number(addAmounts(...rows.map((r) => r[i] ?? '0')))) ?? [];

interface LineRow {
  activity_number: number;
  activity_name: string;
  account_code: string;
  year: number;
  net: string;
  gross: string;
}

/**
 * The plan's budget as an Excel workbook, in the document's tables: per
 * activity × account × year without and with VAT, by cost category, by
 * account, every declared total beside the computed one, the reconciliation
 * (only the disagreements) and, once money is spent, planned against actual.
 */
export async function budgetWorkbook(ctx: Context, plan: ActionPlan, planGlobalId: string): Promise<Buffer> {
  const years = Array.from({ length: plan.periodEnd - plan.periodStart + 1 }, (_, i) => plan.periodStart + i);
  const [lines, declared, activities, categories, accounts, vatRates, spentCount] = await Promise.all([
    ctx.dataSource.query(
      `WITH ${LINE_AMOUNTS_CTE}
       SELECT la.activity_number, a.name AS activity_name, la.account_code, la.year, la.net::text, la.gross::text
         FROM line_amounts la JOIN activities a ON a.id = la.activity_id
        WHERE la.plan_id = $1 ORDER BY la.activity_number, la.account_code, la.year`,
      [plan.id],
    ) as Promise<LineRow[]>,
    declaredAgainstComputed(ctx, planGlobalId, { disagreementsOnly: false }),
    ctx.dataSource
      .query(`SELECT id, number, name FROM activities WHERE plan_id = $1`, [plan.id])
      .then((rows: { id: string; number: number; name: string }[]) => new Map(rows.map((r) => [r.id, r]))),
    ctx.dataSource.query(`SELECT number, name FROM cost_categories ORDER BY number`) as Promise<
      { number: number; name: string }[]
    >,
    ctx.dataSource.query(`SELECT code, name FROM budget_accounts ORDER BY code`) as Promise<
      { code: string; name: string }[]
    >,
    ctx.dataSource.query(`SELECT year, rate::text FROM plan_vat_rates WHERE plan_id = $1 ORDER BY year`, [
      plan.id,
    ]) as Promise<{ year: number; rate: string }[]>,
    ctx.dataSource
      .query(
        `SELECT count(*)::int AS n FROM expenditures e JOIN activities a ON a.id = e.activity_id WHERE a.plan_id = $1`,
        [plan.id],
      )
      .then((r: { n: number }[]) => r[0].n),
  ]);

  const workbook = new (loadExcelJS().Workbook)();
  workbook.creator = 'ELVL digipöörde API';
  workbook.created = new Date();
  // Totals are formulas with cached results; Excel recomputes them on open, so edits still add up.
  workbook.calcProperties.fullCalcOnLoad = true;

  const about = workbook.addWorksheet('Kava');
  about.columns = [{ width: 28 }, { width: 90 }];
  about.addRows([
    ['Tegevuskava', plan.title],
    ['Versioon', plan.versionLabel],
    ['Periood', `${plan.periodStart}–${plan.periodEnd}`],
    ['Rahastusallikas', plan.fundingSource],
    [
      'Koostatud',
      new Intl.DateTimeFormat('et-EE', {
        dateStyle: 'short',
        timeStyle: 'short',
        timeZone: 'Europe/Tallinn',
      }).format(new Date()),
    ],
    [],
    ['Käibemaksumäär aastal', null],
    ...vatRates.map((r) => [String(r.year), Number(r.rate)]),
  ]);
  about.getColumn(1).font = { bold: true };
  for (let row = 8; row < 8 + vatRates.length; row++) about.getCell(row, 2).numFmt = '0%';

  // Per activity × account, years across: without VAT, then with VAT.
  const yearColumns = (suffix: string): Column[] => [
    ...years.map((y) => ({ header: `${y} ${suffix}`, width: 14, kind: 'money' as const })),
    { header: `Kokku ${suffix}`, width: 16, kind: 'money' },
  ];
  const netStart = 4;
  const grossStart = netStart + years.length + 1;
  const activityRows = [...new Map(lines.map((l) => [`${l.activity_number}|${l.account_code}`, l])).values()];
  const amountsOf = (number: number, account: string, field: 'net' | 'gross') =>
    years.map(
      (y) =>
        lines.find((l) => l.activity_number === number && l.account_code === account && l.year === y)?.[
          field
        ] ?? null,
    );
  const activityAmounts = activityRows.map((r) => {
    const net = amountsOf(r.activity_number, r.account_code, 'net');
    const gross = amountsOf(r.activity_number, r.account_code, 'gross');
    return [
      ...net,
      addAmounts(...net.map((a) => a ?? '0')),
      ...gross,
      addAmounts(...gross.map((a) => a ?? '0')),
    ];
  });
  addTable(
    workbook,
    'Tegevused',
    [
      { header: 'Nr', width: 5, kind: 'int' },
      { header: 'Tegevus', width: 60, kind: 'text' },
      { header: 'Konto', width: 8, kind: 'text' },
      ...yearColumns('km-ta'),
      ...yearColumns('km-ga'),
    ],
    activityRows.map((r, i) => (row) => {
      const a = activityAmounts[i];
      return [
        r.activity_number,
        r.activity_name,
        r.account_code,
        ...a.slice(0, years.length).map(euros),
        rowSum(row, netStart, netStart + years.length - 1, a[years.length]!),
        ...a.slice(years.length + 1, 2 * years.length + 1).map(euros),
        rowSum(row, grossStart, grossStart + years.length - 1, a[2 * years.length + 1]!),
      ];
    }),
    { labelColumn: 1, results: [null, null, null, ...columnTotals(activityAmounts)] },
  );

  // By category and by account, from the same sums as budgetSummary.
  const byDimension = async (dimension: BudgetDimension) => {
    const [net, gross] = await Promise.all([
      budgetSummary(ctx, planGlobalId, [dimension, BudgetDimension.YEAR], VatMode.NET),
      budgetSummary(ctx, planGlobalId, [dimension, BudgetDimension.YEAR], VatMode.GROSS),
    ]);
    return { net: net.rows, gross: gross.rows };
  };
  const dimensionSheet = async (
    name: string,
    dimension: BudgetDimension,
    keys: { key: string | number; name: string }[],
    keyOf: (row: { category: number | null; account: string | null }) => string | number | null,
    keyHeader: string,
  ) => {
    const sums = await byDimension(dimension);
    const amounts = keys.map((k) => {
      const pick = (rows: typeof sums.net) =>
        years.map((y) => rows.find((r) => keyOf(r) === k.key && r.year === y)?.amount ?? '0');
      const net = pick(sums.net);
      const gross = pick(sums.gross);
      return [...net, addAmounts(...net), ...gross, addAmounts(...gross)];
    });
    addTable(
      workbook,
      name,
      [
        { header: keyHeader, width: 10, kind: typeof keys[0]?.key === 'number' ? 'int' : 'text' },
        { header: 'Nimetus', width: 60, kind: 'text' },
        ...yearColumns('km-ta'),
        ...yearColumns('km-ga'),
      ],
      keys.map((k, i) => (row) => {
        const a = amounts[i];
        return [
          k.key,
          k.name,
          ...a.slice(0, years.length).map(euros),
          rowSum(row, 3, 2 + years.length, a[years.length]),
          ...a.slice(years.length + 1, 2 * years.length + 1).map(euros),
          rowSum(row, 4 + years.length, 3 + 2 * years.length, a[2 * years.length + 1]),
        ];
      }),
      { labelColumn: 1, results: [null, null, ...columnTotals(amounts)] },
    );
  };
  await dimensionSheet(
    'Kategooriad',
    BudgetDimension.CATEGORY,
    categories.map((c) => ({ key: c.number, name: c.name })),
    (r) => r.category,
    'Kategooria',
  );
  await dimensionSheet(
    'Kontod',
    BudgetDimension.ACCOUNT,
    accounts.map((a) => ({ key: a.code, name: a.name })),
    (r) => r.account,
    'Konto',
  );

  // Every declared figure beside what the lines add up to; then only those that disagree.
  const declaredColumns: Column[] = [
    { header: 'Tabel', width: 16, kind: 'text' },
    { header: 'Kirjeldus', width: 50, kind: 'text' },
    { header: 'KM', width: 8, kind: 'text' },
    { header: 'Aasta', width: 8, kind: 'int' },
    { header: 'Kategooria', width: 10, kind: 'int' },
    { header: 'Konto', width: 8, kind: 'text' },
    { header: 'Tegevus', width: 8, kind: 'int' },
    { header: 'Dokumendis', width: 16, kind: 'money' },
    { header: 'Arvutatud', width: 16, kind: 'money' },
    { header: 'Vahe', width: 14, kind: 'money' },
  ];
  const declaredRow = (d: Discrepancy) => (row: number) => [
    d.table,
    d.label,
    d.vat === VatMode.GROSS ? 'km-ga' : 'km-ta',
    d.year,
    d.category,
    d.account,
    d.activityId ? activities.get(d.activityId)!.number : null,
    euros(d.declared),
    euros(d.computed),
    { formula: `H${row}-I${row}`, result: Number(d.difference) },
  ];
  addTable(workbook, 'Deklareeritud', declaredColumns, declared.map(declaredRow));
  addTable(
    workbook,
    'Lahknevused',
    declaredColumns,
    declared.filter((d) => Number(d.difference) !== 0).map(declaredRow),
  );

  if (spentCount > 0) {
    const dims = [BudgetDimension.ACTIVITY, BudgetDimension.YEAR, BudgetDimension.ACCOUNT];
    const [net, gross] = await Promise.all([
      budgetExecution(ctx, planGlobalId, dims, VatMode.NET),
      budgetExecution(ctx, planGlobalId, dims, VatMode.GROSS),
    ]);
    // Paired by their keys, not by position, so a row missing on one side cannot shift the other.
    const keyOf = (r: ExecutionRow) => `${r.activityId}|${r.year}|${r.account}`;
    const grossByKey = new Map(gross.rows.map((g) => [keyOf(g), g]));
    const pairs = net.rows.map((n) => ({ n, g: grossByKey.get(keyOf(n)) ?? emptyExecutionRow() }));
    addTable(
      workbook,
      'Täitmine',
      [
        { header: 'Nr', width: 5, kind: 'int' },
        { header: 'Tegevus', width: 50, kind: 'text' },
        { header: 'Aasta', width: 8, kind: 'int' },
        { header: 'Konto', width: 8, kind: 'text' },
        { header: 'Plaan km-ta', width: 15, kind: 'money' },
        { header: 'Tegelik km-ta', width: 15, kind: 'money' },
        { header: 'Jääk km-ta', width: 15, kind: 'money' },
        { header: 'Täitmine km-ta', width: 12, kind: 'percent' },
        { header: 'Plaan km-ga', width: 15, kind: 'money' },
        { header: 'Tegelik km-ga', width: 15, kind: 'money' },
        { header: 'Jääk km-ga', width: 15, kind: 'money' },
        { header: 'Täitmine km-ga', width: 12, kind: 'percent' },
      ],
      pairs.map(({ n, g }) => (row) => {
        const activity = activities.get(n.activityId!)!;
        const percent = (p: string | null) => (p == null ? '' : Number(p) / 100);
        return [
          activity.number,
          activity.name,
          n.year,
          n.account,
          euros(n.planned),
          euros(n.actual),
          { formula: `E${row}-F${row}`, result: Number(n.remaining) },
          { formula: `IF(E${row}=0,"",F${row}/E${row})`, result: percent(n.executionPercent) },
          euros(g.planned),
          euros(g.actual),
          { formula: `I${row}-J${row}`, result: Number(g.remaining) },
          { formula: `IF(I${row}=0,"",J${row}/I${row})`, result: percent(g.executionPercent) },
        ];
      }),
      {
        labelColumn: 1,
        results: [
          null,
          null,
          null,
          null,
          Number(net.total.planned),
          Number(net.total.actual),
          Number(net.total.remaining),
          null,
          Number(gross.total.planned),
          Number(gross.total.actual),
          Number(gross.total.remaining),
          null,
        ],
      },
    );
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
