import type { EntityManager } from 'typeorm';
import type { Context } from '../../context';
import { AppError, ErrorCode } from '../../errors';
import { runMutation, type MutationOutcome, findForChange } from '../../common/mutation';
import { requireLocalUuid } from '../../common/node-id';
import { ActionPlan, PlanVatRate } from './action-plan.entity';
import { Activity } from './activity.entity';
import type { CreateActionPlanVersionInput } from './action-plan.inputs';

/** Every plan version, grouped by plan and newest version last. */
export function listPlans(ctx: Context): Promise<ActionPlan[]> {
  return ctx.dataSource.getRepository(ActionPlan).find({ order: { planKey: 'ASC', versionNumber: 'ASC' } });
}

/** The plan behind a global ID, or null; a malformed ID is BAD_USER_INPUT. */
export async function findPlan(ctx: Context, globalId: string): Promise<ActionPlan | null> {
  return ctx.loaders.actionPlanById.load(requireLocalUuid(globalId, 'ActionPlan', 'id'));
}

/** Like findPlan, but an unknown plan is NOT_FOUND (for queries that need one). */
export async function requirePlan(ctx: Context, globalId: string, argument = 'planId'): Promise<ActionPlan> {
  const plan = await ctx.loaders.actionPlanById.load(requireLocalUuid(globalId, 'ActionPlan', argument));
  if (!plan) throw new AppError(ErrorCode.NOT_FOUND, `No action plan with ${argument} "${globalId}".`);
  return plan;
}

/**
 * Copies a plan version into a new version of the same plan: activities with
 * their actions and partners, VAT rates and budget lines (and, if asked, the
 * declared totals). The plan's versions are locked while the number is taken,
 * so concurrent copies get consecutive numbers.
 */
export async function createPlanVersion(
  ctx: Context,
  input: CreateActionPlanVersionInput,
): Promise<MutationOutcome<ActionPlan>> {
  return runMutation(ctx, 'createActionPlanVersion', async (em, audit) => {
    const source = await findForChange(em, ActionPlan, input.sourcePlanId, {
      type: 'ActionPlan',
      noun: 'action plan',
      field: 'sourcePlanId',
      lock: false,
    });

    const [{ next }] = await em.query(
      `SELECT max(version_number) + 1 AS next FROM (
         SELECT version_number FROM action_plans WHERE plan_key = $1 FOR UPDATE) v`,
      [source.planKey],
    );
    const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = source;
    const copy = await em.save(
      em.create(ActionPlan, {
        ...fields,
        versionNumber: next,
        versionLabel: input.versionLabel,
        derivedFromId: source.id,
      }),
    );
    await copyPlanContents(em, source.id, copy.id, input.copyDeclaredFigures);
    audit.record('ActionPlan', copy.id, null, copy);
    return copy;
  });
}

async function copyPlanContents(
  em: EntityManager,
  fromPlanId: string,
  toPlanId: string,
  withDeclared: boolean,
) {
  const rates = await em.findBy(PlanVatRate, { planId: fromPlanId });
  await em.insert(
    PlanVatRate,
    rates.map((r) => ({ planId: toPlanId, year: r.year, rate: r.rate })),
  );

  const activityIdMap = new Map<string, string>();
  for (const activity of await em.find(Activity, {
    where: { planId: fromPlanId },
    order: { number: 'ASC' },
  })) {
    const { id, createdAt: _c, updatedAt: _u, ...fields } = activity;
    const copy = await em.save(em.create(Activity, { ...fields, planId: toPlanId }));
    activityIdMap.set(id, copy.id);
  }
  // Children are copied in set-based statements, whatever the plan's size.
  const params = [[...activityIdMap.keys()], [...activityIdMap.values()]];
  const mapping = `SELECT * FROM unnest($1::uuid[], $2::uuid[]) AS m(old_id, new_id)`;
  await em.query(
    `INSERT INTO activity_planned_actions (activity_id, from_year, to_year, description)
     SELECT m.new_id, pa.from_year, pa.to_year, pa.description
       FROM activity_planned_actions pa JOIN (${mapping}) m ON m.old_id = pa.activity_id`,
    params,
  );
  await em.query(
    `INSERT INTO activity_partners (activity_id, organisation_id)
     SELECT m.new_id, ap.organisation_id FROM activity_partners ap JOIN (${mapping}) m ON m.old_id = ap.activity_id`,
    params,
  );
  await em.query(
    `INSERT INTO budget_lines (activity_id, year, account_code, amount_net)
     SELECT m.new_id, bl.year, bl.account_code, bl.amount_net
       FROM budget_lines bl JOIN (${mapping}) m ON m.old_id = bl.activity_id`,
    params,
  );
  if (withDeclared) {
    await em.query(
      `INSERT INTO declared_budget_figures
         (plan_id, position, source_table, vat, year, category_number, account_code, activity_id, amount, label)
       SELECT $3, d.position, d.source_table, d.vat, d.year, d.category_number, d.account_code, m.new_id, d.amount, d.label
         FROM declared_budget_figures d LEFT JOIN (${mapping}) m ON m.old_id = d.activity_id
        WHERE d.plan_id = $4`,
      [...params, toPlanId, fromPlanId],
    );
  }
}
