import { AuditTrail } from '../../common/audit-trail';
import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import type { Context } from '../../context';
import {
  InputProblems,
  failWith,
  runMutation,
  type MutationOutcome,
  findForChange,
} from '../../common/mutation';
import { localUuid, toGlobalId } from '../../common/node-id';
import { UserErrorCode } from '../../common/user-error';
import { enqueueGuideSync } from './search-outbox.entity';
import { Activity } from '../action-plan';
import { Organisation } from '../organisations';
import { User } from '../users';
import { Guide, GuideActivity, GuideAttachment, GuideAuthor, GuideSlugHistory, Topic } from './guide.entity';
import { GuideStatus } from './guide.enums';
import type {
  CreateGuideInput,
  PublishGuideInput,
  RestoreGuideRevisionInput,
  UpdateGuideInput,
} from './guide.inputs';
import { recordRevision, revisionToRestore, snapshotOf, type GuideSnapshot } from './revision.service';
import { SLUG_PATTERN, slugify } from './slug';

type GuideFields = Partial<Omit<CreateGuideInput, 'language' | 'translationOf'>>;

/** Resolves and checks the references in a guide input; returns local IDs. */
async function checkReferences(em: EntityManager, input: GuideFields, problems: InputProblems) {
  const resolve = async <T extends object>(
    entity: new () => T,
    globalIds: string[] | undefined,
    type: string,
    field: string,
  ) => {
    if (!globalIds) return undefined;
    const ids = [...new Set(globalIds.map((g) => localUuid(g, type)))];
    const valid = ids.filter((id): id is string => id !== null);
    const found = valid.length ? await em.getRepository(entity).countBy({ id: In(valid) } as never) : 0;
    if (valid.length !== ids.length || found !== valid.length)
      problems.add(UserErrorCode.NOT_FOUND, field, `Unknown ${type} ID.`);
    return valid;
  };
  const authorIds = await resolve(User, input.authorIds, 'User', 'authorIds');
  const activityIds = await resolve(Activity, input.activityIds, 'Activity', 'activityIds');
  const [organisationId] =
    (await resolve(
      Organisation,
      input.organisationId ? [input.organisationId] : undefined,
      'Organisation',
      'organisationId',
    )) ?? [];
  if (input.topics) {
    const known = await em.countBy(Topic, { code: In(input.topics) });
    if (known !== new Set(input.topics).size) {
      problems.add(UserErrorCode.INVALID, 'topics', 'Use topic codes from the `topics` query.');
    }
  }
  return { authorIds, activityIds, organisationId };
}

/** A slug is free when no other guide of the language has it now or had it before. */
async function checkSlug(
  em: EntityManager,
  problems: InputProblems,
  slug: string,
  language: string,
  guideId?: string,
) {
  if (!SLUG_PATTERN.test(slug)) {
    problems.add(UserErrorCode.INVALID, 'slug', 'A slug is lower-case letters and digits joined by "-".');
    return;
  }
  const current = await em.findOneBy(Guide, { slug, language: language as Guide['language'] });
  const old = await em.findOneBy(GuideSlugHistory, { slug, language });
  if ((current && current.id !== guideId) || (old && old.guideId !== guideId)) {
    problems.add(UserErrorCode.DUPLICATE, 'slug', `Another ${language} guide uses the slug "${slug}".`);
  }
}

async function replaceLinks(
  em: EntityManager,
  guideId: string,
  authorIds?: string[],
  activityIds?: string[],
) {
  if (authorIds) {
    await em.delete(GuideAuthor, { guideId });
    if (authorIds.length)
      await em.insert(
        GuideAuthor,
        authorIds.map((userId) => ({ guideId, userId })),
      );
  }
  if (activityIds) {
    await em.delete(GuideActivity, { guideId });
    if (activityIds.length)
      await em.insert(
        GuideActivity,
        activityIds.map((activityId) => ({ guideId, activityId })),
      );
  }
}

/** Locks a guide for a change and checks the version the caller read. */
async function lockForChange(
  em: EntityManager,
  globalId: string,
  version: number,
  field = 'id',
): Promise<Guide> {
  const guide = await findForChange(em, Guide, globalId, { type: 'Guide', noun: 'guide', field });
  if (guide.version !== version) {
    return failWith(
      UserErrorCode.CONFLICT,
      'version',
      `The guide was changed by someone else (now version ${guide.version}, you had ${version}); reload and try again.`,
    );
  }
  return guide;
}

