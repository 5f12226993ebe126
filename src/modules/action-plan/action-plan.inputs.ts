import { ArrayMaxSize, IsOptional, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ActivityStatus } from './activity.entity';
import { BudgetAccountCode, CostCategoryCode } from './reference.entity';

const LONG_TEXT = 20_000;

@InputType({ description: 'Narrows an activity listing; all given conditions must hold.' })
export class ActivityFilter {
  @Field(() => [CostCategoryCode], { nullable: true, description: 'Only these cost categories.' })
  @IsOptional()
  @ArrayMaxSize(10)
  categories?: CostCategoryCode[];

  @Field(() => [ActivityStatus], {
    nullable: true,
    description: 'Only activities with one of these statuses.',
  })
  @IsOptional()
  statuses?: ActivityStatus[];

  @Field(() => ID, { nullable: true, description: 'Only activities with this partner organisation.' })
  @IsOptional()
  partnerId?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Case-insensitive text in the name (Estonian or English).',
  })
  @IsOptional()
  @MaxLength(200)
  nameContains?: string;
}

@InputType({ description: 'Actions planned for a span of years.' })
export class PlannedActionInput {
  @Field(() => Int, { description: 'First year.' })
  @Min(1900)
  @Max(2200)
  fromYear: number;

  @Field(() => Int, { description: 'Last year (equal to fromYear for one year).' })
  @Min(1900)
  @Max(2200)
  toYear: number;

  @Field({ description: 'What is planned, in Estonian.' })
  @MinLength(1)
  @MaxLength(LONG_TEXT)
  description: string;
}

@InputType({ description: 'A new activity in a plan.' })
export class CreateActivityInput {
  @Field(() => ID, { description: 'The plan version the activity belongs to.' })
  planId: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Position in the plan; defaults to after the last activity.',
  })
  @IsOptional()
  @Min(1)
  @Max(999)
  number?: number;

  @Field({ description: 'Name in Estonian.' })
  @MinLength(1)
  @MaxLength(500)
  name: string;

  @Field(() => String, { nullable: true, description: 'Name in English.' })
  @IsOptional()
  @MaxLength(500)
  nameEn?: string;

  @Field({ description: 'The problem the activity addresses.' })
  @MaxLength(LONG_TEXT)
  problem: string;

  @Field({ description: 'What the measure does.' })
  @MaxLength(LONG_TEXT)
  measure: string;

  @Field({ description: 'The expected result.' })
  @MaxLength(LONG_TEXT)
  expectedResult: string;

  @Field(() => [PlannedActionInput], { nullable: true, description: 'Planned actions by span of years.' })
  @IsOptional()
  @ArrayMaxSize(20)
  plannedActions?: PlannedActionInput[];

  @Field(() => ID, { nullable: true, description: "Implementer; defaults to the plan's implementer." })
  @IsOptional()
  implementerId?: string;

  @Field(() => [ID], { nullable: true, description: 'Partner organisations.' })
  @IsOptional()
  @ArrayMaxSize(50)
  partnerIds?: string[];

  @Field(() => CostCategoryCode, { description: 'Cost category.' })
  category: CostCategoryCode;

  @Field(() => String, { nullable: true, description: "Funding source; defaults to the plan's." })
  @IsOptional()
  @MaxLength(200)
  fundingSource?: string;

  @Field(() => ActivityStatus, { nullable: true, description: 'Defaults to PLANNED.' })
  @IsOptional()
  status?: ActivityStatus;
}

@InputType({
  description: 'Changes to an activity; omitted fields stay as they are, lists are replaced whole.',
})
export class UpdateActivityInput {
  @Field(() => ID, { description: 'The activity to change.' })
  id: string;

  @Field(() => Int, { nullable: true, description: 'New position in the plan.' })
  @IsOptional()
  @Min(1)
  @Max(999)
  number?: number;

  @Field(() => String, { nullable: true, description: 'Name in Estonian.' })
  @IsOptional()
  @MinLength(1)
  @MaxLength(500)
  name?: string;

  @Field(() => String, { nullable: true, description: 'Name in English.' })
  @IsOptional()
  @MaxLength(500)
  nameEn?: string;

  @Field(() => String, { nullable: true, description: 'The problem.' })
  @IsOptional()
  @MaxLength(LONG_TEXT)
  problem?: string;

  @Field(() => String, { nullable: true, description: 'What the measure does.' })
  @IsOptional()
  @MaxLength(LONG_TEXT)
  measure?: string;

  @Field(() => String, { nullable: true, description: 'The expected result.' })
  @IsOptional()
  @MaxLength(LONG_TEXT)
  expectedResult?: string;

  @Field(() => [PlannedActionInput], { nullable: true, description: 'Replaces all planned actions.' })
  @IsOptional()
  @ArrayMaxSize(20)
  plannedActions?: PlannedActionInput[];

  @Field(() => ID, { nullable: true, description: 'Implementer.' })
  @IsOptional()
  implementerId?: string;

  @Field(() => [ID], { nullable: true, description: 'Replaces all partners.' })
  @IsOptional()
  @ArrayMaxSize(50)
  partnerIds?: string[];

  @Field(() => CostCategoryCode, { nullable: true, description: 'Cost category.' })
  @IsOptional()
  category?: number;

  @Field(() => String, { nullable: true, description: 'Funding source.' })
  @IsOptional()
  @MaxLength(200)
  fundingSource?: string;

  @Field(() => ActivityStatus, { nullable: true, description: 'Status.' })
  @IsOptional()
  status?: ActivityStatus;
}

@InputType({
  description: "Sets an activity's amount without VAT for one account and year (creates or replaces).",
})
export class SetBudgetLineInput {
  @Field(() => ID, { description: 'The activity.' })
  activityId: string;

  @Field(() => Int, { description: "Budget year, within the plan's period." })
  year: number;

  @Field(() => BudgetAccountCode, { description: 'Budget account (EA konto).' })
  account: BudgetAccountCode;

  @Field({
    description:
      'Amount without VAT as a decimal string with at most two decimals, e.g. "27097" or "27097.50".',
  })
  amountNet: string;
}

@InputType({ description: 'Removes one budget line.' })
export class RemoveBudgetLineInput {
  @Field(() => ID, { description: 'The budget line.' })
  id: string;
}

@InputType({
  description:
    'Copies a plan version (activities, actions, partners, VAT rates, budget lines) into a new version.',
})
export class CreateActionPlanVersionInput {
  @Field(() => ID, { description: 'The version to copy.' })
  sourcePlanId: string;

  @Field({ description: 'Label of the new version, e.g. "2024 muudatus".' })
  @MinLength(1)
  @MaxLength(200)
  versionLabel: string;

  @Field({
    defaultValue: false,
    description:
      "Also copy the source's declared totals. Usually false: a new version is a new document with its own totals.",
  })
  copyDeclaredFigures: boolean;
}
