import { Arg, Field, Int, ObjectType } from 'type-graphql';
import { Language, registerLabelledEnum } from '../../common/labelled-enum';
import { Guide } from './guide.entity';
import { UserError } from '../../common/user-error';

export enum SearchFacet {
  KIND = 'KIND',
  TOPIC = 'TOPIC',
  LANGUAGE = 'LANGUAGE',
  AUDIENCE = 'AUDIENCE',
  ORGANISATION = 'ORGANISATION',
  ACTIVITY = 'ACTIVITY',
  EVENT_KIND = 'EVENT_KIND',
  EVENT_THEME = 'EVENT_THEME',
  TRAINING_TOPIC = 'TRAINING_TOPIC',
  TRAINING_OPEN_COHORT = 'TRAINING_OPEN_COHORT',
  MENTOR_LANGUAGE = 'MENTOR_LANGUAGE',
  MENTOR_AVAILABLE = 'MENTOR_AVAILABLE',
}

/** The facets of guide hits; the others count the hits of their own kind. */
export const GUIDE_FACETS: readonly SearchFacet[] = [
  SearchFacet.KIND,
  SearchFacet.TOPIC,
  SearchFacet.LANGUAGE,
  SearchFacet.AUDIENCE,
  SearchFacet.ORGANISATION,
  SearchFacet.ACTIVITY,
];
registerLabelledEnum(SearchFacet, {
  name: 'SearchFacet',
  description: 'A dimension search results can be counted by.',
  values: {
    KIND: { et: 'Liik', en: 'Kind', description: 'By GuideKind.' },
    TOPIC: { et: 'Teema', en: 'Topic', description: 'By topic code (with broader topics).' },
    LANGUAGE: { et: 'Keel', en: 'Language', description: 'By GuideLanguage.' },
    AUDIENCE: { et: 'Sihtrühm', en: 'Audience', description: 'By Audience.' },
    ORGANISATION: {
      et: 'Organisatsioon',
      en: 'Organisation',
      description: 'By the authoring organisation (global ID).',
    },
    ACTIVITY: {
      et: 'Tegevus',
      en: 'Activity',
      description: 'By the action-plan activity a guide serves (global ID).',
    },
    EVENT_KIND: { et: 'Ürituse liik', en: 'Event kind', description: 'Event hits by EventKind.' },
    EVENT_THEME: { et: 'Ürituse suund', en: 'Event theme', description: 'Event hits by Theme.' },
    TRAINING_TOPIC: {
      et: 'Koolituse teema',
      en: 'Training topic',
      description: 'Training hits by topic code.',
    },
    TRAINING_OPEN_COHORT: {
      et: 'Avatud grupp',
      en: 'Open cohort',
      description: 'Training hits by whether a cohort is open for enrolment ("true", "false").',
    },
    MENTOR_LANGUAGE: {
      et: 'Mentori keel',
      en: 'Mentor language',
      description: 'Mentor hits by working language (ISO 639-1).',
    },
    MENTOR_AVAILABLE: {
      et: 'Mentor vaba',
      en: 'Mentor available',
      description: 'Mentor hits by whether the mentor takes new requests ("true", "false").',
    },
  },
});

export enum SearchSort {
  RELEVANCE = 'RELEVANCE',
  NEWEST = 'NEWEST',
  RECENTLY_UPDATED = 'RECENTLY_UPDATED',
}
registerLabelledEnum(SearchSort, {
  name: 'SearchSort',
  description: 'Order of search hits.',
  values: {
    RELEVANCE: { et: 'Asjakohasus', en: 'Relevance', description: 'Best match first (default).' },
    NEWEST: { et: 'Uuemad', en: 'Newest', description: 'Most recently published first.' },
    RECENTLY_UPDATED: {
      et: 'Viimati muudetud',
      en: 'Recently updated',
      description: 'Most recently updated first.',
    },
  },
});

@ObjectType({ description: 'A cropped piece of a field with the matched words marked.' })
export class SearchHighlight {
  @Field({
    description:
      'The field: "title", "summary", "body", or "attachment" (then `attachment` names the file whose text or name matched).',
  })
  field: string;

