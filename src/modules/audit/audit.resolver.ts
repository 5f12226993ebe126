import { IsOptional } from 'class-validator';
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Role } from '../../common/auth';
import { fromGlobalId, requireLocalUuid, toGlobalId } from '../../common/node-id';
import {
  connectionTypes,
  decodeCursor,
  pageSize,
  toConnection,
  type Connection,
} from '../../common/pagination';
import type { Context } from '../../context';
import { badInput } from '../../errors';
import { User } from '../users/user.entity';
import { AuditEntry } from './audit-entry.entity';

@InputType({ description: 'Narrows the audit log; all given conditions must hold.' })
export class AuditLogFilter {
  @Field(() => ID, { nullable: true, description: 'Only changes made by this user.' })
  @IsOptional()
  actorId?: string;

  @Field(() => ID, { nullable: true, description: 'Only changes to this object (any global ID).' })
  @IsOptional()
  targetId?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Only changes to objects of this type, e.g. "BudgetLine".',
  })
  @IsOptional()
  targetType?: string;

  @Field(() => Date, { nullable: true, description: 'Only changes at or after this time.' })
  @IsOptional()
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Only changes before this time.' })
  @IsOptional()
  to?: Date;
}

export const AuditEntryConnection = connectionTypes(
  AuditEntry,
  'AuditEntry',
  'A page of audit entries, newest first.',
);

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized(Role.ADMIN)
  @Query(() => AuditEntryConnection, { description: 'Who changed what and when, newest first. Admins only.' })
  async auditLog(
    @Arg('filter', () => AuditLogFilter, { nullable: true, description: 'Conditions to meet.' })
    filter: AuditLogFilter | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, at most 100 (default 20).' })
    first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' })
    after: string | null,
    @Ctx() ctx: Context,
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
    const totalCount = await qb.getCount();
    if (after) {
      const [at, id] = decodeCursor(after, ['string', 'string']);
      qb.andWhere('(a.at, a.id) < (:at, :id)', { at, id });
    }
    const rows = await qb
      .orderBy('a.at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .take(limit + 1)
      .getMany();
    return toConnection(rows, limit, (a) => [a.at.toISOString(), a.id], totalCount, Boolean(after));
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
