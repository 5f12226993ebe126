import { isAdmin } from '../../common/auth';
import { AuditEntry } from '../../common/audit-entry.entity';
import { fromGlobalId, requireLocalUuid } from '../../common/node-id';
import { decodeCursor, pageSize, toConnection, type Connection } from '../../common/pagination';
import type { Context } from '../../context';
import { badInput } from '../../errors';
import type { AuditLogFilter } from './audit.inputs';

/**
 * Entries are written with microseconds but cursors carry milliseconds (ISO-8601): both sides compare at
 * milliseconds, so entries of the same millisecond are neither skipped nor repeated between pages.
 */
const SORT_KEY = "date_trunc('milliseconds', a.at)";

/** Who changed what and when, newest first (admins; the resolver checks the role). */
export async function listAuditEntries(
  ctx: Context,
  { filter, first, after }: { filter: AuditLogFilter | null; first?: number | null; after?: string | null },
): Promise<Connection<AuditEntry>> {
  const limit = pageSize(first);
  const qb = ctx.dataSource.getRepository(AuditEntry).createQueryBuilder('a');
  if (filter?.actorId)
    qb.andWhere('a.actor_id = :actor', {
      actor: requireLocalUuid(filter.actorId, 'User', 'filter.actorId'),
    });
  if (filter?.targetId) {
    const target = fromGlobalId(filter.targetId);
    if (!target) throw badInput('"filter.targetId" is not a valid ID.', 'filter.targetId');
    qb.andWhere('a.target_type = :type AND a.target_id::text = :id', {
      type: target.type,
      id: target.localId,
    });
  }
  if (filter?.targetType) qb.andWhere('a.target_type = :targetType', { targetType: filter.targetType });
  if (filter?.from) qb.andWhere('a.at >= :from', { from: filter.from });
  if (filter?.to) qb.andWhere('a.at < :to', { to: filter.to });
  const counted = qb.clone(); // counted only if totalCount is asked for
  if (after) {
    const [at, id] = decodeCursor(after, ['moment', 'uuid']);
    qb.andWhere(`(${SORT_KEY}, a.id) < (:at, :id)`, { at, id });
  }
  const rows = await qb
    .orderBy(SORT_KEY, 'DESC')
    .addOrderBy('a.id', 'DESC')
    .take(limit + 1)
    .getMany();
  return toConnection(
    rows,
    limit,
    (a) => [a.at.toISOString(), a.id],
    () => counted.getCount(),
    Boolean(after),
  );
}

/** One audit entry for `node(id:)`: admins only, like the log itself. */
export async function findAuditEntry(ctx: Context, id: string): Promise<AuditEntry | null> {
  return isAdmin(ctx.user) ? ctx.dataSource.getRepository(AuditEntry).findOneBy({ id }) : null;
}
