import { performance } from 'node:perf_hooks';
import type { FederatedMultiSearchParams, Hit, MultiSearchQueryWithFederation } from 'meilisearch';
import { generateTenantToken } from 'meilisearch/token';
import type { Context } from '../../context';
import { MARKED_MATCHES, matchedSnippets } from '../../search/highlights';
import { anyOf, sourceIndexUid, type SearchSource } from '../../search/search-source';
import {
  FacetDistribution,
  GUIDE_FACETS,
  guideFacets,
  guideIndexUid,
  guideSearchPart,
  GuideHit,
  readableVisibilities,
  searchGuides,
  SearchHitType,
  searchPage,
  searchPageInfo,
  SearchSort,
  type SearchInput,
} from '../knowledge-base';
import { findMentorProfileById } from '../mentoring';
import { findEventById, SEARCHABLE_EVENT_STATUSES } from '../seminars';
import { findProgrammeById, ProgrammeStatus } from '../training';
import { sourceFacet, sourceOfFacet } from './facets';
import { SEARCH_SOURCES } from './search-sources';
import { EventHit, MentorHit, SearchResult, SearchTypeCount, TrainingHit } from './site-search.types';

type AnyHit = GuideHit | EventHit | TrainingHit | MentorHit;

/** How a source's hit becomes its GraphQL hit: the subject read under its module's own visibility rule. */
const HIT_OF: Record<
  string,
  (ctx: Context, id: string, highlights: AnyHit['highlights']) => Promise<AnyHit | null>
> = {
  // Found only as the index holds them, even while the index is behind: not a draft, cancelled or archived one
  // (which their organisers may read, but which search never offers).
  EVENT: async (ctx, id, highlights) => {
    const event = await findEventById(ctx, id);
    return event && SEARCHABLE_EVENT_STATUSES.includes(event.status)
      ? Object.assign(new EventHit(), { event, highlights })
      : null;
  },
  TRAINING: async (ctx, id, highlights) => {
    const programme = await findProgrammeById(ctx, id);
    return programme?.status === ProgrammeStatus.PUBLISHED
      ? Object.assign(new TrainingHit(), { programme, highlights })
      : null;
  },
  MENTOR: async (ctx, id, highlights) => {
    const mentor = await findMentorProfileById(ctx, id);
    return mentor && Object.assign(new MentorHit(), { mentor, highlights });
  },
};

const ALL_TYPES = Object.values(SearchHitType);

/**
 * The kinds a search covers: those asked for (all by default), guides only
 * when guides are among them and a guide filter or a non-relevance sort is
 * given, and never one the caller may not find (mentors for the signed-out).
 */
export function searchedTypes(
  ctx: Context,
  input: SearchInput,
): { types: SearchHitType[]; sources: SearchSource[] } {
  let types = input.types?.length ? ALL_TYPES.filter((t) => input.types!.includes(t)) : ALL_TYPES;
  // Guide conditions and sorts narrow a search that includes guides to guides; without guides they do not apply.
  const guideFilter = Object.values(input.filter ?? {}).some((value) =>
    Array.isArray(value) ? value.length > 0 : value !== undefined && value !== null,
  );
  const guideSort = Boolean(input.sort && input.sort !== SearchSort.RELEVANCE);
  if ((guideFilter || guideSort) && types.includes(SearchHitType.GUIDE)) types = [SearchHitType.GUIDE];
  const sources = SEARCH_SOURCES.filter(
    (s) => types.includes(s.type as SearchHitType) && s.filterFor(ctx.user) !== null,
  );
  return {
    types: types.filter((t) => t === SearchHitType.GUIDE || sources.some((s) => s.type === t)),
    sources,
  };
}

/**
 * One search over guides, events, training programmes and mentors: one
 * federated multi-search in Meilisearch (each kind in its own index, with its
 * own settings and visibility filter), ranked together, counted per kind.
 * Guides alone take the plain search (exact paging, sorts, the same answer as before).
 */
