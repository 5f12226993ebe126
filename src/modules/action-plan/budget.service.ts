import type { EntityManager } from 'typeorm';
import type { Context } from '../../context';
import { InputProblems, runMutation, type MutationOutcome, findForChange } from '../../common/mutation';
import { parseAmount } from '../../common/money';
import { localUuid, toGlobalId } from '../../common/node-id';
import { UserErrorCode } from '../../common/user-error';
import { ActionPlan } from './action-plan.entity';
import { requirePlan } from './action-plan.service';
import { Activity } from './activity.entity';
import { BudgetLine, DeclaredTable, VatMode } from './budget.entity';
import { LINE_AMOUNTS_CTE } from './budget.sql';
import { BudgetDimension } from './budget.types';
import type { RemoveBudgetLineInput, SetBudgetLineInput } from './action-plan.inputs';
import { BudgetAccount } from './reference.entity';
import { BudgetErrorCode } from './budget.errors';

export interface SummaryRow {
  year: number | null;
  category: number | null;
  account: string | null;
  activityId: string | null;
  amount: string;
}

export interface Summary {
  total: string;
  rows: SummaryRow[];
}

/** SQL column for each dimension, in a fixed, injection-free mapping. */
const DIMENSION_COLUMNS: Record<BudgetDimension, { select: string; order: string }> = {
  [BudgetDimension.YEAR]: { select: 'year', order: 'year' },
  [BudgetDimension.CATEGORY]: { select: 'category_number', order: 'category_number' },
  [BudgetDimension.ACCOUNT]: { select: 'account_code', order: 'account_code' },
  [BudgetDimension.ACTIVITY]: { select: 'activity_id', order: 'min(activity_number)' },
};

/**
 * Adds up a plan's budget lines by the requested dimensions, without or with
 * VAT. One row per combination that has lines; keys not grouped by are null.
 */
export async function budgetSummary(
  ctx: Context,
  planGlobalId: string,
  groupBy: BudgetDimension[],
  vat: VatMode,
): Promise<Summary> {
  const plan = await requirePlan(ctx, planGlobalId);
  const dimensions = [...new Set(groupBy)];
  const amount = vat === VatMode.GROSS ? 'gross' : 'net';
  const selects = dimensions.map((d) => DIMENSION_COLUMNS[d].select);
  const rows: (Record<string, unknown> & { amount: string; total: string })[] = await ctx.dataSource.query(
    `WITH ${LINE_AMOUNTS_CTE}
     SELECT ${[...selects, `sum(${amount})::text AS amount`, `sum(sum(${amount})) OVER ()::text AS total`].join(', ')}
       FROM line_amounts
      WHERE plan_id = $1
      ${selects.length ? `GROUP BY ${selects.join(', ')}` : 'HAVING count(*) > 0'}
      ${selects.length ? `ORDER BY ${dimensions.map((d) => DIMENSION_COLUMNS[d].order).join(', ')}` : ''}`,
    [plan.id],
  );
  return {
    total: rows[0]?.total ?? '0',
    rows: rows.map((row) => ({
      year: dimensions.includes(BudgetDimension.YEAR) ? Number(row.year) : null,
      category: dimensions.includes(BudgetDimension.CATEGORY) ? Number(row.category_number) : null,
      account: dimensions.includes(BudgetDimension.ACCOUNT) ? String(row.account_code) : null,
      activityId: dimensions.includes(BudgetDimension.ACTIVITY) ? String(row.activity_id) : null,
      amount: row.amount,
    })),
  };
}

export interface Discrepancy {
  table: DeclaredTable;
  label: string;
  vat: VatMode;
  year: number | null;
  category: number | null;
  account: string | null;
  activityId: string | null;
  declared: string;
  computed: string;
  difference: string;
}

/**
 * Every declared figure of a plan beside the sum of the lines it covers (a
 * null dimension covers all), in document order; with `disagreementsOnly`,
 * just those that differ. difference = declared − computed.
 */
export async function declaredAgainstComputed(
  ctx: Context,
  planGlobalId: string,
  options: { disagreementsOnly: boolean },
): Promise<Discrepancy[]> {
  const plan = await requirePlan(ctx, planGlobalId);
  return ctx.dataSource.query(
    `WITH ${LINE_AMOUNTS_CTE}
     SELECT d.source_table AS "table", d.label, d.vat, d.year, d.category_number AS category,
            d.account_code AS account, d.activity_id AS "activityId",
            d.amount::text AS declared, c.computed::text AS computed, (d.amount - c.computed)::text AS difference
       FROM declared_budget_figures d
       CROSS JOIN LATERAL (
         SELECT coalesce(sum(CASE WHEN d.vat = 'GROSS' THEN la.gross ELSE la.net END), 0) AS computed
           FROM line_amounts la
          WHERE la.plan_id = d.plan_id
            AND (d.year IS NULL OR la.year = d.year)
            AND (d.category_number IS NULL OR la.category_number = d.category_number)
            AND (d.account_code IS NULL OR la.account_code = d.account_code)
            AND (d.activity_id IS NULL OR la.activity_id = d.activity_id)
       ) c
      WHERE d.plan_id = $1 ${options.disagreementsOnly ? 'AND d.amount <> c.computed' : ''}
      ORDER BY d.position`,
    [plan.id],
  );
}

