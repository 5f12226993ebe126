import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../common/auth';
import type { Context } from '../../context';
import { Organisation } from '../organisations';
import { ActionPlan, PlanVatRate } from './action-plan.entity';
import { CreateActionPlanVersionInput } from './action-plan.inputs';
import { ActionPlanPayload } from './action-plan.types';
import { createPlanVersion, findPlan, listPlans } from './action-plan.service';
import { Activity } from './activity.entity';
import { DeclaredBudgetFigure } from './budget.entity';

@Resolver(() => ActionPlan)
export class ActionPlanResolver {
  @Query(() => [ActionPlan], { description: 'Every action plan version, by plan and version number.' })
  actionPlans(@Ctx() ctx: Context): Promise<ActionPlan[]> {
    return listPlans(ctx);
  }

  @Query(() => ActionPlan, {
    nullable: true,
    description: 'One action plan version by ID; null if there is none.',
  })
  actionPlan(
    @Arg('id', () => ID, { description: 'Global ID of the plan version.' }) id: string,
    @Ctx() ctx: Context,
  ) {
    return findPlan(ctx, id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ActionPlanPayload, {
    description: 'Copies a plan version into a new version of the same plan. Admins only.',
  })
  async createActionPlanVersion(
    @Arg('input', () => CreateActionPlanVersionInput, { description: 'The mutation input.' })
    input: CreateActionPlanVersionInput,
    @Ctx() ctx: Context,
  ): Promise<ActionPlanPayload> {
    const { value, userErrors } = await createPlanVersion(ctx, input);
    return { actionPlan: value, userErrors };
  }

  @FieldResolver(() => Organisation, { description: 'The organisation carrying out the plan.' })
  async implementer(@Root() plan: ActionPlan, @Ctx() ctx: Context): Promise<Organisation> {
    return (await ctx.loaders.organisationById.load(plan.implementerId))!;
  }

  @FieldResolver(() => ActionPlan, { nullable: true, description: 'The version this one was copied from.' })
  derivedFrom(@Root() plan: ActionPlan, @Ctx() ctx: Context): Promise<ActionPlan | null> | null {
    return plan.derivedFromId ? ctx.loaders.actionPlanById.load(plan.derivedFromId) : null;
  }

  @FieldResolver(() => [PlanVatRate], {
    description: 'The VAT rate the plan applies to each year of its period.',
  })
  vatRates(@Root() plan: ActionPlan, @Ctx() ctx: Context): Promise<PlanVatRate[]> {
    return ctx.loaders.vatRatesByPlanId.load(plan.id);
  }

  @FieldResolver(() => [Activity], {
    description: 'All activities in document order (use `activities` to page and filter).',
  })
  activities(@Root() plan: ActionPlan, @Ctx() ctx: Context): Promise<Activity[]> {
    return ctx.loaders.activitiesByPlanId.load(plan.id);
  }

  @FieldResolver(() => [DeclaredBudgetFigure], {
    description: 'Every total the document prints, in document order.',
  })
  declaredFigures(@Root() plan: ActionPlan, @Ctx() ctx: Context): Promise<DeclaredBudgetFigure[]> {
    return ctx.loaders.declaredFiguresByPlanId.load(plan.id);
  }
}
