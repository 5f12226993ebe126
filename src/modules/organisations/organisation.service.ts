import type { Context } from '../../context';
import { InputProblems, runMutation, type MutationOutcome, findForChange } from '../../common/mutation';
import { UserErrorCode } from '../../common/user-error';
import { localUuid } from '../../common/node-id';
import { requireLocalUuid } from '../../common/node-id';
import { pageByTextSql, type Connection } from '../../common/pagination';
import { entityRows, queryRows, SqlConditions } from '../../common/sql-rows';
import { ESTONIAN_COLLATION, likePattern } from '../../common/text';
import { County } from './county.entity';
import { Organisation, OrganisationKind } from './organisation.entity';
import type {
  CreateOrganisationInput,
  OrganisationFilter,
  UpdateOrganisationInput,
} from './organisation.inputs';

/**
 * A page of organisations in Estonian alphabetical order (ties by id), filtered,
 * each with its county in the same statement (a listing of KOVs nearly always
 * shows it). Plain SQL: every front-end's organisation picker reads this.
 */
export async function listOrganisations(
  ctx: Context,
  args: { filter?: OrganisationFilter | null; first?: number | null; after?: string | null },
): Promise<Connection<Organisation>> {
  const filter = args.filter ?? {};
  const where = new SqlConditions();
  if (filter.kinds?.length) where.and(`o.kind = ANY(${where.param(filter.kinds)})`);
  if (filter.kovTypes?.length) where.and(`o.kov_type = ANY(${where.param(filter.kovTypes)})`);
  if (filter.countyIds?.length) {
    const countyIds = filter.countyIds.map((id, i) =>
      requireLocalUuid(id, 'County', `filter.countyIds.${i}`),
    );
    where.and(`o.county_id = ANY(${where.param(countyIds)})`);
  }
  if (filter.nameContains) {
    const pattern = where.param(likePattern(filter.nameContains));
    where.and(`(o.name ILIKE ${pattern} OR o.name_en ILIKE ${pattern} OR o.code ILIKE ${pattern})`);
  }
  const organisations = entityRows(ctx.dataSource, Organisation);
  const counties = entityRows(ctx.dataSource, County);
  return pageByTextSql(
    ctx.dataSource,
    { table: organisations.table, alias: 'o', sortBy: { column: 'name', value: (o) => o.name } },
    where,
    args,
    async (conditions, orderAndLimit) => {
      const rows = await queryRows(
        ctx.dataSource,
        `SELECT ${organisations.select('o')}, ${counties.select('c')}
           FROM ${organisations.table} o LEFT JOIN ${counties.table} c ON c.id = o.county_id${conditions.where()}
          ${orderAndLimit}`,
        conditions.values,
      );
      return rows.map((row) => {
        const organisation = organisations.hydrate(row, 'o')!;
        organisation.county = counties.hydrate(row, 'c') ?? undefined;
        return organisation;
      });
    },
  );
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
