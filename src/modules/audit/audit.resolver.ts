import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../common/auth';
import { toGlobalId } from '../../common/node-id';
import { connectionTypes, type Connection, PageArgs } from '../../common/pagination';
import type { Context } from '../../context';
import { User } from '../users';
import { AuditEntry } from '../../common/audit-entry.entity';
import { AuditLogFilter } from './audit.inputs';
import { listAuditEntries } from './audit.service';

export const AuditEntryConnection = connectionTypes(
  AuditEntry,
  'AuditEntry',
  'A page of audit entries, newest first.',
);

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized(Role.ADMIN)
  @Query(() => AuditEntryConnection, { description: 'Who changed what and when, newest first. Admins only.' })
  auditLog(
    @Arg('filter', () => AuditLogFilter, { nullable: true, description: 'Conditions to meet.' })
    filter: AuditLogFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<AuditEntry>> {
    return listAuditEntries(ctx, { filter, ...page });
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who made the change; null for the public.' })
  actor(@Root() entry: AuditEntry, @Ctx() ctx: Context): Promise<User | null> | null {
    return entry.actorId ? ctx.loaders.userById.load(entry.actorId) : null;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'Global ID of the changed object.' })
  targetId(@Root() entry: AuditEntry): string | null {
    return entry.targetType && entry.targetId ? toGlobalId(entry.targetType, entry.targetId) : null;
  }
}