/** The declared figures of a plan that its lines do not add up to, in document order. */
export const budgetReconciliation = (ctx: Context, planGlobalId: string) =>
  declaredAgainstComputed(ctx, planGlobalId, { disagreementsOnly: true });

/**
 * Checks where money is booked: the account exists and the year is within
 * the activity's plan period (when the activity was found). Returns the account.
 */
export async function checkBudgetKey(
  em: EntityManager,
  problems: InputProblems,
  activity: Activity | null,
  key: { account: string; year: number },
): Promise<BudgetAccount | null> {
  const account = await em.findOneBy(BudgetAccount, { code: key.account });
  if (!account) {
    const codes = (await em.find(BudgetAccount, { order: { code: 'ASC' } })).map((a) => a.code);
    problems.add(
      BudgetErrorCode.UNKNOWN_ACCOUNT,
      'account',
      `Unknown budget account; use ${codes.join(', ')}.`,
    );
  }
  if (activity) {
    const plan = await em.findOneByOrFail(ActionPlan, { id: activity.planId });
    if (!Number.isInteger(key.year) || key.year < plan.periodStart || key.year > plan.periodEnd) {
      problems.add(
        BudgetErrorCode.YEAR_OUTSIDE_PERIOD,
        'year',
        `The year must be within the plan period ${plan.periodStart}–${plan.periodEnd}.`,
      );
    }
  }
  return account;
}

const AMOUNT_PROBLEMS = {
  MALFORMED: 'must be a decimal number with at most two decimals, e.g. "27097.50".',
  NEGATIVE: 'must not be negative.',
  TOO_LARGE: 'is too large.',
};

/** Parses an amount input; a malformed, negative or too large one is added to the problems on `field`. */
export function checkAmount(problems: InputProblems, field: string, input: string): string | null {
  const parsed = parseAmount(input);
  if (parsed.ok) return parsed.amount;
  problems.add(
    parsed.reason === 'NEGATIVE' ? BudgetErrorCode.NEGATIVE_AMOUNT : BudgetErrorCode.INVALID_AMOUNT,
    field,
    `The amount ${AMOUNT_PROBLEMS[parsed.reason]}`,
  );
  return null;
}

/**
 * Creates or replaces an activity's amount without VAT for one account and
 * year. Checks the activity, the account, the year against the plan period
 * and the amount; on any problem nothing is written.
 */
export async function setBudgetLine(
  ctx: Context,
  input: SetBudgetLineInput,
): Promise<MutationOutcome<BudgetLine>> {
  return runMutation(ctx, 'setBudgetLine', async (em, audit) => {
    const problems = new InputProblems();
    const activityId = localUuid(input.activityId, 'Activity');
    const activity = activityId ? await em.findOneBy(Activity, { id: activityId }) : null;
    if (!activity) problems.add(UserErrorCode.NOT_FOUND, 'activityId', 'No such activity.');
    await checkBudgetKey(em, problems, activity, input);
    const parsed = checkAmount(problems, 'amountNet', input.amountNet);
    problems.throwIfAny();
    const amountNet = parsed!;
    const key = { activityId: activity!.id, year: input.year, accountCode: input.account };
    // Lock the existing line (if any) so its "before" in the audit log is the value actually replaced.
    const before = await em.findOne(BudgetLine, { where: key, lock: { mode: 'pessimistic_write' } });
    // An upsert on the natural key: concurrent setters of the same line cannot create two.
    await em.query(
      `INSERT INTO budget_lines (activity_id, year, account_code, amount_net) VALUES ($1, $2, $3, $4)
       ON CONFLICT (activity_id, year, account_code)
       DO UPDATE SET amount_net = EXCLUDED.amount_net, updated_at = now()`,
      [key.activityId, key.year, key.accountCode, amountNet],
    );
    const line = await em.findOneByOrFail(BudgetLine, key);
    audit.record('BudgetLine', line.id, before, line);
    return line;
  });
}

/** Removes one budget line. */
export async function removeBudgetLine(
  ctx: Context,
  input: RemoveBudgetLineInput,
): Promise<MutationOutcome<string>> {
  return runMutation(ctx, 'removeBudgetLine', async (em, audit) => {
    const line = await findForChange(em, BudgetLine, input.id, { type: 'BudgetLine', noun: 'budget line' });
    await em.delete(BudgetLine, { id: line.id });
    audit.record('BudgetLine', line.id, line, null);
    return toGlobalId('BudgetLine', line.id);
  });
}
