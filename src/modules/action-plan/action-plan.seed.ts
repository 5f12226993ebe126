import type { EntityManager } from 'typeorm';
import { actionPlan2023 } from '../../../seeds/action-plan/plan-2023';
import type { ActionPlanSeed } from '../../../seeds/action-plan/types';
import { budgetAccounts, costCategories } from '../../../seeds/reference';
import type { SeedOptions } from '../../module';
import { organisationIdsByCode } from '../organisations';
import { ActionPlan, PlanVatRate } from './action-plan.entity';
import { Activity, ActivityPartner, PlannedAction } from './activity.entity';
import { BudgetLine, DeclaredBudgetFigure, DeclaredTable, VatMode } from './budget.entity';
import { BudgetAccount, CostCategory } from './reference.entity';

export const ACTION_PLAN_KEY = 'elvl-digipoore-2023-2026';

async function seedReference(em: EntityManager): Promise<void> {
  await em.upsert(BudgetAccount, budgetAccounts, ['code']);
  await em.upsert(CostCategory, costCategories, ['number']);
}

/** Inserts a plan version with everything in it, unless that version exists. */
async function seedPlan(
  em: EntityManager,
  seed: ActionPlanSeed,
  versionNumber: number,
  orgs: Map<string, string>,
): Promise<boolean> {
  if (await em.existsBy(ActionPlan, { planKey: ACTION_PLAN_KEY, versionNumber })) return false;
  const org = (code: string) => {
    const id = orgs.get(code);
    if (!id) throw new Error(`Seed names unknown organisation ${code}`);
    return id;
  };
  const plan = await em.save(
    em.create(ActionPlan, {
      planKey: ACTION_PLAN_KEY,
      versionNumber,
      versionLabel: seed.versionLabel,
      title: seed.title,
      titleEn: seed.titleEn,
      implementerId: org(seed.implementer),
      legalBasis: seed.legalBasis,
      legalBasisDate: seed.legalBasisDate,
      periodStart: seed.periodStart,
      periodEnd: seed.periodEnd,
      transformationGoal: seed.transformationGoal,
      planGoal: seed.planGoal,
      approver: seed.approver,
      fundingSource: seed.fundingSource,
      vatRoundingScale: seed.vatRoundingScale,
    }),
  );
  await em.insert(
    PlanVatRate,
    Object.entries(seed.vatRates).map(([year, rate]) => ({ planId: plan.id, year: Number(year), rate })),
  );
  const activityIds = new Map<number, string>();
  for (const a of seed.activities) {
    const activity = await em.save(
      em.create(Activity, {
        planId: plan.id,
        number: a.number,
        name: a.name,
        nameEn: a.nameEn,
        problem: a.problem,
        measure: a.measure,
        expectedResult: a.expectedResult,
        implementerId: org(a.implementer),
        categoryNumber: a.category,
        fundingSource: a.fundingSource,
      }),
    );
    activityIds.set(a.number, activity.id);
    const actions = [
      { fromYear: 2024, toYear: 2024, description: a.actions2024 },
      { fromYear: 2025, toYear: 2026, description: a.actions2025_2026 },
    ].filter((x) => x.description.trim() !== '');
    if (actions.length)
      await em.insert(
        PlannedAction,
        actions.map((x) => ({ ...x, activityId: activity.id })),
      );
    if (a.partners.length) {
      await em.insert(
        ActivityPartner,
        a.partners.map((code) => ({ activityId: activity.id, organisationId: org(code) })),
      );
    }
    await em.insert(
      BudgetLine,
      a.lines.map((l) => ({
        activityId: activity.id,
        year: l.year,
        accountCode: l.account,
        amountNet: l.amountNet,
      })),
    );
  }
  await em.insert(
    DeclaredBudgetFigure,
    seed.declaredFigures.map((f, position) => ({
      planId: plan.id,
      position,
      sourceTable: f.table as DeclaredTable,
      vat: f.vat as VatMode,
      year: f.year,
      categoryNumber: f.category,
      accountCode: f.account,
      activityId: f.activity === null ? null : activityIds.get(f.activity)!,
      amount: f.amount,
      label: f.label,
    })),
  );
  return true;
}

/** The seeded 2023 plan (version 1), which other modules' seed data refers to. */
export function findSeededPlan(em: EntityManager): Promise<ActionPlan> {
  return em.findOneByOrFail(ActionPlan, { planKey: ACTION_PLAN_KEY, versionNumber: 1 });
}

/**
 * Budget accounts, cost categories and the 2023 action plan. Reference rows
 * are upserted; a plan version that already exists is left untouched (it may
 * have been edited through the API since).
 */
export async function seedActionPlan(em: EntityManager, _options: SeedOptions): Promise<void> {
  await seedReference(em);
  await seedPlan(em, actionPlan2023, 1, await organisationIdsByCode(em));
}
