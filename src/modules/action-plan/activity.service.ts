import { In, type EntityManager } from 'typeorm';
import { countWhere, entityRows, queryRows, SqlConditions } from '../../common/sql-rows';
import type { Context } from '../../context';
import {
  InputProblems,
  failWith,
  runMutation,
  type MutationOutcome,
  findForChange,
} from '../../common/mutation';
import { localUuid, requireLocalUuid } from '../../common/node-id';
import { decodeCursor, pageSize, toConnection, type Connection } from '../../common/pagination';
import { UserErrorCode } from '../../common/user-error';
import { likePattern } from '../../common/text';
import { Organisation } from '../organisations';
import { ActionPlan } from './action-plan.entity';
import { requirePlan } from './action-plan.service';
import { Activity, ActivityPartner, ActivityStatus, PlannedAction } from './activity.entity';
import type {
  ActivityFilter,
  CreateActivityInput,
  PlannedActionInput,
  UpdateActivityInput,
} from './action-plan.inputs';
import { CostCategory } from './reference.entity';
import { BudgetErrorCode } from './budget.errors';

/** A page of a plan's activities in document order, filtered. */
export async function listActivities(
  ctx: Context,
  args: { planId: string; filter?: ActivityFilter | null; first?: number | null; after?: string | null },
): Promise<Connection<Activity>> {
  const planId = requireLocalUuid(args.planId, 'ActionPlan', 'planId');
  const limit = pageSize(args.first);
  // Plain SQL: the plan's page is read by every front-end that shows the plan.
  const where = new SqlConditions();
  where.and(`a.plan_id = ${where.param(planId)}`);
  const filter = args.filter ?? {};
  if (filter.categories?.length) where.and(`a.category_number = ANY(${where.param(filter.categories)})`);
  if (filter.statuses?.length) where.and(`a.status = ANY(${where.param(filter.statuses)})`);
  if (filter.partnerId) {
    const partnerId = requireLocalUuid(filter.partnerId, 'Organisation', 'filter.partnerId');
    where.and(
      `EXISTS (SELECT 1 FROM activity_partners ap WHERE ap.activity_id = a.id AND ap.organisation_id = ${where.param(partnerId)})`,
    );
  }
  if (filter.nameContains) {
    const pattern = where.param(likePattern(filter.nameContains));
    where.and(`(a.name ILIKE ${pattern} OR a.name_en ILIKE ${pattern})`);
  }
  const counted = where.copy(); // counted only if totalCount is asked for
  if (args.after) {
    const [afterNumber] = decodeCursor(args.after, ['number']);
    where.and(`a.number > ${where.param(afterNumber)}`);
  }
  const activities = entityRows(ctx.dataSource, Activity);
  const rows = activities.hydrateAll(
    await queryRows(
      ctx.dataSource,
      `SELECT ${activities.select('a')} FROM ${activities.table} a${where.where()}
        ORDER BY a.number LIMIT ${where.param(limit + 1)}`,
      where.values,
    ),
    'a',
  );
  // The plan is looked up only when the page is empty: to tell an unknown plan (NOT_FOUND) from no match.
  if (!rows.length) await requirePlan(ctx, args.planId);
  return toConnection(
    rows,
    limit,
    (a) => [a.number],
    () => countWhere(ctx.dataSource, activities.table, 'a', counted),
    Boolean(args.after),
  );
}

type ActivityFields = Omit<CreateActivityInput, 'planId'> | Omit<UpdateActivityInput, 'id'>;

/** Checks references in an activity input; returns resolved local IDs. */
async function validateActivityInput(em: EntityManager, input: ActivityFields, plan: ActionPlan) {
  const problems = new InputProblems();
  if (input.category !== undefined && input.category !== null) {
    if (!(await em.existsBy(CostCategory, { number: input.category }))) {
      problems.add(
        BudgetErrorCode.UNKNOWN_CATEGORY,
        'category',
        `Unknown cost category ${input.category}; use 1–4.`,
      );
    }
  }
  let implementerId: string | undefined;
  if (input.implementerId) {
    implementerId = localUuid(input.implementerId, 'Organisation') ?? undefined;
    if (!implementerId || !(await em.existsBy(Organisation, { id: implementerId }))) {
      problems.add(UserErrorCode.NOT_FOUND, 'implementerId', 'No such organisation.');
    }
  }
  let partnerIds: string[] | undefined;
  if (input.partnerIds) {
    partnerIds = [...new Set(input.partnerIds.map((id) => localUuid(id, 'Organisation')))].filter(
      (id): id is string => id !== null,
    );
    const found = partnerIds.length ? await em.countBy(Organisation, { id: In(partnerIds) }) : 0;
    if (found !== partnerIds.length || partnerIds.length !== new Set(input.partnerIds).size) {
      problems.add(UserErrorCode.NOT_FOUND, 'partnerIds', 'One or more partner organisations do not exist.');
    }
  }
  input.plannedActions?.forEach((action, i) => {
    if (action.fromYear > action.toYear) {
      problems.add(
        UserErrorCode.INVALID,
        `plannedActions.${i}.toYear`,
        'toYear must not be before fromYear.',
      );
    } else if (action.fromYear < plan.periodStart || action.toYear > plan.periodEnd) {
      problems.add(
        BudgetErrorCode.YEAR_OUTSIDE_PERIOD,
        `plannedActions.${i}.fromYear`,
        `Years must be within the plan period ${plan.periodStart}–${plan.periodEnd}.`,
      );
    }
  });
  const spans = (input.plannedActions ?? []).map((a) => a.fromYear);
  if (new Set(spans).size !== spans.length) {
    problems.add(
      UserErrorCode.DUPLICATE,
      'plannedActions',
      'Two planned-action spans start in the same year.',
    );
  }
  problems.throwIfAny();
  return { implementerId, partnerIds };
}

