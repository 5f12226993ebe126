import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { searchGuides, searchKey } from './search.service';
import { SearchKey, SearchResult } from './search.types';
import { SearchInput } from './search.inputs';

@Resolver()
export class SearchResolver {
  @Query(() => SearchResult, {
    description:
      'Searches the published guides you may read, in Estonian or English, forgiving missing diacritics, typos and synonyms.',
  })
  search(
    @Arg('input', () => SearchInput, { description: 'What to search for.' }) input: SearchInput,
    @Ctx() ctx: Context,
  ) {
    return searchGuides(ctx, input);
  }

  @Query(() => SearchKey, {
    description:
      'A one-hour Meilisearch tenant token limited to what you may read, for querying Meilisearch directly.',
  })
  searchKey(@Ctx() ctx: Context) {
    return searchKey(ctx);
  }
}
