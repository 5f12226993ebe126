import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { operationSelectsAny } from '../../common/selection';
import { childPage, type ChildList } from '../../common/child-pages';
import { Role } from '../../common/auth';
import { connectionTypes, PageArgs, type Connection } from '../../common/pagination';
import type { MutationOutcome } from '../../common/mutation';
import type { Context } from '../../context';
import { Activity } from '../action-plan';
import { Organisation } from '../organisations';
import { User } from '../users';
import { Guide, GuideAttachment, GuideRevision, Topic } from './guide.entity';
import { GuideLanguage } from './guide.enums';
import {
  CreateGuideInput,
  GuideFilter,
  GuideTransitionInput,
  PublishGuideInput,
  RemoveGuideAttachmentInput,
  RestoreGuideRevisionInput,
  UpdateGuideInput,
} from './guide.inputs';
import {
  DeleteGuidePayload,
  GuidePayload,
  GuideRevisionDiff,
  RemoveGuideAttachmentPayload,
} from './guide.types';
import {
  createGuide,
  deleteGuide,
  publishGuide,
  removeAttachment,
  restoreRevision,
  transitionGuide,
  updateGuide,
} from './guide-editing.service';
import { findGuide, findGuideBySlug, GUIDE_BODY_FIELDS, listGuides, listTopics } from './guide.service';
import { renderMarkdown } from './markdown';
import { diffRevisions } from './revision.service';
import { mayReadGuide } from './visibility';

export const GuideConnection = connectionTypes(Guide, 'Guide', 'A page of guides.');
export const GuideAttachmentConnection = connectionTypes(
  GuideAttachment,
  'GuideAttachment',
  'A page of attachments.',
);
export const GuideRevisionConnection = connectionTypes(
  GuideRevision,
  'GuideRevision',
  'A page of revisions.',
);

const GUIDE_ATTACHMENTS: ChildList<GuideAttachment> = {
  entity: GuideAttachment,
  from: 'guide_attachments c',
  parent: 'c.guide_id',
  sort: 'c.created_at',
  direction: 'ASC',
  cursor: 'moment',
};

const GUIDE_REVISIONS: ChildList<GuideRevision> = {
  entity: GuideRevision,
  from: 'guide_revisions c',
  parent: 'c.guide_id',
  sort: 'c.number',
  direction: 'DESC',
  cursor: 'number',
};

const payload = ({ value, userErrors }: MutationOutcome<Guide>): GuidePayload => ({
  guide: value,
  userErrors,
});