/** Saves a changed guide with a new version, its search outbox entry and, if content changed, a revision. */
async function saveChange(ctx: Context, em: EntityManager, guide: Guide): Promise<Guide> {
  guide.version += 1;
  const saved = await em.save(guide);
  await recordRevision(em, saved, ctx.user?.id ?? null);
  await enqueueGuideSync(em, saved.id);
  return saved;
}

/** Creates a draft guide (editors). A translation joins the other language versions of its guide. */
export async function createGuide(ctx: Context, input: CreateGuideInput): Promise<MutationOutcome<Guide>> {
  return runMutation(ctx, 'createGuide', async (em, audit) => {
    const problems = new InputProblems();
    const refs = await checkReferences(em, input, problems);
    let translationKey: string = randomUUID();
    if (input.translationOf) {
      const id = localUuid(input.translationOf, 'Guide');
      const original = id ? await em.findOneBy(Guide, { id }) : null;
      if (!original) problems.add(UserErrorCode.NOT_FOUND, 'translationOf', 'No such guide.');
      else if (
        await em.existsBy(Guide, { translationKey: original.translationKey, language: input.language })
      ) {
        problems.add(
          UserErrorCode.DUPLICATE,
          'language',
          `The guide already has a ${input.language} version.`,
        );
      } else translationKey = original.translationKey;
    }
    const slug = input.slug ?? slugify(input.title);
    await checkSlug(em, problems, slug, input.language);
    const organisationId = refs.organisationId ?? ctx.user?.organisationId;
    if (!organisationId || !(await em.existsBy(Organisation, { id: organisationId }))) {
      problems.add(UserErrorCode.REQUIRED, 'organisationId', 'Name the owning organisation.');
    }
    problems.throwIfAny();
    const guide = await em.save(
      em.create(Guide, {
        translationKey,
        language: input.language,
        kind: input.kind,
        title: input.title,
        slug,
        summary: input.summary,
        body: input.body,
        visibility: input.visibility,
        audience: [...new Set(input.audience)],
        topicCodes: [...new Set(input.topics)],
        organisationId: organisationId!,
        status: GuideStatus.DRAFT,
      }),
    );
    const authors =
      refs.authorIds ?? (ctx.user && (await em.existsBy(User, { id: ctx.user.id })) ? [ctx.user.id] : []);
    await replaceLinks(em, guide.id, authors, refs.activityIds ?? []);
    await recordRevision(em, guide, ctx.user?.id ?? null);
    await enqueueGuideSync(em, guide.id);
    audit.record('Guide', guide.id, null, await snapshotOf(em, guide));
    return guide;
  });
}

/**
 * Saves changes to a guide if the caller read the current version; otherwise
 * CONFLICT and nothing is written. An identical save changes nothing.
 */
export async function updateGuide(ctx: Context, input: UpdateGuideInput): Promise<MutationOutcome<Guide>> {
  return runMutation(ctx, 'updateGuide', async (em, audit) => {
    const guide = await lockForChange(em, input.id, input.version);
    const before = await snapshotOf(em, guide);
    const problems = new InputProblems();
    const refs = await checkReferences(em, input, problems);
    if (input.slug != null && input.slug !== guide.slug)
      await checkSlug(em, problems, input.slug, guide.language, guide.id);
    problems.throwIfAny();

    if (input.slug != null && input.slug !== guide.slug) {
      // The old slug keeps answering; a slug coming back to this guide leaves the history.
      await em.delete(GuideSlugHistory, { guideId: guide.id, language: guide.language, slug: input.slug });
      await em.insert(GuideSlugHistory, { guideId: guide.id, language: guide.language, slug: guide.slug });
      guide.slug = input.slug;
    }
    if (input.kind != null) guide.kind = input.kind;
    if (input.title != null) guide.title = input.title;
    if (input.summary != null) guide.summary = input.summary;
    if (input.body != null) guide.body = input.body;
    if (input.visibility != null) guide.visibility = input.visibility;
    if (input.audience != null) guide.audience = [...new Set(input.audience)];
    if (input.topics != null) guide.topicCodes = [...new Set(input.topics)];
    if (refs.organisationId) guide.organisationId = refs.organisationId;
    await replaceLinks(em, guide.id, refs.authorIds, refs.activityIds);

    const after = await snapshotOf(em, guide);
    if (JSON.stringify(after) === JSON.stringify(before)) return guide; // identical save: no version, no revision
    const saved = await saveChange(ctx, em, guide);
    audit.record('Guide', guide.id, before, after);
    return saved;
  });
}

