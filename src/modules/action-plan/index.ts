import type { AppModule } from '../../module';
import { ActionPlan, PlanVatRate } from './action-plan.entity';
import { actionPlanLoaders } from './action-plan.loaders';
import { ActionPlanResolver } from './action-plan.resolver';
import { seedActionPlan } from './action-plan.seed';
import { Activity, ActivityPartner, PlannedAction } from './activity.entity';
import { ActivityResolver } from './activity.resolver';
import { BudgetLine, DeclaredBudgetFigure } from './budget.entity';
import { budgetErrorDescriptions } from './budget.errors';
import {
  BudgetDiscrepancyFields,
  DeclaredBudgetFigureFields,
  BudgetLineResolver,
  BudgetResolver,
  BudgetSummaryRowFields,
  DeclaredBudgetFigureResolver,
} from './budget.resolver';
import { BudgetAccount, CostCategory } from './reference.entity';

/** The action plan 2023–2026: versions, activities, budget lines, what the document declares. */
export const actionPlanModule: AppModule = {
  name: 'action-plan',
  entities: [
    BudgetAccount,
    CostCategory,
    ActionPlan,
    PlanVatRate,
    Activity,
    PlannedAction,
    ActivityPartner,
    BudgetLine,
    DeclaredBudgetFigure,
  ],
  resolvers: [
    ActionPlanResolver,
    ActivityResolver,
    BudgetResolver,
    BudgetLineResolver,
    BudgetSummaryRowFields,
    BudgetDiscrepancyFields,
    DeclaredBudgetFigureFields,
    DeclaredBudgetFigureResolver,
  ],
  loaders: actionPlanLoaders,
  // The published plan is public, down to every line and declared figure.
  nodes: {
    ActionPlan: (ctx, id) => ctx.loaders.actionPlanById.load(id),
    Activity: (ctx, id) => ctx.loaders.activityById.load(id),
    BudgetLine: (ctx, id) => ctx.loaders.budgetLineById.load(id),
    DeclaredBudgetFigure: (ctx, id) => ctx.loaders.declaredFigureById.load(id),
  },
  errorCodes: budgetErrorDescriptions,
  seed: seedActionPlan,
};

export { ActionPlan, PlanVatRate } from './action-plan.entity';
export { ACTION_PLAN_KEY, findSeededPlan } from './action-plan.seed';
export { Activity } from './activity.entity';
export { ActivityStatus } from './activity.entity';
export { ActivityPayload } from './action-plan.types';
export { requirePlan } from './action-plan.service';
export {
  budgetSummary,
  checkAmount,
  checkBudgetKey,
  declaredAgainstComputed,
  type Discrepancy,
} from './budget.service';
export { LINE_AMOUNTS_CTE } from './budget.sql';
export { BudgetDimension, BudgetRowKeys } from './budget.types';
export { DeclaredTable, VatMode } from './budget.entity';
export { BudgetAccount, BudgetAccountCode, CostCategory, CostCategoryCode } from './reference.entity';
export { budgetKeyFields } from './budget.resolver';
export { BudgetErrorCode } from './budget.errors';
