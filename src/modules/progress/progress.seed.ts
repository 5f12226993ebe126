import type { EntityManager } from 'typeorm';
import { indicators2023 } from '../../../seeds/action-plan/indicators';
import { statutoryVatRates } from '../../../seeds/reference';
import type { SeedOptions } from '../../module';
import { Activity, findSeededPlan } from '../action-plan';
import { IndicatorPeriodRecord, ResultIndicator, StatutoryVatRate } from './progress.entity';
import type { IndicatorMeasure, IndicatorUnit } from './progress.enums';

/**
 * The statutory VAT rates (upserted) and the 2023 plan's result indicators
 * with the targets its text states. An indicator that exists is left as it
 * is (ELVL may have changed its targets since).
 */
export async function seedProgress(em: EntityManager, _options: SeedOptions): Promise<void> {
  await em.upsert(StatutoryVatRate, statutoryVatRates, ['validFrom']);
  const plan = await findSeededPlan(em);
  const activities = await em.findBy(Activity, { planId: plan.id });
  const existing = new Set((await em.findBy(ResultIndicator, { planId: plan.id })).map((i) => i.key));
  for (const [position, seed] of indicators2023.entries()) {
    if (existing.has(seed.key)) continue;
    const indicator = await em.save(
      em.create(ResultIndicator, {
        planId: plan.id,
        activityId: seed.activity === null ? null : activities.find((a) => a.number === seed.activity)!.id,
        key: seed.key,
        position: position + 1,
        name: seed.name,
        nameEn: seed.nameEn,
        description: seed.description,
        unit: seed.unit as IndicatorUnit,
        higherIsBetter: seed.higherIsBetter ?? true,
        baselineYear: seed.baseline?.year ?? null,
        baselineValue: seed.baseline?.value ?? null,
        measure: (seed.measure ?? null) as IndicatorMeasure | null,
        measureKind: seed.measureKind ?? null,
      }),
    );
    const targets = Object.entries(seed.targets ?? {});
    if (targets.length) {
      await em.insert(
        IndicatorPeriodRecord,
        targets.map(([year, target]) => ({ indicatorId: indicator.id, year: Number(year), target })),
      );
    }
  }
}
