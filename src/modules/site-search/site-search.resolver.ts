import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { selectedFieldsAt } from '../../common/selection';
import type { Context } from '../../context';
import { countSearch, SearchHitType, SearchInput, SearchKey } from '../knowledge-base';
import { Cohort } from '../training';
import { searchEverything, searchKey } from './site-search.service';
import { SearchResult, TrainingHit } from './site-search.types';

@Resolver()
export class SiteSearchResolver {
  @Query(() => SearchResult, {
    description:
      'Searches what you may read: guides (with the text of their attachments), events, training programmes and, signed in, mentors, in Estonian or English, forgiving missing diacritics, typos and synonyms. One ranked list, counted per kind.',
  })
  async search(
    @Arg('input', () => SearchInput, { description: 'What to search for.' }) input: SearchInput,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    // A guide hit shows only fields its index document holds? Then it needs no guide row.
    const guideFields = selectedFieldsAt(info, ['hits', 'guide']);
    const result = await searchEverything(ctx, input, { guideFields });
    // First pages only: paging on is not searching again. Counted by the guides found where guides were searched:
    // the statistics tell editors which guidance people look for and do not find.
    const guides = result.typeCounts.find((c) => c.type === SearchHitType.GUIDE);
    if (!input.after) countSearch(ctx, input.query, guides ? guides.count : result.totalHits);
    return result;
  }

  @Query(() => SearchKey, {
    description:
      'A one-hour Meilisearch tenant token limited to what you may read, for querying Meilisearch directly.',
  })
  searchKey(@Ctx() ctx: Context) {
    return searchKey(ctx);
  }
}

@Resolver(() => TrainingHit)
export class TrainingHitResolver {
  @FieldResolver(() => [Cohort], { description: 'Its cohorts one can enrol in now (OPEN), by name.' })
  openCohorts(@Root() hit: TrainingHit, @Ctx() ctx: Context): Promise<Cohort[]> {
    return ctx.loaders.openCohortsByProgramme.load(hit.programme.id);
  }
}
