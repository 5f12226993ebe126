import type { EntityManager } from 'typeorm';
import {
  InputProblems,
  failWith,
  findForChange,
  runMutation,
  type MutationOutcome,
} from '../../common/mutation';
import { isCalendarDate, localToday } from '../../common/local-time';
import { localUuid, requireLocalUuid } from '../../common/node-id';
import { decodeCursor, pageSize, toConnection, type Connection } from '../../common/pagination';
import { UserErrorCode } from '../../common/user-error';
import type { Context } from '../../context';
import { ActionPlan, Activity, checkAmount, checkBudgetKey, requirePlan } from '../action-plan';
import { SPENT_AMOUNTS_CTE } from './execution.service';
import { requireElvlStaff } from './access';
import { Expenditure } from './progress.entity';
import { ProgressErrorCode } from './progress.errors';
import type { RecordExpenditureInput, ReverseExpenditureInput } from './progress.inputs';

export interface ExpenditureOutcome {
  expenditure: Expenditure;
  overPlan: boolean;
}

/**
 * Whether an activity's spending on one account in one year (booked against
 * any version of its plan) is above what its budget line plans (no line:
 * anything spent is over plan). Without VAT, as budget lines are kept.
 */
async function isOverPlan(em: EntityManager, e: Pick<Expenditure, 'activityId' | 'year' | 'accountCode'>) {
  const [{ over }] = await em.query(
    `WITH ${SPENT_AMOUNTS_CTE}
     SELECT (SELECT coalesce(sum(net), 0) FROM spent_amounts
              WHERE activity_id = $1 AND year = $2 AND account_code = $3)
          > (SELECT coalesce(sum(amount_net), 0) FROM budget_lines
              WHERE activity_id = $1 AND year = $2 AND account_code = $3) AS over`,
    [e.activityId, e.year, e.accountCode],
  );
  return Boolean(over);
}

/**
 * Records money spent on an activity. VAT is derived from the Estonian rate
 * on the date (none on accounts that carry no VAT) unless the invoice's VAT is
 * given. Spending beyond the plan is recorded and flagged, never refused.
 */
export function recordExpenditure(
  ctx: Context,
  input: RecordExpenditureInput,
): Promise<MutationOutcome<ExpenditureOutcome>> {
  return runMutation(ctx, 'recordExpenditure', async (em, audit) => {
    const problems = new InputProblems();
    const activityId = localUuid(input.activityId, 'Activity');
    const activity = activityId ? await em.findOneBy(Activity, { id: activityId }) : null;
    if (!activity) problems.add(UserErrorCode.NOT_FOUND, 'activityId', 'No such activity.');
    const account = await checkBudgetKey(em, problems, activity, input);
    const dateOk = isCalendarDate(input.date);
    if (!dateOk) problems.add(ProgressErrorCode.INVALID_DATE, 'date', 'Not a date; write YYYY-MM-DD.');
    else if (input.date > localToday()) {
      problems.add(ProgressErrorCode.DATE_IN_FUTURE, 'date', 'Record spending once it has happened.');
    }
    const amountNet = checkAmount(problems, 'amountNet', input.amountNet);
    if (amountNet !== null && Number(amountNet) === 0) {
      problems.add(ProgressErrorCode.ZERO_AMOUNT, 'amountNet', 'The amount must not be zero.');
    }
    const explicitVat = input.vatAmount == null ? null : checkAmount(problems, 'vatAmount', input.vatAmount);
    if (explicitVat !== null && account && !account.carriesVat && Number(explicitVat) !== 0) {
      problems.add(
        ProgressErrorCode.VAT_NOT_APPLICABLE,
        'vatAmount',
        `No VAT is paid on account ${account.code}.`,
      );
    }
    const description = input.description.trim();
    if (!description)
      problems.add(UserErrorCode.REQUIRED, 'description', 'Name the supplier or what was bought.');
    problems.throwIfAny();

    let vatAmount: string;
    let vatRate: string | null = null;
    if (input.vatAmount != null) {
      vatAmount = explicitVat!;
    } else {
      // The rate in force on the date; numeric arithmetic, rounded half away from zero to the cent.
      const [rate] = await em.query(
        `SELECT r.rate::text AS rate, round($2::numeric * CASE WHEN $3 THEN r.rate ELSE 0 END, 2)::text AS vat
           FROM statutory_vat_rates r WHERE r.valid_from <= $1::date ORDER BY r.valid_from DESC LIMIT 1`,
        [input.date, amountNet!, account!.carriesVat],
      );
      if (!rate)
        return failWith(
          ProgressErrorCode.NO_VAT_RATE,
          'date',
          'No VAT rate is known for that date; give vatAmount.',
        );
      vatAmount = rate.vat;
      vatRate = account!.carriesVat ? rate.rate : '0.0000';
    }
    const saved = await em.save(
      em.create(Expenditure, {
        activityId: activity!.id,
        spentOn: input.date,
        year: input.year,
        accountCode: account!.code,
        amountNet: amountNet!,
        vatAmount,
        vatRate,
        description,
        documentRef: input.documentRef?.trim() || null,
        reversesId: null,
        reversalReason: null,
        recordedById: ctx.user!.id,
      }),
    );
    const expenditure = await em.findOneByOrFail(Expenditure, { id: saved.id });
    audit.record('Expenditure', expenditure.id, null, expenditure);
    return { expenditure, overPlan: await isOverPlan(em, expenditure) };
  });
}

