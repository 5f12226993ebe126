import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../common/auth';
import { countSearchClick, searchStatistics } from './search-analytics';
import type { Context } from '../../context';
import { RecordSearchClickPayload, SearchHighlight, SearchStatistics } from './search.types';
import { GuideAttachment } from './guide.entity';
import { findAttachment } from './guide.service';
import { RecordSearchClickInput } from './search.inputs';

@Resolver()
export class SearchResolver {
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
