import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Role } from '../../common/auth';
import { Money, addAmounts, money } from '../../common/money';
import { PageArgs, type Connection } from '../../common/pagination';
import type { Context } from '../../context';
import {
  ActionPlan,
  Activity,
  ActivityPayload,
  BudgetAccount,
  BudgetDimension,
  VatMode,
  budgetKeyFields,
} from '../action-plan';
import { renderMarkdown } from '../knowledge-base';
import { User } from '../users';
import { activityTimeline, addActivityProgressNote, setActivityStatus } from './activity-progress.service';
import { planProgress } from './dashboard.service';
import { budgetExecution } from './execution.service';
import {
  listExpenditures,
  recordExpenditure,
  reverseExpenditure,
  type ExpenditureOutcome,
} from './expenditure.service';
import { listIndicators, recordIndicatorActual, setIndicatorTarget } from './indicator.service';
import { ActivityProgressNote, Expenditure, ResultIndicator } from './progress.entity';
import {
  AddActivityProgressNoteInput,
  RecordExpenditureInput,
  RecordIndicatorActualInput,
  ReverseExpenditureInput,
  SetActivityStatusInput,
  SetIndicatorTargetInput,
} from './progress.inputs';
import {
  ActivityProgress,
  ActivityProgressNoteConnection,
  BudgetExecution,
  BudgetExecutionRow,
  ExpenditureConnection,
  ExpenditurePayload,
  IndicatorPeriod,
  IndicatorValue,
  PlanProgress,
  ResultIndicatorPayload,
  toExecutionRow,
} from './progress.types';
import type { MutationOutcome } from '../../common/mutation';

const expenditurePayload = ({
  value,
  userErrors,
}: MutationOutcome<ExpenditureOutcome>): ExpenditurePayload => ({
  expenditure: value?.expenditure ?? null,
  overPlan: value?.overPlan ?? false,
  userErrors,
});

const indicatorPayload = ({
  value,
  userErrors,
}: MutationOutcome<ResultIndicator>): ResultIndicatorPayload => ({
  indicator: value,
  userErrors,
});

const planIdArg = { description: 'The plan version.' };

@Resolver()
export class ProgressResolver {
  @Authorized()
  @Query(() => BudgetExecution, {
    description:
      'Planned against actual spending by the given dimensions, without or with VAT. Planned equals budgetSummary. Signed-in people.',
  })
  async budgetExecution(
    @Arg('planId', () => ID, planIdArg) planId: string,
    @Arg('groupBy', () => [BudgetDimension], {
      description: 'Dimensions to group by; empty for the total only.',
    })
    groupBy: BudgetDimension[],
    @Arg('vat', () => VatMode, {
      description: 'Without (NET) or with (GROSS) VAT; actual GROSS is what was paid.',
    })
    vat: VatMode,
    @Ctx() ctx: Context,
  ): Promise<BudgetExecution> {
    const execution = await budgetExecution(ctx, planId, groupBy, vat);
    return { rows: execution.rows.map(toExecutionRow), total: toExecutionRow(execution.total) };
  }

  @Authorized()
  @Query(() => [ResultIndicator], {
    description:
      'The plan’s result indicators in order (the plan’s own, then per activity). Signed-in people.',
  })
  indicators(
    @Arg('planId', () => ID, planIdArg) planId: string,
    @Arg('year', () => Int, {
      nullable: true,
      description: 'Only this year in `periods`; every year when left out.',
    })
    year: number | null,
    @Ctx() ctx: Context,
  ): Promise<ResultIndicator[]> {
    return listIndicators(ctx, planId, year ?? null);
  }

  @Authorized()
  @Query(() => PlanProgress, {
    description:
      'The plan’s dashboard in one request: per activity its status, planned against actual, indicators and latest note. Signed-in people.',
  })
  planProgress(
    @Arg('planId', () => ID, planIdArg) planId: string,
    @Arg('year', () => Int, {
      nullable: true,
      description: 'The year to report on; the whole period when left out.',
    })
    year: number | null,
    @Arg('vat', () => VatMode, {
      defaultValue: VatMode.NET,
      description: 'Without (NET, default) or with VAT.',
    })
    vat: VatMode,
    @Ctx() ctx: Context,
  ): Promise<PlanProgress> {
    return planProgress(ctx, planId, year ?? null, vat);
  }

