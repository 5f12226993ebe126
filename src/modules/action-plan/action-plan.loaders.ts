import { In, type DataSource } from 'typeorm';
import { queryRows } from '../../common/sql-rows';
import { byIdLoader, groupedLoader, keyedLoader } from '../../common/loaders';
import { ActionPlan, PlanVatRate } from './action-plan.entity';
import { Activity, ActivityPartner, PlannedAction } from './activity.entity';
import { BudgetLine, DeclaredBudgetFigure } from './budget.entity';
import { LINE_AMOUNTS_CTE } from './budget.sql';
import { BudgetAccount, CostCategory } from './reference.entity';
import type { Organisation } from '../organisations';

interface PartnerRow {
  activityId: string;
  organisation: Organisation;
}

/**
 * Budget lines of activities, each with its account in the same statement
 * (lines are read with it nearly always), and with the derived with-VAT amount
 * only when asked for: it joins the plan and its VAT rates per line.
 */
async function budgetLinesOf(
  dataSource: DataSource,
  activityIds: readonly string[],
  { withGross }: { withGross: boolean },
): Promise<BudgetLine[]> {
  const rows: (BudgetLine & { amountGross?: string; account: BudgetAccount })[] = await queryRows(
    dataSource,
    `${withGross ? `WITH ${LINE_AMOUNTS_CTE}` : ''}
     SELECT bl.id, bl.activity_id AS "activityId", bl.year, bl.account_code AS "accountCode",
            bl.amount_net::text AS "amountNet", ${withGross ? 'la.gross::text AS "amountGross",' : ''}
            bl.created_at AS "createdAt", bl.updated_at AS "updatedAt",
            json_build_object('code', ba.code, 'name', ba.name, 'nameEn', ba.name_en,
                              'carriesVat', ba.carries_vat) AS account
       FROM budget_lines bl
       ${withGross ? 'JOIN line_amounts la ON la.id = bl.id' : ''}
       JOIN budget_accounts ba ON ba.code = bl.account_code
      WHERE bl.activity_id = ANY($1)
      ORDER BY bl.year, bl.account_code`,
    [[...activityIds]],
  );
  return rows.map((row) =>
    Object.assign(new BudgetLine(), row, { account: Object.assign(new BudgetAccount(), row.account) }),
  );
}

export function actionPlanLoaders(dataSource: DataSource) {
  const repo = <T extends object>(entity: new () => T) => dataSource.getRepository(entity);
  return {
    actionPlanById: byIdLoader(dataSource, ActionPlan),
    activityById: byIdLoader(dataSource, Activity),
    activitiesByPlanId: groupedLoader<string, Activity>(
      (ids) => repo(Activity).find({ where: { planId: In([...ids]) }, order: { number: 'ASC' } }),
      (a) => a.planId,
    ),
    vatRatesByPlanId: groupedLoader<string, PlanVatRate>(
      (ids) => repo(PlanVatRate).find({ where: { planId: In([...ids]) }, order: { year: 'ASC' } }),
      (r) => r.planId,
    ),
    declaredFiguresByPlanId: groupedLoader<string, DeclaredBudgetFigure>(
      (ids) =>
        repo(DeclaredBudgetFigure).find({ where: { planId: In([...ids]) }, order: { position: 'ASC' } }),
      (f) => f.planId,
    ),
    plannedActionsByActivityId: groupedLoader<string, PlannedAction>(
      (ids) => repo(PlannedAction).find({ where: { activityId: In([...ids]) }, order: { fromYear: 'ASC' } }),
      (a) => a.activityId,
    ),
    partnersByActivityId: groupedLoader<string, PartnerRow>(
      async (ids) => {
        const links = await repo(ActivityPartner).find({
          where: { activityId: In([...ids]) },
          relations: { organisation: true },
          order: { organisation: { name: 'ASC' } },
        });
        return links.map((l) => ({ activityId: l.activityId, organisation: l.organisation! }));
      },
      (row) => row.activityId,
    ),
    /** Lines of each activity, by year then account, each with its derived with-VAT amount. */
    budgetLinesByActivityId: groupedLoader<string, BudgetLine>(
      (ids) => budgetLinesOf(dataSource, ids, { withGross: true }),
      (l) => l.activityId,
    ),
    /** The same lines without the with-VAT amount, for a query that does not show it (no VAT computation). */
    budgetLinesNetByActivityId: groupedLoader<string, BudgetLine>(
      (ids) => budgetLinesOf(dataSource, ids, { withGross: false }),
      (l) => l.activityId,
    ),
    budgetLineById: byIdLoader(dataSource, BudgetLine),
    declaredFigureById: byIdLoader(dataSource, DeclaredBudgetFigure),
    costCategoryByNumber: keyedLoader<number, CostCategory>(
      (numbers) => repo(CostCategory).findBy({ number: In([...numbers]) }),
      (c) => c.number,
    ),
    budgetAccountByCode: keyedLoader<string, BudgetAccount>(
      (codes) => repo(BudgetAccount).findBy({ code: In([...codes]) }),
      (a) => a.code,
    ),
  };
}

export type ActionPlanLoaders = ReturnType<typeof actionPlanLoaders>;

declare module '../../context' {
  interface Loaders extends ActionPlanLoaders {}
}