async function replaceChildren(
  em: EntityManager,
  activityId: string,
  plannedActions: PlannedActionInput[] | undefined,
  partnerIds: string[] | undefined,
) {
  if (plannedActions) {
    await em.delete(PlannedAction, { activityId });
    if (plannedActions.length)
      await em.insert(
        PlannedAction,
        plannedActions.map((a) => ({ ...a, activityId })),
      );
  }
  if (partnerIds) {
    await em.delete(ActivityPartner, { activityId });
    if (partnerIds.length)
      await em.insert(
        ActivityPartner,
        partnerIds.map((organisationId) => ({ activityId, organisationId })),
      );
  }
}

/** Partners and planned actions as plain values, for the audit log. */
async function childrenSnapshot(em: EntityManager, activityId: string) {
  const partners = await em.find(ActivityPartner, {
    where: { activityId },
    order: { organisationId: 'ASC' },
  });
  const actions = await em.find(PlannedAction, { where: { activityId }, order: { fromYear: 'ASC' } });
  return {
    partnerIds: partners.map((p) => p.organisationId),
    plannedActions: actions.map(({ fromYear, toYear, description }) => ({ fromYear, toYear, description })),
  };
}

/** Adds an activity to a plan; its number defaults to after the last one. */
export async function createActivity(
  ctx: Context,
  input: CreateActivityInput,
): Promise<MutationOutcome<Activity>> {
  return runMutation(ctx, 'createActivity', async (em, audit) => {
    // Locking the plan row serialises numbering of its activities.
    const plan = await findForChange(em, ActionPlan, input.planId, {
      type: 'ActionPlan',
      noun: 'action plan',
      field: 'planId',
    });
    const { implementerId, partnerIds } = await validateActivityInput(em, input, plan);
    let number = input.number;
    if (number === undefined || number === null) {
      const [{ next }] = await em.query(
        'SELECT coalesce(max(number), 0) + 1 AS next FROM activities WHERE plan_id = $1',
        [plan.id],
      );
      number = Number(next);
    } else if (await em.existsBy(Activity, { planId: plan.id, number })) {
      failWith(UserErrorCode.DUPLICATE, 'number', `The plan already has activity ${number}.`);
    }
    const activity = await em.save(
      em.create(Activity, {
        planId: plan.id,
        number,
        name: input.name,
        nameEn: input.nameEn ?? null,
        problem: input.problem,
        measure: input.measure,
        expectedResult: input.expectedResult,
        implementerId: implementerId ?? plan.implementerId,
        categoryNumber: input.category,
        fundingSource: input.fundingSource ?? plan.fundingSource,
        status: input.status ?? ActivityStatus.PLANNED,
      }),
    );
    await replaceChildren(em, activity.id, input.plannedActions, partnerIds);
    audit.record('Activity', activity.id, null, {
      ...activity,
      partnerIds,
      plannedActions: input.plannedActions,
    });
    return activity;
  });
}

/** Changes an activity; lists in the input replace the stored ones whole. */
export async function updateActivity(
  ctx: Context,
  input: UpdateActivityInput,
): Promise<MutationOutcome<Activity>> {
  return runMutation(ctx, 'updateActivity', async (em, audit) => {
    const activity = await findForChange(em, Activity, input.id, { type: 'Activity', noun: 'activity' });
    const plan = await em.findOneByOrFail(ActionPlan, { id: activity.planId });
    const { implementerId, partnerIds } = await validateActivityInput(em, input, plan);
    if (input.number != null && input.number !== activity.number) {
      if (await em.existsBy(Activity, { planId: plan.id, number: input.number })) {
        failWith(UserErrorCode.DUPLICATE, 'number', `The plan already has activity ${input.number}.`);
      }
    }
    const before = { ...activity, ...(await childrenSnapshot(em, activity.id)) };
    const changes: Partial<Activity> = {};
    if (input.number != null) changes.number = input.number;
    if (input.name != null) changes.name = input.name;
    if (input.nameEn !== undefined) changes.nameEn = input.nameEn;
    if (input.problem != null) changes.problem = input.problem;
    if (input.measure != null) changes.measure = input.measure;
    if (input.expectedResult != null) changes.expectedResult = input.expectedResult;
    if (implementerId) changes.implementerId = implementerId;
    if (input.category != null) changes.categoryNumber = input.category;
    if (input.fundingSource != null) changes.fundingSource = input.fundingSource;
    if (input.status != null) changes.status = input.status;
    Object.assign(activity, changes);
    const saved = await em.save(activity);
    await replaceChildren(em, activity.id, input.plannedActions, partnerIds);
    audit.record('Activity', activity.id, before, { ...saved, ...(await childrenSnapshot(em, activity.id)) });
    return saved;
  });
}