/** Workflow steps: which statuses each may start from. */
const TRANSITIONS = {
  submitGuideForReview: { from: [GuideStatus.DRAFT], to: GuideStatus.IN_REVIEW },
  publishGuide: { from: [GuideStatus.DRAFT, GuideStatus.IN_REVIEW], to: GuideStatus.PUBLISHED },
  archiveGuide: { from: [GuideStatus.PUBLISHED], to: GuideStatus.ARCHIVED },
  returnGuideToDraft: {
    from: [GuideStatus.IN_REVIEW, GuideStatus.PUBLISHED, GuideStatus.ARCHIVED],
    to: GuideStatus.DRAFT,
  },
} as const;

export type GuideTransition = keyof typeof TRANSITIONS;

/** Applies a workflow step to a locked guide: new status, new version, revision, outbox and audit entry. */
async function applyTransition(
  ctx: Context,
  em: EntityManager,
  audit: AuditTrail,
  guide: Guide,
  step: GuideTransition,
): Promise<Guide> {
  const rule = TRANSITIONS[step];
  if (!(rule.from as readonly GuideStatus[]).includes(guide.status)) {
    return failWith(UserErrorCode.INVALID, 'id', `A ${guide.status} guide cannot go to ${rule.to}.`);
  }
  const before = {
    status: guide.status,
    publishedAt: guide.publishedAt,
    scheduledPublishAt: guide.scheduledPublishAt,
  };
  guide.status = rule.to;
  guide.scheduledPublishAt = null;
  if (rule.to === GuideStatus.PUBLISHED) guide.publishedAt = new Date();
  const saved = await saveChange(ctx, em, guide);
  audit.record('Guide', guide.id, before, {
    status: saved.status,
    publishedAt: saved.publishedAt,
    scheduledPublishAt: saved.scheduledPublishAt,
  });
  return saved;
}

/** Moves a guide through the workflow; a step from the wrong status is a userError. */
export async function transitionGuide(
  ctx: Context,
  step: GuideTransition,
  input: { id: string; version: number },
): Promise<MutationOutcome<Guide>> {
  return runMutation(ctx, step, async (em, audit) =>
    applyTransition(ctx, em, audit, await lockForChange(em, input.id, input.version), step),
  );
}

/**
 * Publishes up to `limit` guides whose scheduled time has come, each in its
 * own transaction through the same step, revision and audit trail as
 * `publishGuide` (recorded as `scheduledPublish`, by the caller's identity:
 * none for the worker). A guide another worker holds is left to it. Returns
 * how many were published.
 */
export async function publishDueGuides(ctx: Context, limit: number): Promise<number> {
  const due: { id: string }[] = await ctx.dataSource.query(
    `SELECT id FROM guides
      WHERE scheduled_publish_at <= now() AND status IN ('DRAFT', 'IN_REVIEW')
      ORDER BY scheduled_publish_at, id LIMIT $1`,
    [limit],
  );
  let published = 0;
  for (const { id } of due) {
    // One guide's failure must not hold up the others; it stays due and is tried again next time.
    const outcome = await runMutation(ctx, 'scheduledPublish', async (em, audit) => {
      // Still due and not taken by another worker? Otherwise leave it.
      const [row]: { id: string }[] = await em.query(
        `SELECT id FROM guides
          WHERE id = $1 AND scheduled_publish_at <= now() AND status IN ('DRAFT', 'IN_REVIEW')
          FOR UPDATE SKIP LOCKED`,
        [id],
      );
      if (!row) return null;
      const guide = await em.findOneByOrFail(Guide, { id });
      return applyTransition(ctx, em, audit, guide, 'publishGuide');
    }).catch((error: unknown) => {
      ctx.log.error({ err: error, guide: id }, 'scheduled publishing failed');
      return null;
    });
    if (outcome?.userErrors.length) {
      ctx.log.warn({ guide: id, userErrors: outcome.userErrors }, 'scheduled publishing refused');
    }
    if (outcome?.value) published += 1;
  }
  return published;
}

