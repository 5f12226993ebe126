import { isCalendarDate, localToday } from '../../common/local-time';
import { InputProblems, findForChange, runMutation, type MutationOutcome } from '../../common/mutation';
import type { Connection, PageArgs } from '../../common/pagination';
import { UserErrorCode } from '../../common/user-error';
import type { Context } from '../../context';
import { childPage, type ChildList } from '../../common/child-pages';
import { Activity } from '../action-plan';
import { ActivityProgressNote } from './progress.entity';
import { ProgressErrorCode } from './progress.errors';
import type { AddActivityProgressNoteInput, SetActivityStatusInput } from './progress.inputs';

/** Sets where an activity stands; the change is audited (before and after). */
export function setActivityStatus(
  ctx: Context,
  input: SetActivityStatusInput,
): Promise<MutationOutcome<Activity>> {
  return runMutation(ctx, 'setActivityStatus', async (em, audit) => {
    const activity = await findForChange(em, Activity, input.activityId, {
      type: 'Activity',
      noun: 'activity',
      field: 'activityId',
    });
    if (activity.status !== input.status) {
      const before = { status: activity.status };
      await em.update(Activity, { id: activity.id }, { status: input.status });
      audit.record('Activity', activity.id, before, { status: input.status });
    }
    return em.findOneByOrFail(Activity, { id: activity.id });
  });
}

/** Adds a dated Markdown note to an activity's timeline. */
export function addActivityProgressNote(
  ctx: Context,
  input: AddActivityProgressNoteInput,
): Promise<MutationOutcome<{ activity: Activity; note: ActivityProgressNote }>> {
  return runMutation(ctx, 'addActivityProgressNote', async (em, audit) => {
    const activity = await findForChange(em, Activity, input.activityId, {
      type: 'Activity',
      noun: 'activity',
      field: 'activityId',
      lock: false,
    });
    const problems = new InputProblems();
    const notedOn = input.notedOn ?? localToday();
    if (!isCalendarDate(notedOn)) {
      problems.add(ProgressErrorCode.INVALID_DATE, 'notedOn', 'Not a date; write YYYY-MM-DD.');
    } else if (notedOn > localToday()) {
      // A future date would stay pinned as the "latest" note; plans belong in the plan, not the timeline.
      problems.add(ProgressErrorCode.DATE_IN_FUTURE, 'notedOn', 'Notes record what has happened.');
    }
    const title = input.title.trim();
    if (!title) problems.add(UserErrorCode.REQUIRED, 'title', 'Give the note a title.');
    const body = input.body.trim();
    if (!body) problems.add(UserErrorCode.REQUIRED, 'body', 'Write what happened.');
    problems.throwIfAny();
    const note = await em.save(
      em.create(ActivityProgressNote, {
        activityId: activity.id,
        notedOn,
        title,
        body,
        authorId: ctx.user!.id,
      }),
    );
    audit.record('ActivityProgressNote', note.id, null, note);
    return { activity, note };
  });
}

/** The notes of an activity, latest date first (the same order latestProgressNote picks by). */
const TIMELINE: ChildList<ActivityProgressNote> = {
  entity: ActivityProgressNote,
  from: 'activity_progress_notes c',
  parent: 'c.activity_id',
  sort: 'c.noted_on',
  direction: 'DESC',
  cursor: 'day',
};

/** An activity's timeline; first pages come batched for every activity in the request (a dashboard lists all). */
export function activityTimeline(
  ctx: Context,
  activityId: string,
  args: PageArgs,
): Promise<Connection<ActivityProgressNote>> {
  return childPage(ctx, TIMELINE, activityId, args);
}
