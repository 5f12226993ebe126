import { Field, ID, ObjectType } from 'type-graphql';
import { UserError } from '../../common/user-error';
import { ActionPlan } from './action-plan.entity';
import { Activity } from './activity.entity';
import { BudgetLine } from './budget.entity';

@ObjectType({ description: 'Result of an activity mutation.' })
export class ActivityPayload {
  @Field(() => Activity, { nullable: true, description: 'The activity, null when the mutation was refused.' })
  activity: Activity | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'Result of setting a budget line.' })
export class BudgetLinePayload {
  @Field(() => BudgetLine, { nullable: true, description: 'The line, null when the mutation was refused.' })
  budgetLine: BudgetLine | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'Result of removing a budget line.' })
export class RemoveBudgetLinePayload {
  @Field(() => ID, { nullable: true, description: 'ID of the removed line.' })
  removedBudgetLineId: string | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'Result of creating a plan version.' })
export class ActionPlanPayload {
  @Field(() => ActionPlan, { nullable: true, description: 'The new version, null when refused.' })
  actionPlan: ActionPlan | null;

  @Field(() => [UserError], { description: 'Why the input was refused; empty on success.' })
  userErrors: UserError[];
}
