import type { Context } from '../../context';
import { Activity, BudgetDimension, VatMode, requirePlan } from '../action-plan';
import { budgetExecution, emptyExecutionRow } from './execution.service';
import { ResultIndicator } from './progress.entity';
import { ActivityProgress, PlanProgress, toExecutionRow } from './progress.types';

/**
 * Everything a plan's progress dashboard shows, read in a fixed number of
 * statements: the activities, their execution (one grouped statement), the
 * indicators (their periods and latest notes then come through batched loaders).
 */
export async function planProgress(
  ctx: Context,
  planGlobalId: string,
  year: number | null,
  vat: VatMode,
): Promise<PlanProgress> {
  const plan = await requirePlan(ctx, planGlobalId);
  const [activities, execution, indicators] = await Promise.all([
    ctx.dataSource.getRepository(Activity).find({ where: { planId: plan.id }, order: { number: 'ASC' } }),
    budgetExecution(ctx, planGlobalId, [BudgetDimension.ACTIVITY], vat, { year }),
    ctx.dataSource
      .getRepository(ResultIndicator)
      .find({ where: { planId: plan.id }, order: { position: 'ASC' } }),
  ]);
  for (const indicator of indicators) indicator.periodYear = year;
  const byActivity = new Map(execution.rows.map((row) => [row.activityId, row]));
  return Object.assign(new PlanProgress(), {
    planId: plan.id,
    year,
    vat,
    total: toExecutionRow(execution.total),
    planIndicators: indicators.filter((i) => i.activityId === null),
    activities: activities.map((activity) => {
      // The activity is already loaded: prime the loader its field resolver reads.
      ctx.loaders.activityById.prime(activity.id, activity);
      return Object.assign(new ActivityProgress(), {
        activityId: activity.id,
        status: activity.status,
        execution: toExecutionRow({
          ...(byActivity.get(activity.id) ?? emptyExecutionRow()),
          activityId: activity.id,
        }),
        indicators: indicators.filter((i) => i.activityId === activity.id),
      });
    }),
  });
}
