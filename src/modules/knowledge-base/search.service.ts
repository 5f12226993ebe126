import type { Context } from '../../context';
import { localUuid, toGlobalId } from '../../common/node-id';
import { decodeCursor, encodeCursor, pageSize, PageInfo } from '../../common/pagination';
import { Guide, Topic } from './guide.entity';
import { guideIndexUid, type GuideDocument, type IndexedAttachment } from './guide-index';
import { Organisation } from '../organisations';
import { In } from 'typeorm';
import { queryRows, rowsWhereIn } from '../../common/sql-rows';
import { mayReadGuide, readableVisibilities } from './visibility';
import {
  FacetDistribution,
  FacetValue,
  GuideHit,
  GUIDE_FACETS,
  SearchFacet,
  SearchSort,
  type SearchHighlight,
} from './search.types';
import type { Hit } from 'meilisearch';
import { hasMatch, MARKED_MATCHES, markedSnippet, matchedSnippets } from '../../search/highlights';
import { anyOf } from '../../search/search-source';
import { Audience, GuideKind, GuideLanguage, GuideStatus, Visibility } from './guide.enums';
import { GUIDE_BODY_FIELDS } from './guide.service';
import { Language, labelOf } from '../../common/labelled-enum';
import { Activity } from '../action-plan';
import { type SearchInput } from './search.inputs';
import { ALL_SUSPECT, readSuspects, suspectsWhenSearched, type Suspects } from './search-freshness';
import { performance } from 'node:perf_hooks';

