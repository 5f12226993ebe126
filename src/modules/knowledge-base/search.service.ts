import { generateTenantToken } from 'meilisearch/token';
import type { Context } from '../../context';
import { localUuid, toGlobalId } from '../../common/node-id';
import { decodeCursor, encodeCursor, pageSize, PageInfo } from '../../common/pagination';
import { Guide, Topic } from './guide.entity';
import { guideIndexUid, type GuideDocument, type IndexedAttachment } from './guide-index';
import { Organisation } from '../organisations';
import { In } from 'typeorm';
import { queryRows, rowsWhereIn } from '../../common/sql-rows';
import { mayReadGuide, readableVisibilities } from './visibility';
import { FacetValue, SearchFacet, SearchSort, type SearchHighlight, type SearchResult } from './search.types';
import { Audience, GuideKind, GuideLanguage, GuideStatus, Visibility } from './guide.enums';
import { GUIDE_BODY_FIELDS } from './guide.service';
import { Language, labelOf } from '../../common/labelled-enum';
import { Activity } from '../action-plan';
import { type SearchInput } from './search.inputs';
import { ALL_SUSPECT, readSuspects, suspectsWhenSearched, type Suspects } from './search-freshness';
import { performance } from 'node:perf_hooks';

const FACET_ATTRIBUTES: Record<SearchFacet, keyof GuideDocument> = {
  [SearchFacet.KIND]: 'kind',
  [SearchFacet.TOPIC]: 'topics',
  [SearchFacet.LANGUAGE]: 'language',
  [SearchFacet.AUDIENCE]: 'audience',
  [SearchFacet.ORGANISATION]: 'organisationId',
  [SearchFacet.ACTIVITY]: 'activityIds',
};

const SORTS: Record<SearchSort, string[] | undefined> = {
  [SearchSort.RELEVANCE]: undefined,
  [SearchSort.NEWEST]: ['publishedAt:desc'],
  [SearchSort.RECENTLY_UPDATED]: ['updatedAt:desc'],
};

// Private-use characters mark matches; everything else is HTML-escaped before they become <mark>.
const OPEN = '\uE000';
const CLOSE = '\uE001';

const quote = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
const anyOf = (attribute: string, values: string[]) => `${attribute} IN [${values.map(quote).join(', ')}]`;

/**
 * The Meilisearch filter for a caller: the visibilities their identity allows,
 * plus the client's own conditions. An unknown ID matches nothing.
 */
export function searchFilter(ctx: Context, input: SearchInput): string[] {
  const filter = input.filter ?? {};
  const clauses = [anyOf('visibility', readableVisibilities(ctx.user))];
  const ids = (globalIds: string[], type: string) => globalIds.map((g) => localUuid(g, type) ?? 'none');
  if (filter.kinds?.length) clauses.push(anyOf('kind', filter.kinds));
  if (filter.topics?.length) clauses.push(anyOf('topics', filter.topics));
  if (filter.languages?.length) clauses.push(anyOf('language', filter.languages));
  if (filter.audiences?.length) clauses.push(anyOf('audience', filter.audiences));
  if (filter.organisationIds?.length)
    clauses.push(anyOf('organisationId', ids(filter.organisationIds, 'Organisation')));
  if (filter.activityIds?.length) clauses.push(anyOf('activityIds', ids(filter.activityIds, 'Activity')));
  return clauses;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);

const marked = (text: string) => escapeHtml(text).replaceAll(OPEN, '<mark>').replaceAll(CLOSE, '</mark>');

function highlightsOf(formatted: Record<string, unknown> | undefined): SearchHighlight[] {
  if (!formatted) return [];
  const highlights: SearchHighlight[] = ['title', 'summary', 'body']
    .map((field) => ({
      field,
      text: typeof formatted[field] === 'string' ? (formatted[field] as string) : '',
    }))
    .filter(({ text }) => text.includes(OPEN))
    .map(({ field, text }) => ({ field, snippet: marked(text) }));
  // Each matching attachment by name: the piece of its text that matched, else its matching file name.
  const attachments = Array.isArray(formatted.attachments)
    ? (formatted.attachments as Partial<IndexedAttachment>[])
    : [];
  for (const { id, text = '', filename = '' } of attachments) {
    const matched = text.includes(OPEN) ? text : filename.includes(OPEN) ? filename : null;
    if (id && matched) highlights.push({ field: 'attachment', snippet: marked(matched), attachmentId: id });
  }
  return highlights;
}