/**
 * Reverses an entry: a new entry with the amounts negated, dated today, that
 * points at the original. An entry is reversed at most once (the original is
 * locked, and a unique index holds under concurrency); a reversal is not
 * itself reversed (record the spending again instead).
 */
export function reverseExpenditure(
  ctx: Context,
  input: ReverseExpenditureInput,
): Promise<MutationOutcome<ExpenditureOutcome>> {
  return runMutation(ctx, 'reverseExpenditure', async (em, audit) => {
    const original = await findForChange(em, Expenditure, input.expenditureId, {
      type: 'Expenditure',
      noun: 'expenditure',
      field: 'expenditureId',
    });
    const problems = new InputProblems();
    if (original.reversesId) {
      problems.add(
        ProgressErrorCode.REVERSAL_OF_REVERSAL,
        'expenditureId',
        'A reversing entry cannot be reversed; record the spending again.',
      );
    } else if (await em.existsBy(Expenditure, { reversesId: original.id })) {
      problems.add(
        ProgressErrorCode.ALREADY_REVERSED,
        'expenditureId',
        'The entry has already been reversed.',
      );
    }
    const reason = input.reason.trim();
    if (!reason) problems.add(UserErrorCode.REQUIRED, 'reason', 'Say why the entry is reversed.');
    problems.throwIfAny();
    const negate = (amount: string) =>
      amount.startsWith('-') ? amount.slice(1) : amount === '0.00' ? amount : `-${amount}`;
    const saved = await em.save(
      em.create(Expenditure, {
        activityId: original.activityId,
        spentOn: localToday(),
        year: original.year,
        accountCode: original.accountCode,
        amountNet: negate(original.amountNet),
        vatAmount: negate(original.vatAmount),
        vatRate: original.vatRate,
        description: original.description,
        documentRef: original.documentRef,
        reversesId: original.id,
        reversalReason: reason,
        recordedById: ctx.user!.id,
      }),
    );
    const reversal = await em.findOneByOrFail(Expenditure, { id: saved.id });
    audit.record('Expenditure', reversal.id, null, reversal);
    audit.record('Expenditure', original.id, { reversedById: null }, { reversedById: reversal.id });
    return { expenditure: reversal, overPlan: await isOverPlan(em, reversal) };
  });
}

/** An activity's or a plan's expenditures, newest entry first. ELVL staff only. */
export async function listExpenditures(
  ctx: Context,
  args: {
    planId: string;
    activityId: string | null;
    year: number | null;
    first?: number | null;
    after?: string | null;
  },
): Promise<Connection<Expenditure>> {
  requireElvlStaff(ctx.user);
  const plan = await requirePlan(ctx, args.planId);
  const limit = pageSize(args.first);
  // Entries booked against any version of the plan, as budgetExecution counts them.
  const qb = ctx.dataSource
    .getRepository(Expenditure)
    .createQueryBuilder('e')
    .innerJoin(Activity, 'a', 'a.id = e.activity_id')
    .innerJoin(ActionPlan, 'p', 'p.id = a.plan_id')
    .where('p.plan_key = :planKey', { planKey: plan.planKey });
  if (args.activityId) {
    qb.andWhere('a.number = (SELECT number FROM activities WHERE id = :activity)', {
      activity: requireLocalUuid(args.activityId, 'Activity', 'activityId'),
    });
  }
  if (args.year != null) qb.andWhere('e.year = CAST(:year AS int)', { year: args.year });
  const counted = qb.clone(); // counted only if totalCount is asked for
  // Cursors carry milliseconds (ISO-8601); the column has microseconds, so both sides compare at milliseconds.
  const sortKey = "date_trunc('milliseconds', e.created_at)";
  if (args.after) {
    const [createdAt, id] = decodeCursor(args.after, ['moment', 'uuid']);
    qb.andWhere(`(${sortKey}, e.id) < (:createdAt, :id)`, { createdAt, id });
  }
  // limit, not take: the joins to the activity and its plan are many-to-one, so no distinct-id subquery is needed.
  const rows = await qb
    .orderBy(sortKey, 'DESC')
    .addOrderBy('e.id', 'DESC')
    .limit(limit + 1)
    .getMany();
  return toConnection(
    rows,
    limit,
    (e) => [e.createdAt.toISOString(), e.id],
    () => counted.getCount(),
    Boolean(args.after),
  );
}
