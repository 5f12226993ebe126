import { createHmac } from 'node:crypto';
import { summariseRatings, type FeedbackSummary } from '../../common/feedback';
import { failWith, findForChange, runMutation, type MutationOutcome } from '../../common/mutation';
import { UserErrorCode } from '../../common/user-error';
import type { Context } from '../../context';
import { Cohort, TrainingSession } from './cohort.entity';
import { Enrolment } from './enrolment.entity';
import { TrainingFeedback } from './feedback.entity';
import { HOLDS_PLACE } from './training.enums';
import { TrainingErrorCode } from './training.errors';
import type { SubmitTrainingFeedbackInput } from './training.inputs';
import { In } from 'typeorm';

/** The key that keeps feedback once per person without naming them. */
export const feedbackAuthorKey = (secret: string, cohortId: string, userId: string) =>
  createHmac('sha256', secret).update(`cohort:${cohortId}:${userId}`).digest('hex');

/** Feedback from someone with a place in the cohort, once its first session has begun; once per person. */
export async function submitTrainingFeedback(
  ctx: Context,
  input: SubmitTrainingFeedbackInput,
): Promise<MutationOutcome<boolean>> {
  return runMutation(ctx, 'submitTrainingFeedback', async (em, audit) => {
    const user = ctx.user!;
    const cohort = await findForChange(em, Cohort, input.cohortId, {
      type: 'Cohort',
      noun: 'cohort',
      field: 'cohortId',
      lock: false,
    });
    if (!(await em.existsBy(Enrolment, { cohortId: cohort.id, userId: user.id, status: In(HOLDS_PLACE) })))
      return failWith(
        TrainingErrorCode.NOT_ENROLLED,
        'cohortId',
        'Only people with a place in the cohort give feedback.',
      );
    const first = await em.findOne(TrainingSession, {
      where: { cohortId: cohort.id },
      order: { startsAt: 'ASC' },
    });
    if (!first || first.startsAt.getTime() > Date.now())
      return failWith(UserErrorCode.INVALID, 'cohortId', 'The cohort has not started yet.');
    // A keyed hash lets one person answer once without the answer naming them.
    const authorKey = feedbackAuthorKey(ctx.auth.feedbackSecret, cohort.id, user.id);
    if (await em.existsBy(TrainingFeedback, { cohortId: cohort.id, authorKey }))
      return failWith(UserErrorCode.DUPLICATE, 'cohortId', 'You have already given feedback on this cohort.');
    const feedback = await em.save(
      em.create(TrainingFeedback, {
        cohortId: cohort.id,
        authorKey,
        userId: input.anonymous ? null : user.id,
        rating: input.rating,
        comment: input.comment ?? null,
        anonymous: input.anonymous,
      }),
    );
    audit.record('TrainingFeedback', feedback.id, null, {
      rating: feedback.rating,
      anonymous: feedback.anonymous,
    });
    return true;
  });
}

/** Count, average and distribution of a programme's ratings over all its cohorts. */
export async function feedbackOf(ctx: Context, where: { programmeId: string }): Promise<FeedbackSummary> {
  const rows: { rating: number; n: number }[] = await ctx.dataSource.query(
    `SELECT f.rating, count(*)::int AS n FROM training_feedback f JOIN training_cohorts c ON c.id = f.cohort_id
      WHERE c.programme_id = $1
      GROUP BY f.rating`,
    [where.programmeId],
  );
  return summariseRatings(rows);
}
