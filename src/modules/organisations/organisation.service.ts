import type { Context } from '../../context';
import { InputProblems, runMutation, type MutationOutcome, findForChange } from '../../common/mutation';
import { UserErrorCode } from '../../common/user-error';
import { localUuid } from '../../common/node-id';
import { requireLocalUuid } from '../../common/node-id';
import { pageByText, type Connection } from '../../common/pagination';
import { ESTONIAN_COLLATION, likePattern } from '../../common/text';
import { County } from './county.entity';
import { Organisation, OrganisationKind } from './organisation.entity';
import type {
  CreateOrganisationInput,
  OrganisationFilter,
  UpdateOrganisationInput,
} from './organisation.inputs';

/** A page of organisations in Estonian alphabetical order, filtered. */
export async function listOrganisations(
  ctx: Context,
  args: { filter?: OrganisationFilter | null; first?: number | null; after?: string | null },
): Promise<Connection<Organisation>> {
  const filter = args.filter ?? {};
  // The county comes in the same statement (15 rows to join; a listing of KOVs nearly always shows it).
  const qb = ctx.dataSource
    .getRepository(Organisation)
    .createQueryBuilder('o')
    .leftJoinAndSelect('o.county', 'county');
  if (filter.kinds?.length) qb.andWhere('o.kind IN (:...kinds)', { kinds: filter.kinds });
  if (filter.kovTypes?.length) qb.andWhere('o.kov_type IN (:...kovTypes)', { kovTypes: filter.kovTypes });
  if (filter.countyIds?.length) {
    const countyIds = filter.countyIds.map((id, i) =>
      requireLocalUuid(id, 'County', `filter.countyIds.${i}`),
    );
    qb.andWhere('o.county_id IN (:...countyIds)', { countyIds });
  }
  if (filter.nameContains) {
    qb.andWhere('(o.name ILIKE :pattern OR o.name_en ILIKE :pattern OR o.code ILIKE :pattern)', {
      pattern: likePattern(filter.nameContains),
    });
  }
  return pageByText(qb, 'o', 'name', args);
}

/** The 15 counties in Estonian alphabetical order. */
export function listCounties(ctx: Context): Promise<County[]> {
  return ctx.dataSource
    .getRepository(County)
    .createQueryBuilder('c')
    .orderBy(`c.name COLLATE ${ESTONIAN_COLLATION}`)
    .getMany();
}

/** Adds an organisation (admins). A KOV needs its type, EHAK code and county; other kinds must not have them. */
export async function createOrganisation(
  ctx: Context,
  input: CreateOrganisationInput,
): Promise<MutationOutcome<Organisation>> {
  return runMutation(ctx, 'createOrganisation', async (em, audit) => {
    const problems = new InputProblems();
    const isKov = input.kind === OrganisationKind.KOV;
    const countyId = input.countyId ? localUuid(input.countyId, 'County') : null;
    if (input.countyId && (!countyId || !(await em.existsBy(County, { id: countyId })))) {
      problems.add(UserErrorCode.NOT_FOUND, 'countyId', 'No such county.');
    }
    if (input.ehakCode != null && !/^\d{4}$/.test(input.ehakCode)) {
      problems.add(UserErrorCode.INVALID, 'ehakCode', 'An EHAK code is four digits, e.g. "0141".');
    }
    for (const [field, value] of [
      ['kovType', input.kovType],
      ['ehakCode', input.ehakCode],
      ['countyId', input.countyId],
    ] as const) {
      if (isKov && !value) problems.add(UserErrorCode.REQUIRED, field, `A KOV needs ${field}.`);
      if (!isKov && value) problems.add(UserErrorCode.INVALID, field, `Only a KOV has ${field}.`);
    }
    problems.throwIfAny();
    const organisation = await em.save(
      em.create(Organisation, {
        name: input.name,
        nameEn: input.nameEn ?? null,
        kind: input.kind,
        code: input.code ?? null,
        kovType: input.kovType ?? null,
        ehakCode: input.ehakCode ?? null,
        countyId,
      }),
    );
    audit.record('Organisation', organisation.id, null, organisation);
    return organisation;
  });
}

/** Renames an organisation or changes its code (admins). */
export async function updateOrganisation(
  ctx: Context,
  input: UpdateOrganisationInput,
): Promise<MutationOutcome<Organisation>> {
  return runMutation(ctx, 'updateOrganisation', async (em, audit) => {
    const organisation = await findForChange(em, Organisation, input.id, {
      type: 'Organisation',
      noun: 'organisation',
    });
    const before = { ...organisation };
    if (input.name != null) organisation.name = input.name;
    if (input.nameEn !== undefined) organisation.nameEn = input.nameEn;
    if (input.code !== undefined) organisation.code = input.code;
    const saved = await em.save(organisation);
    audit.record('Organisation', organisation.id, before, saved);
    return saved;
  });
}