  @Authorized()
  @Query(() => ExpenditureConnection, {
    description: 'The plan’s expenditures, newest entry first, reversals included. ELVL staff only.',
  })
  expenditures(
    @Arg('planId', () => ID, planIdArg) planId: string,
    @Arg('activityId', () => ID, { nullable: true, description: 'Only this activity’s.' })
    activityId: string | null,
    @Arg('year', () => Int, { nullable: true, description: 'Only those counting to this year.' })
    year: number | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<Expenditure>> {
    return listExpenditures(ctx, { planId, activityId, year, ...page });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ExpenditurePayload, {
    description:
      'Records money spent on an activity; spending beyond the plan is recorded and flagged. Admins only.',
  })
  async recordExpenditure(
    @Arg('input', () => RecordExpenditureInput, { description: 'The mutation input.' })
    input: RecordExpenditureInput,
    @Ctx() ctx: Context,
  ): Promise<ExpenditurePayload> {
    return expenditurePayload(await recordExpenditure(ctx, input));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ExpenditurePayload, {
    description: 'Corrects an expenditure by a reversing entry; both stay in the history. Admins only.',
  })
  async reverseExpenditure(
    @Arg('input', () => ReverseExpenditureInput, { description: 'The mutation input.' })
    input: ReverseExpenditureInput,
    @Ctx() ctx: Context,
  ): Promise<ExpenditurePayload> {
    return expenditurePayload(await reverseExpenditure(ctx, input));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ActivityPayload, { description: 'Sets where an activity stands (audited). Admins only.' })
  async setActivityStatus(
    @Arg('input', () => SetActivityStatusInput, { description: 'The mutation input.' })
    input: SetActivityStatusInput,
    @Ctx() ctx: Context,
  ): Promise<ActivityPayload> {
    const { value, userErrors } = await setActivityStatus(ctx, input);
    return { activity: value, userErrors };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ActivityPayload, {
    description: 'Adds a dated note to an activity’s timeline. Admins only.',
  })
  async addActivityProgressNote(
    @Arg('input', () => AddActivityProgressNoteInput, { description: 'The mutation input.' })
    input: AddActivityProgressNoteInput,
    @Ctx() ctx: Context,
  ): Promise<ActivityPayload> {
    const { value, userErrors } = await addActivityProgressNote(ctx, input);
    return { activity: value?.activity ?? null, userErrors };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ResultIndicatorPayload, {
    description: 'Sets or clears an indicator’s target for a year. Admins only.',
  })
  async setIndicatorTarget(
    @Arg('input', () => SetIndicatorTargetInput, { description: 'The mutation input.' })
    input: SetIndicatorTargetInput,
    @Ctx() ctx: Context,
  ): Promise<ResultIndicatorPayload> {
    return indicatorPayload(await setIndicatorTarget(ctx, input));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ResultIndicatorPayload, {
    description: 'Records what an entered (not measured) indicator achieved in a year. Admins only.',
  })
  async recordIndicatorActual(
    @Arg('input', () => RecordIndicatorActualInput, { description: 'The mutation input.' })
    input: RecordIndicatorActualInput,
    @Ctx() ctx: Context,
  ): Promise<ResultIndicatorPayload> {
    return indicatorPayload(await recordIndicatorActual(ctx, input));
  }
}

@Resolver(() => Expenditure)
export class ExpenditureResolver {
  @FieldResolver(() => Activity, { description: 'The activity the money was spent on.' })
  async activity(@Root() e: Expenditure, @Ctx() ctx: Context): Promise<Activity> {
    return (await ctx.loaders.activityById.load(e.activityId))!;
  }

  @FieldResolver(() => BudgetAccount, { description: 'The budget account (EA konto).' })
  async account(@Root() e: Expenditure, @Ctx() ctx: Context): Promise<BudgetAccount> {
    return (await ctx.loaders.budgetAccountByCode.load(e.accountCode))!;
  }

  @FieldResolver(() => Money, { description: 'Amount without VAT; negative on a reversing entry.' })
  amountNet(@Root() e: Expenditure): Money {
    return money(e.amountNet);
  }

  @FieldResolver(() => Money, {
    description: 'VAT paid: as entered from the invoice, or derived from the rate.',
  })
  vatAmount(@Root() e: Expenditure): Money {
    return money(e.vatAmount);
  }

  @FieldResolver(() => Money, { description: 'Amount with VAT (amountNet + vatAmount).' })
  amountGross(@Root() e: Expenditure): Money {
    return money(addAmounts(e.amountNet, e.vatAmount));
  }

  @FieldResolver(() => Expenditure, {
    nullable: true,
    description: 'The entry this one reverses, if it is a reversal.',
  })
  reverses(@Root() e: Expenditure, @Ctx() ctx: Context): Promise<Expenditure | null> | null {
    return e.reversesId ? ctx.loaders.expenditureById.load(e.reversesId) : null;
  }

