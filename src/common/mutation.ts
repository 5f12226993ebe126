import type { EntityManager } from 'typeorm';
import { QueryFailedError } from 'typeorm';
import type { Context } from '../context';
import { AuditTrail } from '../modules/audit/audit-trail';
import { UserError, UserErrorCode, UserInputFailure, userError } from './user-error';

/** Collects input problems; `throwIfAny` aborts the surrounding transaction with them. */
export class InputProblems {
  readonly list: UserError[] = [];

  add(code: UserErrorCode, field: string | null, message: string): this {
    this.list.push(userError(code, field, message));
    return this;
  }

  throwIfAny(): void {
    if (this.list.length > 0) throw new UserInputFailure(this.list);
  }
}

export const failWith = (code: UserErrorCode, field: string | null, message: string): never => {
  throw new UserInputFailure([userError(code, field, message)]);
};

export type MutationOutcome<T> = { value: T; userErrors: [] } | { value: null; userErrors: UserError[] };

/**
 * Runs a mutation's work in one transaction, together with its audit entries.
 * Expected failures (a thrown UserInputFailure, or a unique constraint the
 * database enforces under concurrency) roll everything back and come back as
 * userErrors.
 */
export async function runMutation<T>(
  ctx: Context,
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