/** Publishes now, or schedules publishing for the worker when `at` is in the future. */
export async function publishGuide(ctx: Context, input: PublishGuideInput): Promise<MutationOutcome<Guide>> {
  if (!input.at || input.at.getTime() <= Date.now()) return transitionGuide(ctx, 'publishGuide', input);
  return runMutation(ctx, 'scheduleGuidePublishing', async (em, audit) => {
    const guide = await lockForChange(em, input.id, input.version);
    if (!TRANSITIONS.publishGuide.from.includes(guide.status as never)) {
      return failWith(UserErrorCode.INVALID, 'id', `A ${guide.status} guide cannot be published.`);
    }
    const before = { scheduledPublishAt: guide.scheduledPublishAt };
    guide.scheduledPublishAt = input.at!;
    const saved = await saveChange(ctx, em, guide);
    audit.record('Guide', guide.id, before, { scheduledPublishAt: saved.scheduledPublishAt });
    return saved;
  });
}

/** Restores an old revision's content as a new draft of its guide. */
export async function restoreRevision(
  ctx: Context,
  input: RestoreGuideRevisionInput,
): Promise<MutationOutcome<Guide>> {
  return runMutation(ctx, 'restoreGuideRevision', async (em, audit) => {
    const revision = await revisionToRestore(em, input.revisionId);
    const guide = await lockForChange(em, toGlobalId('Guide', revision.guideId), input.version, 'revisionId');
    const before = await snapshotOf(em, guide);
    const snapshot = revision.snapshot as unknown as GuideSnapshot;
    const problems = new InputProblems();
    if (snapshot.slug !== guide.slug) await checkSlug(em, problems, snapshot.slug, guide.language, guide.id);
    problems.throwIfAny();
    if (snapshot.slug !== guide.slug) {
      await em.delete(GuideSlugHistory, { guideId: guide.id, language: guide.language, slug: snapshot.slug });
      await em.insert(GuideSlugHistory, { guideId: guide.id, language: guide.language, slug: guide.slug });
    }
    Object.assign(guide, {
      kind: snapshot.kind,
      title: snapshot.title,
      slug: snapshot.slug,
      summary: snapshot.summary,
      body: snapshot.body,
      visibility: snapshot.visibility,
      audience: snapshot.audience,
      topicCodes: snapshot.topics,
      organisationId: snapshot.organisationId,
      status: GuideStatus.DRAFT,
      scheduledPublishAt: null,
    });
    // People or activities deleted since the revision are left out rather than failing the restore.
    const [users, activities] = await Promise.all([
      snapshot.authorIds.length ? em.findBy(User, { id: In(snapshot.authorIds) }) : [],
      snapshot.activityIds.length ? em.findBy(Activity, { id: In(snapshot.activityIds) }) : [],
    ]);
    await replaceLinks(
      em,
      guide.id,
      users.map((u) => u.id),
      activities.map((a) => a.id),
    );
    const saved = await saveChange(ctx, em, guide);
    audit.record('Guide', guide.id, before, await snapshotOf(em, saved));
    return saved;
  });
}

/** Deletes a guide (its search document goes with it through the outbox). */
export async function deleteGuide(
  ctx: Context,
  input: { id: string; version: number },
): Promise<MutationOutcome<string>> {
  return runMutation(ctx, 'deleteGuide', async (em, audit) => {
    const guide = await lockForChange(em, input.id, input.version);
    const before = await snapshotOf(em, guide);
    await em.delete(Guide, { id: guide.id });
    await enqueueGuideSync(em, guide.id);
    audit.record('Guide', guide.id, before, null);
    return toGlobalId('Guide', guide.id);
  });
}

/** Removes an attachment from its guide; the worker's sweep deletes the file once nothing refers to it. */
export async function removeAttachment(
  ctx: Context,
  input: { id: string },
): Promise<MutationOutcome<string>> {
  return runMutation(ctx, 'removeGuideAttachment', async (em, audit) => {
    const attachment = await findForChange(em, GuideAttachment, input.id, {
      type: 'GuideAttachment',
      noun: 'attachment',
    });
    await em.delete(GuideAttachment, { id: attachment.id });
    // Its text and file name leave the guide's search document.
    await enqueueGuideSync(em, attachment.guideId);
    audit.record('GuideAttachment', attachment.id, attachment, null);
    return toGlobalId('GuideAttachment', attachment.id);
  });
}
