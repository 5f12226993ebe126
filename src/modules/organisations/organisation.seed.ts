import type { EntityManager } from 'typeorm';
import { planOrganisations } from '../../../seeds/action-plan/plan-2023';
import { readCsv } from '../../../seeds/csv';
import { County } from './county.entity';
import { KovType, Organisation, OrganisationKind } from './organisation.entity';

/** The 15 counties and 79 KOVs (EHAK 2024v1), upserted by EHAK code. */
async function seedCountiesAndKovs(em: EntityManager): Promise<void> {
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

/** ELVL and the state partners the plan names, upserted by code. */
async function seedPartnerOrganisations(em: EntityManager): Promise<void> {
  await em
    .createQueryBuilder()
    .insert()
    .into(Organisation)
    .values(planOrganisations.map((o) => ({ ...o, kind: o.kind as OrganisationKind })))
    .orUpdate(['name', 'name_en', 'kind'], ['code'])
    .execute();
}

/** Organisation ids by their code ("ELVL", "RIA"), for seed data that names organisations. */
export async function organisationIdsByCode(em: EntityManager): Promise<Map<string, string>> {
  const rows = await em.find(Organisation);
  return new Map(rows.filter((o) => o.code).map((o) => [o.code!, o.id]));
}

/** The id of the organisation with this code or KOV EHAK code ("ELVL", "0784"); throws if there is none. */
export async function organisationIdByCode(em: EntityManager, code: string): Promise<string> {
  const organisation = await em.findOneOrFail(Organisation, { where: [{ code }, { ehakCode: code }] });
  return organisation.id;
}

/** Counties, KOVs and partner organisations. */
export async function seedOrganisations(em: EntityManager): Promise<void> {
  await seedCountiesAndKovs(em);
  await seedPartnerOrganisations(em);
}