@Resolver(() => Guide)
export class GuideResolver {
  @Query(() => Guide, {
    nullable: true,
    description: 'A guide by ID; null if it does not exist or you may not read it.',
  })
  guide(
    @Arg('id', () => ID, { description: 'Global ID.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<Guide | null> {
    return findGuide(ctx, id);
  }

  @Query(() => Guide, {
    nullable: true,
    description: 'A guide by slug in a language; slugs it had before a rename still answer.',
  })
  guideBySlug(
    @Arg('slug', { description: 'The slug.' }) slug: string,
    @Arg('language', () => GuideLanguage, { description: 'Language of the version.' })
    language: GuideLanguage,
    @Ctx() ctx: Context,
  ): Promise<Guide | null> {
    return findGuideBySlug(ctx, slug, language);
  }

  @Query(() => GuideConnection, {
    description:
      'Guides by title in Estonian order. Editors see every status; others see what is published and visible to them.',
  })
  guides(
    @Arg('filter', () => GuideFilter, { nullable: true, description: 'Conditions to meet.' })
    filter: GuideFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<Guide>> {
    // Only a query that shows bodies reads them.
    return listGuides(ctx, { filter, ...page, withBody: operationSelectsAny(info, GUIDE_BODY_FIELDS) });
  }

  @Authorized(Role.EDITOR)
  @Query(() => GuideRevisionDiff, {
    nullable: true,
    description: 'What changed between two revisions of one guide. Editors only.',
  })
  guideRevisionDiff(
    @Arg('fromRevisionId', () => ID, { description: 'The older revision.' }) fromRevisionId: string,
    @Arg('toRevisionId', () => ID, { description: 'The newer revision.' }) toRevisionId: string,
    @Ctx() ctx: Context,
  ) {
    return diffRevisions(ctx, fromRevisionId, toRevisionId);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => GuidePayload, {
    description: 'Creates a draft guide (or a translation of one). Editors only.',
  })
  async createGuide(
    @Arg('input', () => CreateGuideInput, { description: 'The mutation input.' }) input: CreateGuideInput,
    @Ctx() ctx: Context,
  ): Promise<GuidePayload> {
    return payload(await createGuide(ctx, input));
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => GuidePayload, {
    description:
      'Saves changes. Pass the version you read: if someone saved since, you get a CONFLICT user error and nothing is overwritten.',
  })
  async updateGuide(
    @Arg('input', () => UpdateGuideInput, { description: 'The mutation input.' }) input: UpdateGuideInput,
    @Ctx() ctx: Context,
  ): Promise<GuidePayload> {
    return payload(await updateGuide(ctx, input));
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => GuidePayload, { description: 'DRAFT → IN_REVIEW. Editors only.' })
  async submitGuideForReview(
    @Arg('input', () => GuideTransitionInput, { description: 'The mutation input.' })
    input: GuideTransitionInput,
    @Ctx() ctx: Context,
  ): Promise<GuidePayload> {
    return payload(await transitionGuide(ctx, 'submitGuideForReview', input));
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => GuidePayload, {
    description: 'Publishes now, or schedules publishing with `at`. Editors only.',
  })
  async publishGuide(
    @Arg('input', () => PublishGuideInput, { description: 'The mutation input.' }) input: PublishGuideInput,
    @Ctx() ctx: Context,
  ): Promise<GuidePayload> {
    return payload(await publishGuide(ctx, input));
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => GuidePayload, { description: 'PUBLISHED → ARCHIVED (leaves search). Editors only.' })
  async archiveGuide(
    @Arg('input', () => GuideTransitionInput, { description: 'The mutation input.' })
    input: GuideTransitionInput,
    @Ctx() ctx: Context,
  ): Promise<GuidePayload> {
    return payload(await transitionGuide(ctx, 'archiveGuide', input));
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => GuidePayload, {
    description: 'Back to DRAFT from review, published (unpublish) or archived. Editors only.',
  })
  async returnGuideToDraft(
    @Arg('input', () => GuideTransitionInput, { description: 'The mutation input.' })
    input: GuideTransitionInput,
    @Ctx() ctx: Context,
  ): Promise<GuidePayload> {
    return payload(await transitionGuide(ctx, 'returnGuideToDraft', input));
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => GuidePayload, {
    description: "Restores a revision's content as a new draft. Editors only.",
  })
  async restoreGuideRevision(
    @Arg('input', () => RestoreGuideRevisionInput, { description: 'The mutation input.' })
    input: RestoreGuideRevisionInput,
    @Ctx() ctx: Context,
  ): Promise<GuidePayload> {
    return payload(await restoreRevision(ctx, input));
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => DeleteGuidePayload, {
    description: 'Deletes a guide and its revisions and attachments. Editors only.',
  })
  async deleteGuide(
    @Arg('input', () => GuideTransitionInput, { description: 'The mutation input.' })
    input: GuideTransitionInput,
    @Ctx() ctx: Context,
  ): Promise<DeleteGuidePayload> {
    const { value, userErrors } = await deleteGuide(ctx, input);
    return { deletedGuideId: value, userErrors };
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => RemoveGuideAttachmentPayload, {
    description: 'Removes an attachment from its guide. Editors only.',
  })
  async removeGuideAttachment(
    @Arg('input', () => RemoveGuideAttachmentInput, { description: 'The mutation input.' })
    input: RemoveGuideAttachmentInput,
    @Ctx() ctx: Context,
  ): Promise<RemoveGuideAttachmentPayload> {
    const { value, userErrors } = await removeAttachment(ctx, input);
    return { removedAttachmentId: value, userErrors };
  }

  @FieldResolver(() => String, { description: 'The body rendered to HTML and sanitised (safe to insert).' })
  bodyHtml(@Root() guide: Guide): string {
    return renderMarkdown(guide.body);
  }

  @FieldResolver(() => [String], {
    description: 'Slugs the guide had before; they still answer in `guideBySlug`.',
  })
  async previousSlugs(@Root() guide: Guide, @Ctx() ctx: Context): Promise<string[]> {
    return (await ctx.loaders.previousSlugs.load(guide.id)).map((s) => s.slug);
  }

  @FieldResolver(() => [Guide], { description: 'The other language versions you may read.' })
  async translations(@Root() guide: Guide, @Ctx() ctx: Context): Promise<Guide[]> {
    const versions = await ctx.loaders.guidesByTranslationKey.load(guide.translationKey);
    return versions.filter((g) => g.id !== guide.id && mayReadGuide(ctx.user, g));
  }

  @FieldResolver(() => [Topic], { description: 'Topics from the taxonomy.' })
  async topics(@Root() guide: Guide, @Ctx() ctx: Context): Promise<Topic[]> {
    const topics = await ctx.loaders.topicByCode.loadMany(guide.topicCodes);
    return topics.filter((t): t is Topic => t instanceof Topic);
  }

  @FieldResolver(() => Organisation, { description: 'The organisation that owns the guide.' })
  async organisation(@Root() guide: Guide, @Ctx() ctx: Context): Promise<Organisation> {
    return (await ctx.loaders.organisationById.load(guide.organisationId))!;
  }

  @FieldResolver(() => [User], { description: 'Authors.' })
  async authors(@Root() guide: Guide, @Ctx() ctx: Context): Promise<User[]> {
    const links = await ctx.loaders.guideAuthorIds.load(guide.id);
    const users = await ctx.loaders.userById.loadMany(links.map((l) => l.userId));
    return users.filter((u): u is User => u instanceof User);
  }

  @FieldResolver(() => [Activity], { description: 'Related action-plan activities.' })
  async activities(@Root() guide: Guide, @Ctx() ctx: Context): Promise<Activity[]> {
    const links = await ctx.loaders.guideActivityIds.load(guide.id);
    const activities = await ctx.loaders.activityById.loadMany(links.map((l) => l.activityId));
    return activities.filter((a): a is Activity => a instanceof Activity);
  }

  @FieldResolver(() => GuideAttachmentConnection, {
    description: 'Attached files, oldest first (download with the same bearer token).',
  })
  attachments(
    @Root() guide: Guide,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<GuideAttachment>> {
    return childPage(ctx, GUIDE_ATTACHMENTS, guide.id, page);
  }

  @Authorized(Role.EDITOR)
  @FieldResolver(() => GuideRevisionConnection, {
    description: 'Saved revisions, newest first. Editors only.',
  })
  revisions(
    @Root() guide: Guide,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<GuideRevision>> {
    return childPage(ctx, GUIDE_REVISIONS, guide.id, page);
  }
}

@Resolver(() => GuideRevision)
export class GuideRevisionResolver {
  @FieldResolver(() => String, { description: 'Title as of this revision.' })
  title(@Root() revision: GuideRevision): string {
    return String(revision.snapshot.title ?? '');
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who saved it.' })
  author(@Root() revision: GuideRevision, @Ctx() ctx: Context): Promise<User | null> | null {
    return revision.authorId ? ctx.loaders.userById.load(revision.authorId) : null;
  }
}

@Resolver(() => Topic)
export class TopicResolver {
  @Query(() => [Topic], { description: 'The topic taxonomy: themes, E-ITS module groups and modules.' })
  topics(@Ctx() ctx: Context): Promise<Topic[]> {
    return listTopics(ctx);
  }
}
