import { findForChange } from '../../common/mutation';
import { createHash } from 'node:crypto';
import { diffLines } from 'diff';
import type { EntityManager } from 'typeorm';
import type { Context } from '../../context';
import { localUuid } from '../../common/node-id';
import { Guide, GuideActivity, GuideAuthor, GuideRevision } from './guide.entity';
import type { DiffLine, GuideFieldChange } from './guide.types';

/** The content of a guide that revisions capture (workflow status is not content). */
export interface GuideSnapshot {
  language: string;
  kind: string;
  title: string;
  slug: string;
  summary: string;
  body: string;
  visibility: string;
  audience: string[];
  topics: string[];
  organisationId: string;
  authorIds: string[];
  activityIds: string[];
}

export async function snapshotOf(em: EntityManager, guide: Guide): Promise<GuideSnapshot> {
  const [authors, activities] = await Promise.all([
    em.findBy(GuideAuthor, { guideId: guide.id }),
    em.findBy(GuideActivity, { guideId: guide.id }),
  ]);
  return {
    language: guide.language,
    kind: guide.kind,
    title: guide.title,
    slug: guide.slug,
    summary: guide.summary,
    body: guide.body,
    visibility: guide.visibility,
    audience: [...guide.audience].sort(),
    topics: [...guide.topicCodes].sort(),
    organisationId: guide.organisationId,
    authorIds: authors.map((a) => a.userId).sort(),
    activityIds: activities.map((a) => a.activityId).sort(),
  };
}

const hashOf = (snapshot: GuideSnapshot) =>
  createHash('sha256').update(JSON.stringify(snapshot)).digest('hex');

/**
 * Saves a revision when the guide's content differs from its latest revision;
 * an identical save makes none. Returns whether one was made.
 */
export async function recordRevision(
  em: EntityManager,
  guide: Guide,
  authorId: string | null,
): Promise<boolean> {
  const snapshot = await snapshotOf(em, guide);
  const contentHash = hashOf(snapshot);
  const latest = await em.findOne(GuideRevision, { where: { guideId: guide.id }, order: { number: 'DESC' } });
  if (latest?.contentHash === contentHash) return false;
  await em.save(
    Object.assign(new GuideRevision(), {
      guideId: guide.id,
      number: (latest?.number ?? 0) + 1,
      snapshot,
      contentHash,
      authorId,
    }),
  );
  return true;
}

const asText = (value: unknown): string | null =>
  value === undefined || value === null ? null : typeof value === 'string' ? value : JSON.stringify(value);

/** Changed fields and a line diff of the body between two revisions of the same guide. */
export async function diffRevisions(ctx: Context, fromGlobalId: string, toGlobalId: string) {
  const repo = ctx.dataSource.getRepository(GuideRevision);
  const [fromId, toId] = [localUuid(fromGlobalId, 'GuideRevision'), localUuid(toGlobalId, 'GuideRevision')];
  const [from, to] = await Promise.all([
    fromId ? repo.findOneBy({ id: fromId }) : null,
    toId ? repo.findOneBy({ id: toId }) : null,
  ]);
  if (!from || !to || from.guideId !== to.guideId) return null;
  const before = from.snapshot as unknown as GuideSnapshot;
  const after = to.snapshot as unknown as GuideSnapshot;
  const changedFields: GuideFieldChange[] = (Object.keys({ ...before, ...after }) as (keyof GuideSnapshot)[])
    .filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]))
    .map((field) => ({ field, before: asText(before[field]), after: asText(after[field]) }));
  const bodyDiff: DiffLine[] = diffLines(before.body ?? '', after.body ?? '').map((part) => ({
    kind: part.added ? 'added' : part.removed ? 'removed' : 'unchanged',
    text: part.value,
  }));
  return { from, to, changedFields, bodyDiff };
}

/** Loads a revision for restoring; a userError if it does not exist. */
export async function revisionToRestore(em: EntityManager, globalId: string): Promise<GuideRevision> {
  return findForChange(em, GuideRevision, globalId, {
    type: 'GuideRevision',
    noun: 'revision',
    field: 'revisionId',
    lock: false,
  });
}
