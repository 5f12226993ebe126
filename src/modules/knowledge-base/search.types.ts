import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../common/pagination';
import { Guide } from './guide.entity';

export enum SearchFacet {
  KIND = 'KIND',
  TOPIC = 'TOPIC',
  LANGUAGE = 'LANGUAGE',
  AUDIENCE = 'AUDIENCE',
  ORGANISATION = 'ORGANISATION',
  ACTIVITY = 'ACTIVITY',
}
registerEnumType(SearchFacet, {
  name: 'SearchFacet',
  description: 'A dimension search results can be counted by.',
});

export enum SearchSort {
  RELEVANCE = 'RELEVANCE',
  NEWEST = 'NEWEST',
  RECENTLY_UPDATED = 'RECENTLY_UPDATED',
}
registerEnumType(SearchSort, {
  name: 'SearchSort',
  description: 'Order of search hits.',
  valuesConfig: {
    RELEVANCE: { description: 'Best match first (default).' },
    NEWEST: { description: 'Most recently published first.' },
    RECENTLY_UPDATED: { description: 'Most recently updated first.' },
  },
});

@ObjectType({ description: 'A cropped piece of a field with the matched words marked.' })
export class SearchHighlight {
  @Field({ description: 'The field: "title", "summary" or "body".' })
  field: string;

  @Field({
    description:
      'HTML-escaped text in which matches are wrapped in <mark>…</mark>; safe to insert as HTML and style.',
  })
  snippet: string;
}

@ObjectType({ description: 'One search hit.' })
export class SearchHit {
  @Field(() => Guide, { description: 'The guide.' })
  guide: Guide;

  @Field(() => [SearchHighlight], { description: 'Where it matched.' })
  highlights: SearchHighlight[];
}

@ObjectType({ description: 'One value of a facet and how many hits have it.' })
export class FacetValue {
  @Field({
    description:
      'The value: an enum value, topic code, language, or a global ID for organisations and activities.',
  })
  value: string;

  @Field(() => String, {
    nullable: true,
    description: 'Human label where one exists (topic or organisation name).',
  })
  label: string | null;

  @Field(() => Int, { description: 'Number of hits with this value.' })
  count: number;
}

@ObjectType({ description: 'Counts of one facet over all hits.' })
export class FacetDistribution {
  @Field(() => SearchFacet, { description: 'The facet.' })
  facet: SearchFacet;

  @Field(() => [FacetValue], { description: 'Values, most frequent first.' })
  values: FacetValue[];
}

@ObjectType({ description: 'Search results.' })
export class SearchResult {
  @Field(() => Int, { description: 'Hits in total across all pages (exact).' })
  totalHits: number;

  @Field(() => Int, { description: "Meilisearch's processing time." })
  processingTimeMs: number;

  @Field(() => [SearchHit], { description: 'This page of hits.' })
  hits: SearchHit[];

  @Field(() => [FacetDistribution], { description: 'The requested facets.' })
  facets: FacetDistribution[];

  @Field(() => PageInfo, { description: 'Paging.' })
  pageInfo: PageInfo;
}

@ObjectType({ description: 'A short-lived Meilisearch tenant token restricted to what the caller may read.' })
export class SearchKey {
  @Field({ description: 'Send as "Authorization: Bearer <token>" to Meilisearch.' })
  token: string;

  @Field({ description: 'When it stops working.' })
  expiresAt: Date;

  @Field({ description: 'Meilisearch URL.' })
  host: string;

  @Field({ description: 'The index to search.' })
  indexUid: string;
}
