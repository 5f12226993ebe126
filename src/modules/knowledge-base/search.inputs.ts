import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { SearchFacet, SearchHitType, SearchSort } from './search.types';
import { Field, ID, InputType, Int } from 'type-graphql';
import { Audience, GuideKind, GuideLanguage } from './guide.enums';

@InputType({
  description: 'Narrows a search. Visibility is never a client filter: the server adds it from the caller.',
})
export class SearchFilter {
  @Field(() => [GuideKind], { nullable: true, description: 'Only these kinds.' })
  @IsOptional()
  kinds?: GuideKind[];

  @Field(() => [String], {
    nullable: true,
    description: 'Only guides with any of these topic codes (broader topics include narrower).',
  })
  @IsOptional()
  @ArrayMaxSize(30)
  topics?: string[];

  @Field(() => [GuideLanguage], { nullable: true, description: 'Only guides in these languages.' })
  @IsOptional()
  @ArrayMaxSize(5)
  languages?: GuideLanguage[];

  @Field(() => [Audience], { nullable: true, description: 'Only guides for any of these audiences.' })
  @IsOptional()
  audiences?: Audience[];

  @Field(() => [ID], { nullable: true, description: 'Only guides owned by these organisations.' })
  @IsOptional()
  @ArrayMaxSize(100)
  organisationIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Only guides related to these action-plan activities.' })
  @IsOptional()
  @ArrayMaxSize(50)
  activityIds?: string[];
}

@InputType({
  description:
    'A full-text search over what the caller may read: guides, events, training programmes and (signed in) mentors.',
})
export class SearchInput {
  @Field({
    description:
      'What the person typed; diacritics, typos and synonyms are forgiven. Empty lists everything.',
  })
  @MaxLength(500)
  query: string;

  @Field(() => [SearchHitType], {
    nullable: true,
    description:
      'Only these kinds of content (default: all the caller may find). When guides are among them, a guide filter (`filter`) or a sort other than RELEVANCE searches guides only; without guides, those do not apply.',
  })
  @IsOptional()
  @ArrayMaxSize(4)
  types?: SearchHitType[];

  @Field(() => SearchFilter, { nullable: true, description: 'Conditions the guide hits must meet.' })
  @IsOptional()
  filter?: SearchFilter;

  @Field(() => [SearchFacet], {
    nullable: true,
    description:
      "Facets to count, each over its own kind's hits (guide facets over the guide hits, and so on).",
  })
  @IsOptional()
  facets?: SearchFacet[];

  @Field(() => Int, { nullable: true, description: 'Page size, at most 100 (default 20).' })
  @IsOptional()
  first?: number;

  @Field(() => String, { nullable: true, description: 'Cursor to continue after.' })
  @IsOptional()
  after?: string;

  @Field(() => SearchSort, { nullable: true, description: 'Order; relevance by default.' })
  @IsOptional()
  sort?: SearchSort;
}

@InputType({
  description: 'A search hit that was opened: counted per day with its query, never with who opened it.',
})
export class RecordSearchClickInput {
  @Field({ description: 'The query whose hit was opened, as it was searched.' })
  @MaxLength(500)
  query: string;

  @Field(() => ID, { description: 'The guide that was opened.' })
  guideId: string;
}
