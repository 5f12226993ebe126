import type { EntityManager } from 'typeorm';
import { County } from '../src/modules/organisations/county.entity';
import { KovType, Organisation, OrganisationKind } from '../src/modules/organisations/organisation.entity';
import { planOrganisations } from './action-plan/plan-2023';
import { readCsv } from './csv';

/** The 15 counties and 79 KOVs (EHAK 2024v1), upserted by EHAK code. */
export async function seedCountiesAndKovs(em: EntityManager): Promise<void> {
  const counties = readCsv('counties.csv').map((c) => ({
    ehakCode: c.ehak,
    name: c.name_et,
    shortName: c.name,
  }));
  await em.upsert(County, counties, ['ehakCode']);
  const countyIds = new Map((await em.find(County)).map((c) => [c.shortName, c.id]));

  const kovs = readCsv('kov.csv').map((k) => {
    const countyId = countyIds.get(k.county);
    if (!countyId) throw new Error(`kov.csv: unknown county "${k.county}" for ${k.name}`);
    if (!/^\d{4}$/.test(k.ehak)) throw new Error(`kov.csv: EHAK code of ${k.name} must be four digits`);
    return {
      name: k.name,
      kind: OrganisationKind.KOV,
      kovType: k.type === 'linn' ? KovType.LINN : KovType.VALD,
      ehakCode: k.ehak,
      countyId,
    };
  });
  await em
    .createQueryBuilder()
    .insert()
    .into(Organisation)
    .values(kovs)
    .orUpdate(['name', 'kind', 'kov_type', 'county_id'], ['ehak_code'])
    .execute();
}

/** ELVL and the state partners the plan names, upserted by code; returns code → id. */
export async function seedPartnerOrganisations(em: EntityManager): Promise<Map<string, string>> {
  await em
    .createQueryBuilder()
    .insert()
    .into(Organisation)
    .values(planOrganisations.map((o) => ({ ...o, kind: o.kind as OrganisationKind })))
    .orUpdate(['name', 'name_en', 'kind'], ['code'])
    .execute();
  const rows = await em.find(Organisation);
  return new Map(rows.filter((o) => o.code).map((o) => [o.code!, o.id]));
}
