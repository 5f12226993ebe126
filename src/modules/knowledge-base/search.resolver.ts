import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  Info,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Role } from '../../common/auth';
import { countSearch, countSearchClick, searchStatistics } from './search-analytics';
import { selectedFieldsAt } from '../../common/selection';
import type { Context } from '../../context';
import { searchGuides, searchKey } from './search.service';
import {
  RecordSearchClickPayload,
  SearchHighlight,
  SearchKey,
  SearchResult,
  SearchStatistics,
} from './search.types';
import { GuideAttachment } from './guide.entity';
import { findAttachment } from './guide.service';
import { RecordSearchClickInput, SearchInput } from './search.inputs';

@Resolver()
export class SearchResolver {
  @Query(() => SearchResult, {
    description:
      'Searches the published guides you may read, in Estonian or English, forgiving missing diacritics, typos and synonyms.',
  })
  async search(
    @Arg('input', () => SearchInput, { description: 'What to search for.' }) input: SearchInput,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const result = await searchGuides(ctx, input, { guideFields: selectedFieldsAt(info, ['hits', 'guide']) });
    // First pages only: paging on is not searching again.
    if (!input.after) countSearch(ctx, input.query, result.totalHits);
    return result;
  }

  @Authorized(Role.EDITOR)
  @Query(() => SearchStatistics, {
    description:
      'What was searched from `from` to `to` (Europe/Tallinn days, both included, at most 366): the most searched queries, and the queries that most often found nothing. Queries searched only once in the period are left out. Editors only.',
  })
  searchStatistics(
    @Arg('from', () => String, { description: 'First day, YYYY-MM-DD.' }) from: string,
    @Arg('to', () => String, { description: 'Last day, YYYY-MM-DD.' }) to: string,
    @Arg('first', () => Int, {
      nullable: true,
      description: 'How many queries per list, at most 100 (default 20).',
    })
    first: number | null,
    @Ctx() ctx: Context,
  ) {
    return searchStatistics(ctx, { from, to, first });
  }

  @Mutation(() => RecordSearchClickPayload, {
    description:
      "Counts that a search hit was opened, for the editors' statistics. Anyone may call it; only guides the caller may read are counted, and the answer is the same either way.",
  })
  recordSearchClick(
    @Arg('input', () => RecordSearchClickInput, { description: 'The mutation input.' })
    input: RecordSearchClickInput,
    @Ctx() ctx: Context,
  ): Promise<RecordSearchClickPayload> {
    return countSearchClick(ctx, input);
  }

  @Query(() => SearchKey, {
    description:
      'A one-hour Meilisearch tenant token limited to what you may read, for querying Meilisearch directly.',
  })
  searchKey(@Ctx() ctx: Context) {
    return searchKey(ctx);
  }
}

@Resolver(() => SearchHighlight)
export class SearchHighlightResolver {
  @FieldResolver(() => GuideAttachment, {
    nullable: true,
    description:
      'For an "attachment" highlight, the file (with its download link); null otherwise, or if it was removed a moment ago.',
  })
  attachment(
    @Root() highlight: SearchHighlight,
    @Ctx() ctx: Context,
  ): Promise<GuideAttachment | null> | null {
    // The same rule as the download: only for those who may read the guide (the hit already says they may).
    return highlight.attachmentId ? findAttachment(ctx, highlight.attachmentId) : null;
  }
}