const FACET_ATTRIBUTES: Partial<Record<SearchFacet, keyof GuideDocument>> = {
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

function highlightsOf(formatted: Record<string, unknown> | undefined): SearchHighlight[] {
  if (!formatted) return [];
  const highlights: SearchHighlight[] = matchedSnippets(formatted, ['title', 'summary', 'body']);
  // Each matching attachment by name: the piece of its text that matched, else its matching file name.
  const attachments = Array.isArray(formatted.attachments)
    ? (formatted.attachments as Partial<IndexedAttachment>[])
    : [];
  for (const { id, text = '', filename = '' } of attachments) {
    const matched = hasMatch(text) ? text : hasMatch(filename) ? filename : null;
    if (id && matched)
      highlights.push({ field: 'attachment', snippet: markedSnippet(matched), attachmentId: id });
  }
  return highlights;
}

/** A page of guide hits: what `searchGuides` answers, and the guides' share of a search over every type. */
export interface GuideSearchResult {
  totalHits: number;
  processingTimeMs: number;
  hits: GuideHit[];
  facets: FacetDistribution[];
  pageInfo: PageInfo;
}

/**
 * The guides' part of a search: the Meilisearch query (without paging, sort
 * or facets, which differ between a search of guides alone and one over every
 * type) and how its hits become GuideHits the caller may see.
 */
export function guideSearchPart(ctx: Context, input: SearchInput, guideFields?: ReadonlySet<string>) {
  const fromIndex = guideFields !== undefined && [...guideFields].every((f) => INDEXED_GUIDE_FIELDS.has(f));
  // Only what the selected fields show: Meilisearch repeats every retrieved attribute in `_formatted`, so the
  // answer for `guide { id title }` is 40 % smaller than with the whole document.
  const retrieved = fromIndex
    ? [...new Set([...ALWAYS_RETRIEVED, ...[...guideFields].flatMap((f) => INDEXED_GUIDE_FIELDS.get(f)!)])]
    : ['id', 'attachments.id'];
  const withBody = !guideFields || GUIDE_BODY_FIELDS.some((f) => guideFields.has(f));
  // Facets of other kinds are counted over their own hits (site-search).
  const facets = [...new Set(input.facets ?? [])].filter((f) => GUIDE_FACETS.includes(f));
  return {
    indexUid: guideIndexUid(ctx.search),
    facets,
    facetAttributes: facets.map((f) => FACET_ATTRIBUTES[f]!),
    query: {
      q: input.query,
      filter: searchFilter(ctx, input),
      // The attachments' IDs name them in the highlights (their texts come back cropped there, never whole).
      attributesToRetrieve: retrieved,
      attributesToHighlight: ['title', 'summary', 'body', 'attachments.filename', 'attachments.text'],
      attributesToCrop: ['summary', 'body', 'attachments.text'],
      ...MARKED_MATCHES,
    },
    /**
     * Call right after sending the search, with the time taken just before sending it: whether the index can
     * be trusted for a hit's guide is read beside the search, not after it (and after it is on its way, so the
     * search does not wait for this statement to go out). The returned function turns the hits into GuideHits
     * (null where the caller may not see the guide, or it is gone); the database has the last word on that.
     */
    begin(searchSentAt: number) {
      const suspectsRead = fromIndex ? readSuspects(ctx) : undefined;
      return async (hits: Hit<GuideDocument>[]): Promise<(GuideHit | null)[]> => {
        const ids = hits.map((hit) => hit.id);
        const guides = suspectsRead
          ? guidesFromIndex(ctx, hits, await suspectsWhenSearched(suspectsRead, searchSentAt))
          : withBody
            ? Promise.all(ids.map((id) => ctx.loaders.guideById.load(id)))
            : guidesWithoutBody(ctx, ids);
        // The highlights are made while PostgreSQL answers.
        const highlights = hits.map((hit) => highlightsOf(hit._formatted as Record<string, unknown>));
        return (await guides).map((guide, i) =>
          guide && mayReadGuide(ctx.user, guide)
            ? Object.assign(new GuideHit(), { guide, highlights: highlights[i] })
            : null,
        );
      };
    },
  };
}

/** Facet counts as the schema gives them, with the values' names (one statement per named kind of value). */
export async function guideFacets(
  ctx: Context,
  facets: SearchFacet[],
  distribution: Record<string, Record<string, number>>,
): Promise<FacetDistribution[]> {
  if (!facets.length) return [];
  const names = await facetNames(ctx, distribution);
  return facets.map((facet) => {
    const counts = distribution[FACET_ATTRIBUTES[facet]!] ?? {};
    return Object.assign(new FacetDistribution(), {
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
    });
  });
}

/** Paging of a hit list from `offset`, as cursors over positions. */
export function searchPageInfo(offset: number, returned: number, totalHits: number): PageInfo {
  const end = offset + returned;
  return Object.assign(new PageInfo(), {
    hasNextPage: end < totalHits,
    hasPreviousPage: offset > 0,
    startCursor: returned ? encodeCursor([offset]) : null,
    endCursor: returned ? encodeCursor([end]) : null,
  });
}

/** Where a page starts and how long it is. */
export function searchPage(input: Pick<SearchInput, 'first' | 'after'>): { offset: number; limit: number } {
  return {
    limit: pageSize(input.first),
    offset: input.after ? Number(decodeCursor(input.after, ['number'])[0]) : 0,
  };
}

/** Full-text search over the published guides the caller may read, with facets counted under the same rules. */
export async function searchGuides(
  ctx: Context,
  input: SearchInput,
  { guideFields }: { guideFields?: ReadonlySet<string> } = {},
): Promise<GuideSearchResult> {
  const part = guideSearchPart(ctx, input, guideFields);
  const { offset, limit } = searchPage(input);
  // Page mode gives exact totals; it needs the offset on a page boundary, which our own cursors always are.
  const paging =
    limit > 0 && offset % limit === 0 ? { hitsPerPage: limit, page: offset / limit + 1 } : { offset, limit };
  const { q, ...query } = part.query;
  const sentAt = performance.now();
  const searched = ctx.search.request((signal, client) =>
    client.index<GuideDocument>(part.indexUid).search(
      q,
      {
        ...query,
        facets: part.facetAttributes,
        sort: SORTS[input.sort ?? SearchSort.RELEVANCE],
        ...paging,
      },
      { signal },
    ),
  );
  const toHits = part.begin(sentAt);
  const response = await searched;
  const counts = response as { totalHits?: number; estimatedTotalHits?: number };
  const totalHits = counts.totalHits ?? counts.estimatedTotalHits ?? 0;
  const distribution = (response.facetDistribution ?? {}) as Record<string, Record<string, number>>;
  // The statements go out together.
  const [hits, facets] = await Promise.all([
    toHits(response.hits),
    guideFacets(ctx, part.facets, distribution),
  ]);
  return {
    totalHits,
    processingTimeMs: response.processingTimeMs,
    hits: hits.filter((hit): hit is GuideHit => hit !== null),
    facets,
    pageInfo: searchPageInfo(offset, response.hits.length, totalHits),
  };
}

/**
 * Guide fields a hit can show from its index document alone, and the
 * document's attributes each needs (a guide built from the index has only
 * those; no other field is resolved on it). Like the highlights, they trail
 * the database by the search sync's delay (seconds); whether the guide is
 * still published and visible does not: see `guidesFromIndex`.
 */
const INDEXED_GUIDE_FIELDS: ReadonlyMap<string, readonly (keyof GuideDocument)[]> = new Map([
  ['__typename', []],
  ['id', []],
  ['title', ['title']],
  ['slug', ['slug']],
  ['summary', ['summary']],
  ['kind', ['kind']],
  ['language', ['language']],
  ['audience', ['audience']],
  // Published, or the hit is dropped (or checked in the database).
  ['status', []],
  ['visibility', []],
  ['organisation', ['organisationId']],
]);
/** What every guide built from the index needs: its id, its visibility (who may read it), its attachments' ids. */
const ALWAYS_RETRIEVED = ['id', 'visibility', 'attachments.id'];

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
