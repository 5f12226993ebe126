import { Brackets } from 'typeorm';
import type { Context } from '../../context';
import { localUuid, requireLocalUuid } from '../../common/node-id';
import { pageByText, type Connection } from '../../common/pagination';
import { escapeLike } from '../../common/text';
import { Guide, GuideAttachment, GuideRevision, GuideSlugHistory, Topic } from './guide.entity';
import { GuideStatus } from './guide.enums';
import type { GuideFilter } from './guide.inputs';
import { mayEditGuides, mayReadGuide, readableVisibilities } from './visibility';

/** A guide by global ID, or null when it does not exist or the caller may not read it. */
export async function findGuide(ctx: Context, globalId: string): Promise<Guide | null> {
  const id = localUuid(globalId, 'Guide');
  return id ? findGuideById(ctx, id) : null;
}

/** A guide by its slug in a language, following slugs it had before a rename. */
export async function findGuideBySlug(ctx: Context, slug: string, language: string): Promise<Guide | null> {
  const repo = ctx.dataSource.getRepository(Guide);
  let guide = await repo.findOneBy({ slug, language: language as Guide['language'] });
  if (!guide) {
    const old = await ctx.dataSource.getRepository(GuideSlugHistory).findOneBy({ slug, language });
    guide = old ? await repo.findOneBy({ id: old.guideId }) : null;
  }
  return guide && mayReadGuide(ctx.user, guide) ? guide : null;
}

/** The Guide fields that read its body: a read may leave the body out when a query selects neither. */
export const GUIDE_BODY_FIELDS = ['body', 'bodyHtml'] as const;

/**
 * A page of guides by title (Estonian order) that the caller may read. The
 * body, most of a guide's bytes, is read only with `withBody` (a listing
 * rarely shows it); without it, `body` is left unset.
 */
export async function listGuides(
  ctx: Context,
  args: { filter?: GuideFilter | null; first?: number | null; after?: string | null; withBody?: boolean },
): Promise<Connection<Guide>> {
  const filter = args.filter ?? {};
  const qb = ctx.dataSource.getRepository(Guide).createQueryBuilder('g');
  if (args.withBody === false) {
    const columns = ctx.dataSource.getMetadata(Guide).columns.filter((c) => c.propertyName !== 'body');
    qb.select(columns.map((c) => `g.${c.propertyName}`));
  }
  if (mayEditGuides(ctx.user)) {
    if (filter.statuses?.length) qb.andWhere('g.status IN (:...statuses)', { statuses: filter.statuses });
  } else {
    qb.andWhere('g.status = :published', { published: GuideStatus.PUBLISHED });
    qb.andWhere('g.visibility IN (:...visible)', { visible: readableVisibilities(ctx.user) });
  }
  if (filter.kinds?.length) qb.andWhere('g.kind IN (:...kinds)', { kinds: filter.kinds });
  if (filter.languages?.length) qb.andWhere('g.language IN (:...languages)', { languages: filter.languages });
  if (filter.topics?.length) {
    // A topic matches itself and anything filed under it (e-its/ORP matches e-its/ORP.4).
    qb.andWhere(
      new Brackets((w) =>
        filter.topics!.forEach((topic, i) =>
          w.orWhere(`EXISTS (SELECT 1 FROM unnest(g.topic_codes) t WHERE t = :t${i} OR t LIKE :p${i})`, {
            [`t${i}`]: topic,
            [`p${i}`]: `${escapeLike(topic)}.%`,
          }),
        ),
      ),
    );
  }
  if (filter.organisationId) {
    qb.andWhere('g.organisation_id = :org', {
      org: requireLocalUuid(filter.organisationId, 'Organisation', 'filter.organisationId'),
    });
  }
  if (filter.activityId) {
    qb.andWhere(
      'EXISTS (SELECT 1 FROM guide_activities ga WHERE ga.guide_id = g.id AND ga.activity_id = :activity)',
      {
        activity: requireLocalUuid(filter.activityId, 'Activity', 'filter.activityId'),
      },
    );
  }
  return pageByText(qb, 'g', 'title', args);
}

/** A revision for `node(id:)`: editors only, like `Guide.revisions`. */
export async function findRevision(ctx: Context, id: string): Promise<GuideRevision | null> {
  return mayEditGuides(ctx.user) ? ctx.loaders.guideRevisionById.load(id) : null;
}

/** An attachment for `node(id:)`: for those who may read its guide, like `Guide.attachments`. */
export async function findAttachment(ctx: Context, id: string): Promise<GuideAttachment | null> {
  const attachment = await ctx.loaders.guideAttachmentById.load(id);
  const guide = attachment && (await ctx.loaders.guideById.load(attachment.guideId));
  return guide && mayReadGuide(ctx.user, guide) ? attachment : null;
}

/** A guide for `node(id:)` by local id, under the same rule as `guide(id:)`. */
export async function findGuideById(ctx: Context, id: string): Promise<Guide | null> {
  const guide = await ctx.loaders.guideById.load(id);
  return guide && mayReadGuide(ctx.user, guide) ? guide : null;
}

/** The whole topic taxonomy, by code (themes before their E-ITS groups and modules). */
export function listTopics(ctx: Context): Promise<Topic[]> {
  return ctx.dataSource.getRepository(Topic).find({ order: { code: 'ASC' } });
}