  /** The matching attachment's ID, for `attachment`. */
  attachmentId?: string;

  @Field({
    description:
      'HTML-escaped text in which matches are wrapped in <mark>…</mark>; safe to insert as HTML and style.',
  })
  snippet: string;
}

@ObjectType({ description: 'A guide found by a search.' })
export class GuideHit {
  @Field(() => Guide, { description: 'The guide.' })
  guide: Guide;

  @Field(() => [SearchHighlight], {
    description: 'Where it matched: its title, summary, body or attachments.',
  })
  highlights: SearchHighlight[];
}

export enum SearchHitType {
  GUIDE = 'GUIDE',
  EVENT = 'EVENT',
  TRAINING = 'TRAINING',
  MENTOR = 'MENTOR',
}
registerLabelledEnum(SearchHitType, {
  name: 'SearchHitType',
  description: 'The kinds of content one search finds.',
  values: {
    GUIDE: { et: 'Juhendid', en: 'Guides', description: 'Knowledge-base guides, with their attachments.' },
    EVENT: { et: 'Üritused', en: 'Events', description: 'Published IT-network events, upcoming first.' },
    TRAINING: {
      et: 'Koolitused',
      en: 'Training',
      description: 'Published training programmes, with their open cohorts.',
    },
    MENTOR: { et: 'Mentorid', en: 'Mentors', description: 'E-ITS mentors; signed-in people only.' },
  },
});

@ObjectType({ description: 'One value of a facet and how many hits have it.' })
export class FacetValue {
  @Field({
    description:
      'The value: the enum value (KIND, LANGUAGE, AUDIENCE), the topic code, or a global ID for organisations and activities.',
  })
  value: string;

  /** The value's name in Estonian and English, where it has one; read through `label`. */
  labels: { et: string | null; en: string | null };

  @Field(() => String, {
    nullable: true,
    description:
      'What to show for the value: the enum value’s label, the topic’s, organisation’s or activity’s name (Estonian when there is no English one); null if the value is unknown.',
  })
  label(
    @Arg('language', () => Language, { defaultValue: Language.ET, description: 'Language of the label.' })
    language: Language,
  ): string | null {
    return this.labels[language] ?? this.labels.et;
  }

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

@ObjectType({ description: 'A short-lived Meilisearch tenant token restricted to what the caller may read.' })
export class SearchKey {
  @Field({ description: 'Send as "Authorization: Bearer <token>" to Meilisearch.' })
  token: string;

  @Field({ description: 'When it stops working.' })
  expiresAt: Date;

  @Field({ description: 'Meilisearch URL.' })
  host: string;

  @Field({ description: 'The guides index (also in `indexUids`).' })
  indexUid: string;

  @Field(() => [String], {
    description:
      'Every index the token may search (guides, events, training; mentors when signed in), for a multi-search.',
  })
  indexUids: string[];
}

@ObjectType({ description: 'How often a query was searched in a period.' })
export class SearchQueryCount {
  @Field({
    description: 'The query as counted: lower case, single-spaced, e-mails and long numbers replaced.',
  })
  query: string;

  @Field(() => Int, { description: 'Searches (first pages only).' })
  searches: number;

  @Field(() => Int, { description: 'Searches that found nothing.' })
  zeroResultSearches: number;

  @Field(() => Int, { description: 'Hits of this query that were opened (recordSearchClick).' })
  clicks: number;
}

@ObjectType({ description: 'What people searched for in a period, for editors: which guidance is missing.' })
export class SearchStatistics {
  @Field(() => [SearchQueryCount], { description: 'The most searched queries, most first.' })
  topQueries: SearchQueryCount[];

  @Field(() => [SearchQueryCount], {
    description:
      'The queries that most often found nothing, most first: guidance people look for and do not find.',
  })
  topZeroResultQueries: SearchQueryCount[];
}

@ObjectType({ description: 'The result of recordSearchClick.' })
export class RecordSearchClickPayload {
  @Field(() => [UserError], { description: 'Why the click was not counted, if it was refused.' })
  userErrors: UserError[];
}
