import type { Logger } from 'pino';
import {
  QueryFailedError,
  type DataSource,
  type EntityManager,
  type FindOptionsWhere,
  type ObjectLiteral,
} from 'typeorm';
import type { AuthUser } from './auth';
import { AuditTrail } from './audit-trail';
import { localUuid } from './node-id';
import { UserError, UserErrorCode, UserInputFailure, userError } from './user-error';

/** Collects input problems; `throwIfAny` aborts the surrounding transaction with them. */
export class InputProblems {
  readonly list: UserError[] = [];

  add(code: string, field: string | null, message: string): this {
    this.list.push(userError(code, field, message));
    return this;
  }

  throwIfAny(): void {
    if (this.list.length > 0) throw new UserInputFailure(this.list);
  }
}

export const failWith = (code: string, field: string | null, message: string): never => {
  throw new UserInputFailure([userError(code, field, message)]);
};

/** What a mutation needs of the request context (the app's Context has it all). */
export interface MutationContext {
  dataSource: DataSource;
  user: AuthUser | null;
  requestId: string;
  log: Logger;
}

export type MutationOutcome<T> = { value: T; userErrors: [] } | { value: null; userErrors: UserError[] };

/**
 * Runs a mutation's work in one transaction, together with its audit entries.
 * Expected failures (a thrown UserInputFailure, or a unique constraint the
 * database enforces under concurrency) roll everything back and come back as
 * userErrors.
 */
export async function runMutation<T>(
  ctx: MutationContext,
  action: string,
  work: (em: EntityManager, audit: AuditTrail) => Promise<T>,
  options: { actorId?: (value: T) => string | null } = {},
): Promise<MutationOutcome<T>> {
  try {
    const value = await ctx.dataSource.transaction(async (em) => {
      const audit = new AuditTrail();
      const result = await work(em, audit);
      const actorId = options.actorId ? options.actorId(result) : (ctx.user?.id ?? null);
      await audit.write(em, action, actorId, ctx.requestId);
      return result;
    });
    return { value, userErrors: [] };
  } catch (error) {
    if (error instanceof UserInputFailure) return { value: null, userErrors: error.userErrors };
    if (error instanceof QueryFailedError && (error.driverError as { code?: string })?.code === '23505') {
      const constraint = (error.driverError as { constraint?: string }).constraint ?? 'unique';
      ctx.log.info({ constraint }, 'mutation refused by a unique constraint');
      return {
        value: null,
        userErrors: [
          userError(UserErrorCode.DUPLICATE, null, 'Something with the same identity already exists.'),
        ],
      };
    }
    throw error;
  }
}

/**
 * The object a mutation input names by global ID, locked FOR UPDATE for the
 * rest of the transaction (unless `lock: false`); a NOT_FOUND userError on
 * `field` when the ID is malformed, of another type, or names nothing.
 */
export async function findForChange<T extends ObjectLiteral>(
  em: EntityManager,
  entity: new () => T,
  globalId: string,
  options: { type: string; noun: string; field?: string; lock?: boolean },
): Promise<T> {
  const id = localUuid(globalId, options.type);
  const found = id
    ? await em.findOne(entity, {
        where: { id } as unknown as FindOptionsWhere<T>,
        ...(options.lock === false ? {} : { lock: { mode: 'pessimistic_write' as const } }),
      })
    : null;
  if (!found) return failWith(UserErrorCode.NOT_FOUND, options.field ?? 'id', `No such ${options.noun}.`);
  return found;
}
