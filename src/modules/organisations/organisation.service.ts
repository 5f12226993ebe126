import type { Context } from '../../context';
import { requireLocalUuid } from '../../common/node-id';
import { decodeCursor, pageSize, toConnection, type Connection } from '../../common/pagination';
import { County } from './county.entity';
import { Organisation } from './organisation.entity';
import type { OrganisationFilter } from './organisation.inputs';

/** Estonian alphabetical order (š, z, ž, t … õ, ä, ö, ü), from PostgreSQL's ICU collation. */
export const ESTONIAN_COLLATION = '"et-x-icu"';

/** Escapes LIKE wildcards so user text matches literally. */
export const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** A page of organisations in Estonian alphabetical order, filtered. */
export async function listOrganisations(
  ctx: Context,
  args: { filter?: OrganisationFilter | null; first?: number | null; after?: string | null },
): Promise<Connection<Organisation>> {
  const limit = pageSize(args.first);
  const filter = args.filter ?? {};
  const qb = ctx.dataSource.getRepository(Organisation).createQueryBuilder('o');
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
  const totalCount = await qb.getCount();
  if (args.after) {
    const [name, id] = decodeCursor(args.after, ['string', 'string']);
    qb.andWhere(`(o.name COLLATE ${ESTONIAN_COLLATION}, o.id) > (:name COLLATE ${ESTONIAN_COLLATION}, :id)`, {
      name,
      id,
    });
  }
  const rows = await qb
    .orderBy(`o.name COLLATE ${ESTONIAN_COLLATION}`, 'ASC')
    .addOrderBy('o.id', 'ASC')
    .take(limit + 1)
    .getMany();
  return toConnection(rows, limit, (o) => [o.name, o.id], totalCount, Boolean(args.after));
}

/** The 15 counties in Estonian alphabetical order. */
export function listCounties(ctx: Context): Promise<County[]> {
  return ctx.dataSource
    .getRepository(County)
    .createQueryBuilder('c')
    .orderBy(`c.name COLLATE ${ESTONIAN_COLLATION}`)
    .getMany();
}
