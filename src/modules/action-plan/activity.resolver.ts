import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { operationSelectsAny } from '../../common/selection';
import { Role } from '../../common/auth';
import { connectionTypes, type Connection, PageArgs } from '../../common/pagination';
import type { Context } from '../../context';
import { Organisation } from '../organisations';
import { ActionPlan } from './action-plan.entity';
import { ActivityFilter, CreateActivityInput, UpdateActivityInput } from './action-plan.inputs';
import { ActivityPayload } from './action-plan.types';
import { createActivity, listActivities, updateActivity } from './activity.service';
import { Activity, PlannedAction } from './activity.entity';
import { BudgetLine } from './budget.entity';
import { CostCategory } from './reference.entity';

export const ActivityConnection = connectionTypes(Activity, 'Activity', 'A page of activities.', {
  publicReference: true,
});

@Resolver(() => Activity)
export class ActivityResolver {
  @Query(() => ActivityConnection, {
    description: "A plan's activities in document order, filtered and paged.",
  })
  activities(
    @Arg('planId', () => ID, { description: 'The plan version.' }) planId: string,
    @Arg('filter', () => ActivityFilter, {
      nullable: true,
      description: 'Conditions the activities must meet.',
    })
    filter: ActivityFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<Activity>> {
    return listActivities(ctx, { planId, filter, ...page });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ActivityPayload, { description: 'Adds an activity to a plan version. Admins only.' })
  async createActivity(
    @Arg('input', () => CreateActivityInput, { description: 'The mutation input.' })
    input: CreateActivityInput,
    @Ctx() ctx: Context,
  ): Promise<ActivityPayload> {
    const { value, userErrors } = await createActivity(ctx, input);
    return { activity: value, userErrors };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ActivityPayload, { description: 'Changes an activity. Admins only.' })
  async updateActivity(
    @Arg('input', () => UpdateActivityInput, { description: 'The mutation input.' })
    input: UpdateActivityInput,
    @Ctx() ctx: Context,
  ): Promise<ActivityPayload> {
    const { value, userErrors } = await updateActivity(ctx, input);
    return { activity: value, userErrors };
  }

  @FieldResolver(() => ActionPlan, { description: 'The plan version the activity belongs to.' })
  async plan(@Root() activity: Activity, @Ctx() ctx: Context): Promise<ActionPlan> {
    return (await ctx.loaders.actionPlanById.load(activity.planId))!;
  }

  @FieldResolver(() => Organisation, { description: 'Who carries out the activity.' })
  async implementer(@Root() activity: Activity, @Ctx() ctx: Context): Promise<Organisation> {
    return (await ctx.loaders.organisationById.load(activity.implementerId))!;
  }

  @FieldResolver(() => [Organisation], { description: 'Partner organisations the activity names, by name.' })
  async partners(@Root() activity: Activity, @Ctx() ctx: Context): Promise<Organisation[]> {
    return (await ctx.loaders.partnersByActivityId.load(activity.id)).map((p) => p.organisation);
  }

  @FieldResolver(() => CostCategory, { description: 'The cost category of the SF measure.' })
  async category(@Root() activity: Activity, @Ctx() ctx: Context): Promise<CostCategory> {
    return (await ctx.loaders.costCategoryByNumber.load(activity.categoryNumber))!;
  }

  @FieldResolver(() => [PlannedAction], { description: 'Planned actions by span of years, earliest first.' })
  plannedActions(@Root() activity: Activity, @Ctx() ctx: Context): Promise<PlannedAction[]> {
    return ctx.loaders.plannedActionsByActivityId.load(activity.id);
  }

  @FieldResolver(() => [BudgetLine], { description: 'Budget lines by year and account.' })
  budgetLines(
    @Root() activity: Activity,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<BudgetLine[]> {
    // The with-VAT amount costs joins per line: computed only for a query that shows it.
    const loader = operationSelectsAny(info, ['amountGross'])
      ? ctx.loaders.budgetLinesByActivityId
      : ctx.loaders.budgetLinesNetByActivityId;
    return loader.load(activity.id);
  }
}
