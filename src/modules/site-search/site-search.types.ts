import { createUnionType, Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../common/pagination';
import { FacetDistribution, GuideHit, SearchHighlight, SearchHitType } from '../knowledge-base';
import { MentorProfile } from '../mentoring';
import { Event } from '../seminars';
import { Cohort, TrainingProgramme } from '../training';

@ObjectType({ description: 'An IT-network event found by a search.' })
export class EventHit {
  @Field(() => Event, { description: 'The event.' })
  event: Event;

  @Field(() => [SearchHighlight], {
    description: 'Where it matched: its title, description or agenda ("sessions").',
  })
  highlights: SearchHighlight[];
}

@ObjectType({ description: 'A training programme found by a search.' })
export class TrainingHit {
  @Field(() => TrainingProgramme, { description: 'The programme.' })
  programme: TrainingProgramme;

  /** Resolved in site-search.resolver.ts: the cohorts one can enrol in now. */
  openCohorts?: Cohort[];

  @Field(() => [SearchHighlight], {
    description: 'Where it matched: its title, description, modules or open cohorts ("openCohorts").',
  })
  highlights: SearchHighlight[];
}

@ObjectType({ description: 'An E-ITS mentor found by a search (signed-in people only).' })
export class MentorHit {
  @Field(() => MentorProfile, { description: 'The mentor.' })
  mentor: MentorProfile;

  @Field(() => [SearchHighlight], { description: 'Where it matched: name, expertise or bio.' })
  highlights: SearchHighlight[];
}

export const SearchHit = createUnionType({
  name: 'SearchHit',
  description: 'One hit of a search: a guide, an event, a training programme or a mentor.',
  types: () => [GuideHit, EventHit, TrainingHit, MentorHit] as const,
});

@ObjectType({ description: 'How many hits of one kind a search found.' })
export class SearchTypeCount {
  @Field(() => SearchHitType, { description: 'The kind.' })
  type: SearchHitType;

  @Field(() => Int, { description: 'Hits of that kind across all pages.' })
  count: number;
}

@ObjectType({ description: 'Search results: one ranked list over every kind searched.' })
export class SearchResult {
  @Field(() => Int, { description: 'Hits in total across all pages and kinds (exact).' })
  totalHits: number;

  @Field(() => Int, { description: "Meilisearch's processing time." })
  processingTimeMs: number;

  @Field(() => [SearchHit], { description: 'This page of hits, best first.' })
  hits: (GuideHit | EventHit | TrainingHit | MentorHit)[];

  @Field(() => [SearchTypeCount], {
    description: 'Hits per kind searched (a kind with none is listed with 0), in the order of SearchHitType.',
  })
  typeCounts: SearchTypeCount[];

  @Field(() => [FacetDistribution], {
    description:
      "The requested facets, in the order asked, each over its own kind's hits (empty for a kind not searched).",
  })
  facets: FacetDistribution[];

  @Field(() => PageInfo, { description: 'Paging.' })
  pageInfo: PageInfo;
}
