import { In, type EntityManager } from 'typeorm';
import { localToday } from '../../common/local-time';
import { InputProblems, findForChange, runMutation, type MutationOutcome } from '../../common/mutation';
import type { YearlyFigure, YearlyMeasure } from '../../common/yearly-figures';
import type { Context } from '../../context';
import { ActionPlan, BudgetErrorCode, requirePlan } from '../action-plan';
import { guidesPublished } from '../knowledge-base';
import { mentorshipsCompleted } from '../mentoring';
import { kovsReachedBySeminars, seminarSatisfaction } from '../seminars';
import { kovsWithCompletedTraining } from '../training';
import { IndicatorPeriodRecord, ResultIndicator } from './progress.entity';
import { IndicatorMeasure, IndicatorUnit } from './progress.enums';
import { ProgressErrorCode } from './progress.errors';
import type { RecordIndicatorActualInput, SetIndicatorTargetInput } from './progress.inputs';
import { IndicatorPeriod } from './progress.types';

/**
 * Where each measured indicator's actual comes from: a function of the module
 * that owns the data, one SQL statement for all the plan's years. Counts are
 * "0" in a year with nothing to count; a mean has no value without answers.
 */
const MEASURES: Record<IndicatorMeasure, { figures: YearlyMeasure; isCount: boolean }> = {
  [IndicatorMeasure.KOVS_REACHED_BY_SEMINARS]: { figures: kovsReachedBySeminars, isCount: true },
  [IndicatorMeasure.KOVS_WITH_TRAINED_STAFF]: { figures: kovsWithCompletedTraining, isCount: true },
  [IndicatorMeasure.SEMINAR_SATISFACTION]: { figures: seminarSatisfaction, isCount: false },
  [IndicatorMeasure.GUIDES_PUBLISHED]: { figures: guidesPublished, isCount: true },
  [IndicatorMeasure.MENTORSHIPS_COMPLETED]: { figures: mentorshipsCompleted, isCount: true },
};

/** A measured indicator's actual in one year from its figures (all kinds added up unless narrowed to one). */
function measuredActual(indicator: ResultIndicator, figures: YearlyFigure[], year: number, thisYear: number) {
  if (year > thisYear) return null;
  const matching = figures.filter(
    (f) => f.year === year && (indicator.measureKind == null || f.kind === indicator.measureKind),
  );
  if (!MEASURES[indicator.measure!].isCount) return matching[0]?.value ?? null;
  return String(matching.reduce((sum, f) => sum + Number(f.value), 0));
}

/** Whether an actual meets its target, in the indicator's direction; null when not comparable. */
function achieved(indicator: ResultIndicator, target: string | null, actual: string | null): boolean | null {
  if (indicator.unit === IndicatorUnit.TEXT || target == null || actual == null) return null;
  return indicator.higherIsBetter ? Number(actual) >= Number(target) : Number(actual) <= Number(target);
}

/**
 * Every year of each indicator's plan period with its target and actual, for
 * a batch of indicators: the indicators, their plans and their stored periods,
 * then one statement per measure kind among them, however many indicators and years.
 */
export async function loadIndicatorPeriods(
  em: EntityManager,
  ids: readonly string[],
): Promise<Map<string, IndicatorPeriod[]>> {
  const indicators = await em.findBy(ResultIndicator, { id: In([...ids]) });
  const [plans, stored] = await Promise.all([
    em.findBy(ActionPlan, { id: In([...new Set(indicators.map((i) => i.planId))]) }),
    em.findBy(IndicatorPeriodRecord, { indicatorId: In([...ids]) }),
  ]);
  const planOf = new Map(plans.map((p) => [p.id, p]));
  const fromYear = Math.min(...plans.map((p) => p.periodStart));
  const toYear = Math.max(...plans.map((p) => p.periodEnd));
  const kinds = [...new Set(indicators.flatMap((i) => (i.measure ? [i.measure] : [])))];
  const figures = new Map(
    await Promise.all(
      kinds.map(async (kind) => [kind, await MEASURES[kind].figures(em, fromYear, toYear)] as const),
    ),
  );
  const thisYear = Number(localToday().slice(0, 4));
  const result = new Map<string, IndicatorPeriod[]>();
  for (const indicator of indicators) {
    const plan = planOf.get(indicator.planId)!;
    const periods: IndicatorPeriod[] = [];
    for (let year = plan.periodStart; year <= plan.periodEnd; year++) {
      const record = stored.find((r) => r.indicatorId === indicator.id && r.year === year);
      const target = record?.target ?? null;
      const actual = indicator.measure
        ? measuredActual(indicator, figures.get(indicator.measure)!, year, thisYear)
        : (record?.actual ?? null);
      periods.push(
        Object.assign(new IndicatorPeriod(), {
          year,
          target,
          actual,
          actualNote: indicator.measure ? null : (record?.actualNote ?? null),
          actualRecordedAt: indicator.measure ? null : (record?.actualRecordedAt ?? null),
          achieved: achieved(indicator, target, actual),
        }),
      );
    }
    result.set(indicator.id, periods);
  }
  return result;
}