/** Full-text search over the published guides the caller may read, with facets counted under the same rules. */
export async function searchGuides(
  ctx: Context,
  input: SearchInput,
  { guideFields }: { guideFields?: ReadonlySet<string> } = {},
): Promise<SearchResult> {
  const fromIndex = guideFields !== undefined && [...guideFields].every((f) => INDEXED_GUIDE_FIELDS.has(f));
  const limit = pageSize(input.first);
  const offset = input.after ? Number(decodeCursor(input.after, ['number'])[0]) : 0;
  const facets = [...new Set(input.facets ?? [])];
  // Page mode gives exact totals; it needs the offset on a page boundary, which our own cursors always are.
  const paging =
    limit > 0 && offset % limit === 0 ? { hitsPerPage: limit, page: offset / limit + 1 } : { offset, limit };
  // Whether the index can be trusted for a hit's guide is read beside the search, not after it.
  const suspectsRead = fromIndex ? readSuspects(ctx) : undefined;
  const searchSentAt = performance.now();
  const response = await ctx.search.request((signal) =>
    ctx.search.client.index<GuideDocument>(guideIndexUid(ctx.search)).search(
      input.query,
      {
        filter: searchFilter(ctx, input),
        facets: facets.map((f) => FACET_ATTRIBUTES[f]),
        sort: SORTS[input.sort ?? SearchSort.RELEVANCE],
        // The attachments' IDs name them in the highlights (their texts come back cropped there, never whole).
        attributesToRetrieve: fromIndex ? INDEX_DOCUMENT_ATTRIBUTES : ['id', 'attachments.id'],
        attributesToHighlight: ['title', 'summary', 'body', 'attachments.filename', 'attachments.text'],
        attributesToCrop: ['summary', 'body', 'attachments.text'],
        cropLength: 24,
        highlightPreTag: OPEN,
        highlightPostTag: CLOSE,
        ...paging,
      },
      { signal },
    ),
  );
  const counts = response as { totalHits?: number; estimatedTotalHits?: number };
  const totalHits = counts.totalHits ?? counts.estimatedTotalHits ?? 0;

  // The database has the last word: a guide unpublished a moment ago is not shown even before the index catches up.
  // Bodies only for a query that shows them: they are most of a guide's bytes.
  const ids = response.hits.map((hit) => hit.id);
  const withBody = !guideFields || GUIDE_BODY_FIELDS.some((f) => guideFields.has(f));
  const distribution = (response.facetDistribution ?? {}) as Record<string, Record<string, number>>;
  // The statements go out together; the highlights are made while PostgreSQL answers.
  const reads = Promise.all([
    suspectsRead
      ? suspectsWhenSearched(suspectsRead, searchSentAt).then((suspects) =>
          guidesFromIndex(ctx, response.hits, suspects),
        )
      : withBody
        ? Promise.all(ids.map((id) => ctx.loaders.guideById.load(id)))
        : guidesWithoutBody(ctx, ids),
    facetNames(ctx, distribution),
  ]);
  const highlights = response.hits.map((hit) => highlightsOf(hit._formatted as Record<string, unknown>));
  const [guides, names] = await reads;
  const hits = guides
    .map((guide, i) => ({ guide, highlights: highlights[i] }))
    .filter((hit): hit is { guide: Guide; highlights: SearchHighlight[] } =>
      Boolean(hit.guide && mayReadGuide(ctx.user, hit.guide)),
    );

  const facetResults = facets.map((facet) => {
    const counts = distribution[FACET_ATTRIBUTES[facet]] ?? {};
    return {
      facet,
      values: Object.entries(counts)
        .sort(([a, x], [b, y]) => y - x || a.localeCompare(b, 'et'))
        .map(([stored, count]) =>
          Object.assign(new FacetValue(), {
            value: facetValue(facet, stored),
            labels: names(facet, stored),
            count,
          }),
        ),
    };
  });

  const end = offset + response.hits.length;
  const pageInfo = Object.assign(new PageInfo(), {
    hasNextPage: end < totalHits,
    hasPreviousPage: offset > 0,
    startCursor: response.hits.length ? encodeCursor([offset]) : null,
    endCursor: response.hits.length ? encodeCursor([end]) : null,
  });
  return { totalHits, processingTimeMs: response.processingTimeMs, hits, facets: facetResults, pageInfo };
}

/**
 * Guide fields a hit can show from its index document alone. Like the
 * highlights, they trail the database by the search sync's delay (seconds);
 * whether the guide is still published and visible does not: see
 * `guidesFromIndex`.
 */
const INDEXED_GUIDE_FIELDS: ReadonlySet<string> = new Set([
  '__typename',
  'id',
  'title',
  'slug',
  'summary',
  'kind',
  'language',
  'audience',
  'status',
  'visibility',
  'organisation',
]);
const INDEX_DOCUMENT_ATTRIBUTES: string[] = [
  'attachments.id',
  'id',
  'translationKey',
  'language',
  'slug',
  'title',
  'summary',
  'kind',
  'audience',
  'visibility',
  'organisationId',
];

/**
 * The hits' guides built from their index documents. The index holds
 * published guides only, with their visibility; where one of the hits may be
 * out of date there (search-freshness.ts), status and visibility of all of
 * them are read from the database (one small statement, no guide rows), and a
 * guide that is gone is null.
 */
