import type { Context } from '../../context';
import { BudgetDimension, LINE_AMOUNTS_CTE, VatMode, requirePlan } from '../action-plan';

export interface ExecutionRow {
  year: number | null;
  category: number | null;
  account: string | null;
  activityId: string | null;
  planned: string;
  actual: string;
  remaining: string;
  executionPercent: string | null;
  overPlan: boolean;
}

export interface Execution {
  rows: ExecutionRow[];
  total: ExecutionRow;
}

/**
 * Every expenditure with its amount without VAT (`net`) and with the VAT
 * actually paid (`gross`), in the same columns as the budget lines'
 * LINE_AMOUNTS_CTE so both are grouped by the same expressions. Money spent
 * is the same whichever version of the plan it was booked against: an entry
 * counts for every version of its plan (same plan key), on the activity with
 * the same number there.
 */
export const SPENT_AMOUNTS_CTE = `
  spent_amounts AS (
    SELECT pa.id AS activity_id, pa.plan_id, pa.number AS activity_number, pa.category_number, e.year,
           e.account_code, e.amount_net AS net, e.amount_net + e.vat_amount AS gross
      FROM expenditures e
      JOIN activities ea ON ea.id = e.activity_id
      JOIN action_plans ep ON ep.id = ea.plan_id
      JOIN action_plans pp ON pp.plan_key = ep.plan_key
      JOIN activities pa ON pa.plan_id = pp.id AND pa.number = ea.number
  )`;

/** Grouping columns per dimension; an activity also carries its number, to order by. */
const DIMENSION_COLUMNS: Record<BudgetDimension, string[]> = {
  [BudgetDimension.YEAR]: ['year'],
  [BudgetDimension.CATEGORY]: ['category_number'],
  [BudgetDimension.ACCOUNT]: ['account_code'],
  [BudgetDimension.ACTIVITY]: ['activity_number', 'activity_id'],
};

/** planned, actual, remaining, execution % and over-plan from two numeric expressions. */
const figures = (planned: string, actual: string, prefix = '') => `
  (${planned})::text AS ${prefix}planned,
  (${actual})::text AS ${prefix}actual,
  (${planned} - ${actual})::text AS ${prefix}remaining,
  CASE WHEN ${planned} = 0 THEN NULL ELSE round(${actual} * 100 / ${planned}, 2)::text END AS ${prefix}percent,
  ${actual} > ${planned} AS ${prefix}over`;

type RawRow = Record<string, unknown>;

const toRow = (raw: RawRow, prefix: string, keys: Partial<ExecutionRow> = {}): ExecutionRow => ({
  year: null,
  category: null,
  account: null,
  activityId: null,
  ...keys,
  planned: String(raw[`${prefix}planned`]),
  actual: String(raw[`${prefix}actual`]),
  remaining: String(raw[`${prefix}remaining`]),
  executionPercent: (raw[`${prefix}percent`] as string | null) ?? null,
  overPlan: Boolean(raw[`${prefix}over`]),
});

export const emptyExecutionRow = (): ExecutionRow => ({
  year: null,
  category: null,
  account: null,
  activityId: null,
  planned: '0',
  actual: '0',
  remaining: '0',
  executionPercent: null,
  overPlan: false,
});

/**
 * Planned against actual spending of a plan, by any combination of the
 * dimensions, in one statement. Planned comes from the budget lines exactly as
 * budgetSummary adds them up; actual from the expenditures, reversals
 * included. A combination appears when it is planned or spent on; the total
 * is computed over all rows in the same statement. All numeric: no floats.
 */
export async function budgetExecution(
  ctx: Context,
  planGlobalId: string,
  groupBy: BudgetDimension[],
  vat: VatMode,
  options: { year?: number | null } = {},
): Promise<Execution> {
  const plan = await requirePlan(ctx, planGlobalId);
  const dimensions = [...new Set(groupBy)];
  const columns = dimensions.flatMap((d) => DIMENSION_COLUMNS[d]);
  const amount = vat === VatMode.GROSS ? 'gross' : 'net';
  // int, not the column's smallint: an out-of-range year matches nothing instead of failing.
  const yearFilter = options.year == null ? '' : 'AND year = $2::int';
  const aggregate = (source: string) =>
    `SELECT ${[...columns, `sum(${amount}) AS amount`].join(', ')} FROM ${source}
      WHERE plan_id = $1 ${yearFilter} ${columns.length ? `GROUP BY ${columns.join(', ')}` : ''}`;
  const keyOf = (column: string) => `coalesce(p.${column}, s.${column}) AS ${column}`;
  const joinOn = columns.length ? columns.map((c) => `p.${c} = s.${c}`).join(' AND ') : 'true';
  const raw: RawRow[] = await ctx.dataSource.query(
    `WITH ${LINE_AMOUNTS_CTE}, ${SPENT_AMOUNTS_CTE},
     planned AS (${aggregate('line_amounts')}),
     spent AS (${aggregate('spent_amounts')}),
     joined AS (
       SELECT ${[...columns.map(keyOf), 'coalesce(p.amount, 0.00) AS planned', 'coalesce(s.amount, 0.00) AS actual'].join(', ')}
         FROM planned p FULL JOIN spent s ON ${joinOn}
        WHERE p.amount IS NOT NULL OR s.amount IS NOT NULL
     )
     SELECT ${[...columns, figures('planned', 'actual'), figures('sum(planned) OVER ()', 'sum(actual) OVER ()', 'total_')].join(', ')}
       FROM joined
      ${columns.length ? `ORDER BY ${columns.join(', ')}` : ''}`,
    options.year == null ? [plan.id] : [plan.id, options.year],
  );
  const rows = raw.map((r) =>
    toRow(r, '', {
      year: dimensions.includes(BudgetDimension.YEAR) ? Number(r.year) : null,
      category: dimensions.includes(BudgetDimension.CATEGORY) ? Number(r.category_number) : null,
      account: dimensions.includes(BudgetDimension.ACCOUNT) ? String(r.account_code) : null,
      activityId: dimensions.includes(BudgetDimension.ACTIVITY) ? String(r.activity_id) : null,
    }),
  );
  return { rows, total: raw.length ? toRow(raw[0], 'total_') : emptyExecutionRow() };
}
