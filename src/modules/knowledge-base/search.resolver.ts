import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Query, Resolver } from 'type-graphql';
import { selectedFieldsAt } from '../../common/selection';
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
    @Info() info: GraphQLResolveInfo,
  ) {
    return searchGuides(ctx, input, { guideFields: selectedFieldsAt(info, ['hits', 'guide']) });
  }

  @Query(() => SearchKey, {
    description:
      'A one-hour Meilisearch tenant token limited to what you may read, for querying Meilisearch directly.',
  })
  searchKey(@Ctx() ctx: Context) {
    return searchKey(ctx);
  }
}
