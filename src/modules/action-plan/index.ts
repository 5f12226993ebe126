import { ActionPlanResolver } from './action-plan.resolver';
import { ActivityResolver } from './activity.resolver';
import {
  BudgetDiscrepancyResolver,
  BudgetLineResolver,
  BudgetResolver,
  BudgetSummaryRowResolver,
  DeclaredBudgetFigureResolver,
} from './budget.resolver';

export const actionPlanResolvers = [
  ActionPlanResolver,
  ActivityResolver,
  BudgetResolver,
  BudgetLineResolver,
  BudgetSummaryRowResolver,
  BudgetDiscrepancyResolver,
  DeclaredBudgetFigureResolver,
] as const;