/** A value in the indicator's unit, normalised; or why it is not one. */
export function parseIndicatorValue(
  unit: IndicatorUnit,
  text: string,
): { ok: true; value: string } | { ok: false; message: string } {
  const value = text.trim();
  switch (unit) {
    case IndicatorUnit.COUNT:
      return /^\d{1,9}$/.test(value)
        ? { ok: true, value: String(Number(value)) }
        : { ok: false, message: 'A count is a whole number, e.g. "40".' };
    case IndicatorUnit.PERCENT:
      return /^\d{1,3}(\.\d{1,2})?$/.test(value) && Number(value) <= 100
        ? { ok: true, value }
        : { ok: false, message: 'A percentage is 0–100 with at most two decimals, e.g. "62.5".' };
    case IndicatorUnit.SCORE:
      return /^\d{1,2}(\.\d{1,2})?$/.test(value) && Number(value) >= 1 && Number(value) <= 10
        ? { ok: true, value }
        : { ok: false, message: 'A score is 1–10 with at most two decimals, e.g. "5.63".' };
    case IndicatorUnit.TEXT:
      return value ? { ok: true, value } : { ok: false, message: 'Write the milestone in words.' };
  }
}

/** The plan's indicators in order, each remembering which year its periods are read for. */
export async function listIndicators(
  ctx: Context,
  planGlobalId: string,
  year: number | null,
): Promise<ResultIndicator[]> {
  const plan = await requirePlan(ctx, planGlobalId);
  const indicators = await ctx.dataSource
    .getRepository(ResultIndicator)
    .find({ where: { planId: plan.id }, order: { position: 'ASC' } });
  return indicators.map((i) => Object.assign(i, { periodYear: year }));
}

/** The indicator named by a mutation input, locked, and the year checked against its plan's period. */
async function indicatorForChange(
  em: EntityManager,
  globalId: string,
  year: number,
  problems: InputProblems,
) {
  const indicator = await findForChange(em, ResultIndicator, globalId, {
    type: 'ResultIndicator',
    noun: 'result indicator',
    field: 'indicatorId',
  });
  const plan = await em.findOneByOrFail(ActionPlan, { id: indicator.planId });
  if (!Number.isInteger(year) || year < plan.periodStart || year > plan.periodEnd) {
    problems.add(
      BudgetErrorCode.YEAR_OUTSIDE_PERIOD,
      'year',
      `The year must be within the plan period ${plan.periodStart}–${plan.periodEnd}.`,
    );
  }
  return indicator;
}

/** Upserts an indicator's row for one year with the given columns, returning the row before. */
type PeriodChanges = Partial<
  Pick<IndicatorPeriodRecord, 'target' | 'actual' | 'actualNote' | 'actualRecordedById' | 'actualRecordedAt'>
>;

async function savePeriod(em: EntityManager, indicatorId: string, year: number, changes: PeriodChanges) {
  const before = await em.findOne(IndicatorPeriodRecord, {
    where: { indicatorId, year },
    lock: { mode: 'pessimistic_write' },
  });
  await em.upsert(IndicatorPeriodRecord, { indicatorId, year, ...changes }, ['indicatorId', 'year']);
  const after = await em.findOneByOrFail(IndicatorPeriodRecord, { indicatorId, year });
  return { before, after };
}

/** Sets or clears an indicator's target for a year. */
export function setIndicatorTarget(
  ctx: Context,
  input: SetIndicatorTargetInput,
): Promise<MutationOutcome<ResultIndicator>> {
  return runMutation(ctx, 'setIndicatorTarget', async (em, audit) => {
    const problems = new InputProblems();
    const indicator = await indicatorForChange(em, input.indicatorId, input.year, problems);
    const parsed = input.target == null ? null : parseIndicatorValue(indicator.unit, input.target);
    if (parsed && !parsed.ok)
      problems.add(ProgressErrorCode.INVALID_INDICATOR_VALUE, 'target', parsed.message);
    problems.throwIfAny();
    const target = parsed?.ok ? parsed.value : null;
    const { before, after } = await savePeriod(em, indicator.id, input.year, { target });
    audit.record(
      'ResultIndicator',
      indicator.id,
      { year: input.year, target: before?.target ?? null },
      { year: input.year, target: after.target },
    );
    return indicator;
  });
}

/** Records what an entered indicator achieved in a year, with where the figure comes from. */
export function recordIndicatorActual(
  ctx: Context,
  input: RecordIndicatorActualInput,
): Promise<MutationOutcome<ResultIndicator>> {
  return runMutation(ctx, 'recordIndicatorActual', async (em, audit) => {
    const problems = new InputProblems();
    const indicator = await indicatorForChange(em, input.indicatorId, input.year, problems);
    if (indicator.measure) {
      problems.add(
        ProgressErrorCode.INDICATOR_MEASURED,
        'indicatorId',
        'This indicator is measured from the product’s own data; its actual cannot be entered.',
      );
    }
    const parsed = parseIndicatorValue(indicator.unit, input.value);
    if (!parsed.ok) problems.add(ProgressErrorCode.INVALID_INDICATOR_VALUE, 'value', parsed.message);
    problems.throwIfAny();
    const { before, after } = await savePeriod(em, indicator.id, input.year, {
      actual: (parsed as { value: string }).value,
      actualNote: input.note?.trim() || null,
      actualRecordedById: ctx.user!.id,
      actualRecordedAt: new Date(),
    });
    const view = (r: IndicatorPeriodRecord | null) => ({
      year: input.year,
      actual: r?.actual ?? null,
      actualNote: r?.actualNote ?? null,
    });
    audit.record('ResultIndicator', indicator.id, view(before), view(after));
    return indicator;
  });
}