export async function searchEverything(
  ctx: Context,
  input: SearchInput,
  { guideFields }: { guideFields?: ReadonlySet<string> } = {},
): Promise<SearchResult> {
  const { types, sources } = searchedTypes(ctx, input);
  const { offset, limit } = searchPage(input);
  const requestedFacets = [...new Set(input.facets ?? [])];
  // The facets in the order asked: guide facets over the guide hits, the others over their own kind's hits.
  const inOrder = (
    guideFacetList: FacetDistribution[],
    distributionOf: (source: SearchSource) => Record<string, Record<string, number>>,
  ) =>
    Promise.all(
      requestedFacets.map((facet) => {
        if (GUIDE_FACETS.includes(facet)) return guideFacetList.find((f) => f.facet === facet)!;
        const source = sourceOfFacet(sources, facet);
        return sourceFacet(ctx, facet, source, source ? distributionOf(source) : {});
      }),
    );
  if (types.length === 0)
    return Object.assign(new SearchResult(), {
      totalHits: 0,
      processingTimeMs: 0,
      hits: [],
      typeCounts: [],
      facets: await inOrder([], () => ({})),
      pageInfo: searchPageInfo(offset, 0, 0),
    });
  if (types.length === 1 && types[0] === SearchHitType.GUIDE) {
    const guides = await searchGuides(ctx, input, { guideFields });
    return Object.assign(new SearchResult(), {
      ...guides,
      facets: await inOrder(guides.facets, () => ({})),
      typeCounts: [
        Object.assign(new SearchTypeCount(), { type: SearchHitType.GUIDE, count: guides.totalHits }),
      ],
    });
  }

  const queries: MultiSearchQueryWithFederation[] = [];
  const facetsByIndex: Record<string, string[]> = {};
  const guidePart = types.includes(SearchHitType.GUIDE)
    ? guideSearchPart(ctx, input, guideFields)
    : undefined;
  if (guidePart) {
    queries.push({ indexUid: guidePart.indexUid, ...guidePart.query });
    // Every guide document has exactly one language: their counts add up to the guide hits.
    facetsByIndex[guidePart.indexUid] = [...new Set(['language', ...guidePart.facetAttributes])];
  }
  for (const source of sources) {
    const uid = sourceIndexUid(ctx.search, source);
    const filter = source.filterFor(ctx.user)!;
    queries.push({
      indexUid: uid,
      q: input.query,
      ...(filter.length ? { filter } : {}),
      attributesToRetrieve: ['id'],
      attributesToHighlight: source.highlight,
      attributesToCrop: source.crop,
      ...MARKED_MATCHES,
    });
    facetsByIndex[uid] = [
      'type',
      ...requestedFacets.filter((f) => f in source.facets).map((f) => source.facets[f]),
    ];
  }
  const request: FederatedMultiSearchParams = { federation: { offset, limit, facetsByIndex }, queries };
  const sentAt = performance.now();
  const searched = ctx.search.request((signal, client) => client.multiSearch(request, { signal }));
  const toGuideHits = guidePart?.begin(sentAt);
  const response = await searched;

  const distribution = (uid: string) =>
    (response.facetsByIndex?.[uid]?.distribution ?? {}) as Record<string, Record<string, number>>;
  const sum = (counts: Record<string, number> | undefined) =>
    Object.values(counts ?? {}).reduce((a, b) => a + b, 0);
  const typeCounts = types.map((type) => {
    const source = sources.find((s) => s.type === type);
    const count = source
      ? (distribution(sourceIndexUid(ctx.search, source)).type?.[type] ?? 0)
      : sum(distribution(guidePart!.indexUid).language);
    return Object.assign(new SearchTypeCount(), { type, count });
  });
  const totalHits = typeCounts.reduce((total, t) => total + t.count, 0);

  // Each hit by its index; guides in one go (one statement at most), the others through their modules' loaders.
  const hits = response.hits as Hit<{ id: string }>[];
  const indexOf = (hit: Hit) => hit._federation?.indexUid;
  const guideHits = guidePart ? hits.filter((hit) => indexOf(hit) === guidePart.indexUid) : [];
  const [guides, others, facets] = await Promise.all([
    toGuideHits ? toGuideHits(guideHits as never) : Promise.resolve([]),
    Promise.all(
      hits.map((hit) => {
        const source = sources.find((s) => sourceIndexUid(ctx.search, s) === indexOf(hit));
        if (!source) return null;
        const highlights = matchedSnippets(hit._formatted as Record<string, unknown>, source.highlight);
        return HIT_OF[source.type](ctx, hit.id, highlights);
      }),
    ),
    guidePart ? guideFacets(ctx, guidePart.facets, distribution(guidePart.indexUid)) : [],
  ]);
  const allFacets = await inOrder(facets, (source) => distribution(sourceIndexUid(ctx.search, source)));
  const guideHitById = new Map(guideHits.map((hit, i) => [hit.id, guides[i]]));
  const page = hits
    .map((hit, i) =>
      guidePart && indexOf(hit) === guidePart.indexUid ? guideHitById.get(hit.id) : others[i],
    )
    .filter((hit): hit is AnyHit => Boolean(hit));
  return Object.assign(new SearchResult(), {
    totalHits,
    processingTimeMs: response.processingTimeMs,
    hits: page,
    typeCounts,
    facets: allFacets,
    pageInfo: searchPageInfo(offset, hits.length, totalHits),
  });
}

/** How long a tenant token lives. */
export const SEARCH_KEY_TTL_SECONDS = 3600;

/**
 * A Meilisearch tenant token for every index the caller may search, each with
 * the caller's filter as its search rule, signed with a search-only key, so
 * front-ends can query Meilisearch directly (a multi-search too) without ever
 * seeing more than the API would show. The signed-out get no mentors index.
 */
export async function searchKey(ctx: Context) {
  const guides = guideIndexUid(ctx.search);
  const rules: Record<string, { filter?: string[] | string } | null> = {
    [guides]: { filter: anyOf('visibility', readableVisibilities(ctx.user)) },
  };
  for (const source of SEARCH_SOURCES) {
    const filter = source.filterFor(ctx.user);
    if (filter) rules[sourceIndexUid(ctx.search, source)] = filter.length ? { filter } : {};
  }
  // The key covers every index a deployment has; each token names only what its holder may search.
  const allIndexes = [guides, ...SEARCH_SOURCES.map((s) => sourceIndexUid(ctx.search, s))];
  const { uid, key } = await ctx.search.request(() => ctx.search.tenantKey(allIndexes));
  const expiresAt = new Date(Date.now() + SEARCH_KEY_TTL_SECONDS * 1000);
  const token = await generateTenantToken({ apiKey: key, apiKeyUid: uid, searchRules: rules, expiresAt });
  return { token, expiresAt, host: ctx.search.publicHost, indexUid: guides, indexUids: Object.keys(rules) };
}
