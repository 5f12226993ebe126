import type { Context } from '../../context';
import { localUuid, requireLocalUuid } from '../../common/node-id';
import { pageByTextSql, type Connection } from '../../common/pagination';
import { entityRows, queryRows, SqlConditions } from '../../common/sql-rows';
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
 * A page of guides by title (Estonian order, ties by id) that the caller may
 * read. The body, most of a guide's bytes, is read only with `withBody` (a
 * listing rarely shows it); without it, `body` is left unset. Plain SQL, one
 * statement whatever the filter (lists as single array parameters), so it is
 * prepared once per connection: TypeORM's query builder spent more CPU writing
 * this statement than the rest of the request did.
 */
export async function listGuides(
  ctx: Context,
  args: { filter?: GuideFilter | null; first?: number | null; after?: string | null; withBody?: boolean },
): Promise<Connection<Guide>> {
  const filter = args.filter ?? {};
  const where = new SqlConditions();
  if (mayEditGuides(ctx.user)) {
    if (filter.statuses?.length) where.and(`g.status = ANY(${where.param(filter.statuses)})`);
  } else {
    where.and(`g.status = ${where.param(GuideStatus.PUBLISHED)}`);
    where.and(`g.visibility = ANY(${where.param(readableVisibilities(ctx.user))})`);
  }
  if (filter.kinds?.length) where.and(`g.kind = ANY(${where.param(filter.kinds)})`);
  if (filter.languages?.length) where.and(`g.language = ANY(${where.param(filter.languages)})`);
  if (filter.topics?.length) {
    // A topic matches itself and anything filed under it (e-its/ORP matches e-its/ORP.4).
    const topics = where.param(filter.topics);
    const below = where.param(filter.topics.map((topic) => `${escapeLike(topic)}.%`));
    where.and(
      `EXISTS (SELECT 1 FROM unnest(g.topic_codes) t WHERE t = ANY(${topics}) OR t LIKE ANY(${below}))`,
    );
  }
  if (filter.organisationId) {
    const organisationId = requireLocalUuid(filter.organisationId, 'Organisation', 'filter.organisationId');
    where.and(`g.organisation_id = ${where.param(organisationId)}`);
  }
  if (filter.activityId) {
    const activityId = requireLocalUuid(filter.activityId, 'Activity', 'filter.activityId');
    where.and(
      `EXISTS (SELECT 1 FROM guide_activities ga WHERE ga.guide_id = g.id AND ga.activity_id = ${where.param(activityId)})`,
    );
  }
  const guides = entityRows(ctx.dataSource, Guide);
  const columns = guides.select('g', args.withBody === false ? ['body'] : []);
  return pageByTextSql(
    ctx.dataSource,
    { table: guides.table, alias: 'g', sortBy: { column: 'title', value: (guide) => guide.title } },
    where,
    args,
    async (conditions, orderAndLimit) =>
      guides.hydrateAll(
        await queryRows(
          ctx.dataSource,
          `SELECT ${columns} FROM ${guides.table} g${conditions.where()} ${orderAndLimit}`,
          conditions.values,
        ),
        'g',
      ),
  );
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