  @FieldResolver(() => Expenditure, {
    nullable: true,
    description: 'The entry that reversed this one, if any.',
  })
  reversedBy(@Root() e: Expenditure, @Ctx() ctx: Context): Promise<Expenditure | null> {
    return ctx.loaders.reversalOf.load(e.id);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who recorded it.' })
  recordedBy(@Root() e: Expenditure, @Ctx() ctx: Context): Promise<User | null> {
    return ctx.loaders.userById.load(e.recordedById);
  }
}

export const BudgetExecutionRowFields = budgetKeyFields(BudgetExecutionRow, (row) => row, {
  activity: 'null unless grouped by ACTIVITY',
  category: 'null unless grouped by CATEGORY',
  account: 'null unless grouped by ACCOUNT',
});

@Resolver(() => ResultIndicator)
export class ResultIndicatorResolver {
  @FieldResolver(() => Boolean, {
    description: 'True when the actual is computed from the product’s own data.',
  })
  measured(@Root() indicator: ResultIndicator): boolean {
    return indicator.measure !== null;
  }

  @FieldResolver(() => Activity, {
    nullable: true,
    description: 'The activity; null for an indicator of the whole plan.',
  })
  activity(@Root() indicator: ResultIndicator, @Ctx() ctx: Context): Promise<Activity | null> | null {
    return indicator.activityId ? ctx.loaders.activityById.load(indicator.activityId) : null;
  }

  @FieldResolver(() => IndicatorValue, {
    nullable: true,
    description: 'Where it started (year and value), if known.',
  })
  baseline(@Root() indicator: ResultIndicator): IndicatorValue | null {
    if (indicator.baselineYear == null || indicator.baselineValue == null) return null;
    return Object.assign(new IndicatorValue(), {
      year: indicator.baselineYear,
      value: indicator.baselineValue,
    });
  }

  @FieldResolver(() => [IndicatorPeriod], {
    description:
      'Target and actual for each year of the plan (only the asked year, where a query names one).',
  })
  async periods(@Root() indicator: ResultIndicator, @Ctx() ctx: Context): Promise<IndicatorPeriod[]> {
    const periods = await ctx.loaders.indicatorPeriods.load(indicator.id);
    return indicator.periodYear == null ? periods : periods.filter((p) => p.year === indicator.periodYear);
  }
}

@Resolver(() => ActivityProgressNote)
export class ActivityProgressNoteResolver {
  @FieldResolver(() => Activity, { description: 'The activity.' })
  async activity(@Root() note: ActivityProgressNote, @Ctx() ctx: Context): Promise<Activity> {
    return (await ctx.loaders.activityById.load(note.activityId))!;
  }

  @FieldResolver(() => String, { description: 'The note rendered to HTML and sanitised (safe to insert).' })
  bodyHtml(@Root() note: ActivityProgressNote): string {
    return renderMarkdown(note.body);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who wrote it.' })
  author(@Root() note: ActivityProgressNote, @Ctx() ctx: Context): Promise<User | null> | null {
    return note.authorId ? ctx.loaders.userById.load(note.authorId) : null;
  }
}

@Resolver(() => ActivityProgress)
export class ActivityProgressResolver {
  @FieldResolver(() => Activity, { description: 'The activity.' })
  async activity(@Root() row: ActivityProgress, @Ctx() ctx: Context): Promise<Activity> {
    return (await ctx.loaders.activityById.load(row.activityId))!;
  }

  @FieldResolver(() => ActivityProgressNote, {
    nullable: true,
    description: 'The newest note of the timeline.',
  })
  latestNote(@Root() row: ActivityProgress, @Ctx() ctx: Context): Promise<ActivityProgressNote | null> {
    return ctx.loaders.latestProgressNote.load(row.activityId);
  }
}

@Resolver(() => PlanProgress)
export class PlanProgressResolver {
  @FieldResolver(() => ActionPlan, { description: 'The plan version.' })
  async plan(@Root() progress: PlanProgress, @Ctx() ctx: Context): Promise<ActionPlan> {
    return (await ctx.loaders.actionPlanById.load(progress.planId))!;
  }
}

/** What signed-in people see of an activity's progress, beside the plan's public text. */
@Resolver(() => Activity)
export class ActivityProgressFieldsResolver {
  @Authorized()
  @FieldResolver(() => ActivityProgressNoteConnection, {
    description: 'Dated progress notes, latest first. Signed-in people.',
  })
  timeline(
    @Root() activity: Activity,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<ActivityProgressNote>> {
    return activityTimeline(ctx, activity.id, page);
  }

  @Authorized()
  @FieldResolver(() => [ResultIndicator], {
    description: 'The activity’s result indicators. Signed-in people.',
  })
  indicators(@Root() activity: Activity, @Ctx() ctx: Context): Promise<ResultIndicator[]> {
    return ctx.loaders.indicatorsByActivityId.load(activity.id);
  }
}