async function guidesFromIndex(
  ctx: Context,
  hits: GuideDocument[],
  suspects: Suspects,
): Promise<(Guide | null)[]> {
  if (!hits.length) return [];
  let current: Map<string, { status: GuideStatus; visibility: Visibility }> | undefined;
  if (suspects === ALL_SUSPECT || hits.some((hit) => suspects.has(hit.id))) {
    const rows = await queryRows<{ id: string; status: GuideStatus; visibility: Visibility }>(
      ctx.dataSource,
      'SELECT id, status, visibility FROM guides WHERE id = ANY($1)',
      [hits.map((hit) => hit.id)],
    );
    current = new Map(rows.map((row) => [row.id, row]));
  }
  return hits.map((hit) => {
    const state = current
      ? current.get(hit.id)
      : { status: GuideStatus.PUBLISHED, visibility: hit.visibility as Visibility };
    if (!state) return null;
    return Object.assign(new Guide(), {
      id: hit.id,
      translationKey: hit.translationKey,
      language: hit.language as GuideLanguage,
      slug: hit.slug,
      title: hit.title,
      summary: hit.summary,
      kind: hit.kind as GuideKind,
      audience: hit.audience as Audience[],
      organisationId: hit.organisationId,
      status: state.status,
      visibility: state.visibility,
    });
  });
}

/** Guides by id in the order asked, without their bodies; null where one is gone. */
async function guidesWithoutBody(ctx: Context, ids: string[]): Promise<(Guide | null)[]> {
  if (!ids.length) return [];
  const rows = await rowsWhereIn(ctx.dataSource, Guide, 'id', ids, undefined, ['body']);
  const byId = new Map(rows.map((guide) => [guide.id, guide]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** A facet value as the schema spells it: enum names, topic codes, global IDs. */
function facetValue(facet: SearchFacet, stored: string): string {
  if (facet === SearchFacet.ORGANISATION) return toGlobalId('Organisation', stored);
  if (facet === SearchFacet.ACTIVITY) return toGlobalId('Activity', stored);
  if (facet === SearchFacet.LANGUAGE) return enumName(GuideLanguage, stored) ?? stored;
  return stored;
}

const enumName = (enumObject: Record<string, string>, value: string) =>
  Object.keys(enumObject).find((key) => enumObject[key] === value);

type Names = { et: string | null; en: string | null };
const enumFacets: Partial<Record<SearchFacet, Record<string, string>>> = {
  [SearchFacet.KIND]: GuideKind,
  [SearchFacet.LANGUAGE]: GuideLanguage,
  [SearchFacet.AUDIENCE]: Audience,
};

/**
 * Estonian and English names of the facet values: enum labels, and the names
 * of the topics, organisations and activities that appear (one query each).
 */
async function facetNames(
  ctx: Context,
  distribution: Record<string, Record<string, number>>,
): Promise<(facet: SearchFacet, stored: string) => Names> {
  const keys = (attribute: keyof GuideDocument) => Object.keys(distribution[attribute] ?? {});
  const [topicCodes, organisationIds, activityIds] = [
    keys('topics'),
    keys('organisationId'),
    keys('activityIds'),
  ];
  const [topics, organisations, activities] = await Promise.all([
    topicCodes.length ? ctx.dataSource.getRepository(Topic).findBy({ code: In(topicCodes) }) : [],
    organisationIds.length
      ? ctx.dataSource.getRepository(Organisation).findBy({ id: In(organisationIds) })
      : [],
    activityIds.length ? ctx.dataSource.getRepository(Activity).findBy({ id: In(activityIds) }) : [],
  ]);
  const named = new Map<string, Names>([
    ...topics.map((t): [string, Names] => [
      `${SearchFacet.TOPIC}:${t.code}`,
      { et: t.name, en: t.nameEn ?? null },
    ]),
    ...organisations.map((o): [string, Names] => [
      `${SearchFacet.ORGANISATION}:${o.id}`,
      { et: o.name, en: o.nameEn ?? null },
    ]),
    ...activities.map((a): [string, Names] => [
      `${SearchFacet.ACTIVITY}:${a.id}`,
      { et: a.name, en: a.nameEn ?? null },
    ]),
  ]);
  return (facet, stored) => {
    const enumObject = enumFacets[facet];
    if (enumObject)
      return { et: labelOf(enumObject, stored, Language.ET), en: labelOf(enumObject, stored, Language.EN) };
    return named.get(`${facet}:${stored}`) ?? { et: null, en: null };
  };
}

/** How long a tenant token lives. */
export const SEARCH_KEY_TTL_SECONDS = 3600;

/**
 * A Meilisearch tenant token whose search rule is the caller's visibility
 * filter, signed with a search-only key, so front-ends can query Meilisearch
 * directly without ever seeing more than the API would show.
 */
export async function searchKey(ctx: Context) {
  const { uid, key } = await ctx.search.request(() => ctx.search.tenantKey([guideIndexUid(ctx.search)]));
  const expiresAt = new Date(Date.now() + SEARCH_KEY_TTL_SECONDS * 1000);
  const token = await generateTenantToken({
    apiKey: key,
    apiKeyUid: uid,
    searchRules: {
      [guideIndexUid(ctx.search)]: { filter: anyOf('visibility', readableVisibilities(ctx.user)) },
    },
    expiresAt,
  });
  return { token, expiresAt, host: ctx.search.publicHost, indexUid: guideIndexUid(ctx.search) };
}
