import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../common/auth';
import type { MutationOutcome } from '../../common/mutation';
import { connectionTypes, PageArgs, type Connection } from '../../common/pagination';
import type { Context } from '../../context';
import { Topic } from '../knowledge-base';
import { Organisation } from '../organisations';
import { User } from '../users';
import { MentorProfile, Mentorship, MentorshipGoal, MentorshipMeeting } from './mentoring.entity';
import { MentorshipStatus } from './mentoring.enums';
import {
  LogMentorshipMeetingInput,
  MentorProfileFilter,
  MentorProfileInput,
  MentorshipIdInput,
  RequestMentorshipInput,
  UpdateMentorshipGoalInput,
} from './mentoring.inputs';
import {
  closeMentorship,
  decideMentorship,
  findMentorshipById,
  listMentorProfiles,
  logMeeting,
  mentoringReport,
  mentorshipMeetings,
  myMentorships,
  requestMentorship,
  saveMentorProfile,
  updateGoal,
} from './mentoring.service';
import { localUuid } from '../../common/node-id';
import {
  MentoringReport,
  MentorProfileConnection,
  MentorProfilePayload,
  MentorshipPayload,
} from './mentoring.types';

const payload = ({ value, userErrors }: MutationOutcome<Mentorship>): MentorshipPayload => ({
  mentorship: value,
  userErrors,
});

export const MentorshipConnection = connectionTypes(Mentorship, 'Mentorship', 'A page of mentorships.');
export const MentorshipMeetingConnection = connectionTypes(
  MentorshipMeeting,
  'MentorshipMeeting',
  'A page of mentorship meetings.',
);

@Resolver(() => MentorProfile)
export class MentorProfileResolver {
  @Authorized()
  @Query(() => MentorProfileConnection, {
    description: 'E-ITS mentors, filtered by topic, county and availability. Signed-in people.',
  })
  mentorProfiles(
    @Arg('filter', () => MentorProfileFilter, { nullable: true, description: 'Conditions to meet.' })
    filter: MentorProfileFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<MentorProfile>> {
    return listMentorProfiles(ctx, { filter, ...page });
  }

  @Authorized()
  @Mutation(() => MentorProfilePayload, { description: 'Creates or changes your mentor profile.' })
  async saveMentorProfile(
    @Arg('input', () => MentorProfileInput, { description: 'The mutation input.' }) input: MentorProfileInput,
    @Ctx() ctx: Context,
  ): Promise<MentorProfilePayload> {
    const { value, userErrors } = await saveMentorProfile(ctx, input);
    return { mentorProfile: value, userErrors };
  }

  @FieldResolver(() => User, { description: 'The mentor.' })
  async user(@Root() profile: MentorProfile, @Ctx() ctx: Context): Promise<User> {
    return (await ctx.loaders.userById.load(profile.userId))!;
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The mentor’s organisation.' })
  organisation(@Root() profile: MentorProfile, @Ctx() ctx: Context) {
    return profile.organisationId ? ctx.loaders.organisationById.load(profile.organisationId) : null;
  }

  @FieldResolver(() => [Topic], { description: 'E-ITS module groups and modules the mentor knows.' })
  async expertise(@Root() profile: MentorProfile, @Ctx() ctx: Context): Promise<Topic[]> {
    const topics = await ctx.loaders.topicByCode.loadMany(profile.expertiseCodes);
    return topics.filter((t): t is Topic => t instanceof Topic);
  }
}

@Resolver(() => Mentorship)
export class MentorshipResolver {
  @Authorized()
  @Query(() => Mentorship, { nullable: true, description: 'One mentorship: the pair and coordinators only.' })
  mentorship(@Arg('id', () => ID, { description: 'Global ID.' }) id: string, @Ctx() ctx: Context) {
    const local = localUuid(id, 'Mentorship');
    return local ? findMentorshipById(ctx, local) : null;
  }

  @Authorized()
  @Query(() => MentorshipConnection, {
    description: 'Mentorships you are in, as mentor or mentee, newest first.',
  })
  myMentorships(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context): Promise<Connection<Mentorship>> {
    return myMentorships(ctx, page);
  }

  @Authorized(Role.COORDINATOR, Role.ORGANISER)
  @Query(() => MentoringReport, {
    description:
      'Mentorships by status and KOVs supported (counts only). Coordinators, organisers and admins.',
  })
  mentoringReport(@Ctx() ctx: Context) {
    return mentoringReport(ctx);
  }

  @Authorized()
  @Mutation(() => MentorshipPayload, {
    description: 'Asks a mentor to help your KOV with named E-ITS goals.',
  })
  async requestMentorship(
    @Arg('input', () => RequestMentorshipInput, { description: 'The mutation input.' })
    input: RequestMentorshipInput,
    @Ctx() ctx: Context,
  ): Promise<MentorshipPayload> {
    return payload(await requestMentorship(ctx, input));
  }

  @Authorized()
  @Mutation(() => MentorshipPayload, {
    description: 'Accepts a request made to you (MENTOR_AT_CAPACITY when you hold as many as your capacity).',
  })
  async acceptMentorship(
    @Arg('input', () => MentorshipIdInput, { description: 'The mutation input.' }) input: MentorshipIdInput,
    @Ctx() ctx: Context,
  ): Promise<MentorshipPayload> {
    return payload(await decideMentorship(ctx, input.mentorshipId, true));
  }

  @Authorized()
  @Mutation(() => MentorshipPayload, { description: 'Declines a request made to you.' })
  async declineMentorship(
    @Arg('input', () => MentorshipIdInput, { description: 'The mutation input.' }) input: MentorshipIdInput,
    @Ctx() ctx: Context,
  ): Promise<MentorshipPayload> {
    return payload(await decideMentorship(ctx, input.mentorshipId, false));
  }

  @Authorized()
  @Mutation(() => MentorshipPayload, {
    description: 'Marks an accepted mentorship completed. The pair or a coordinator.',
  })
  async completeMentorship(
    @Arg('input', () => MentorshipIdInput, { description: 'The mutation input.' }) input: MentorshipIdInput,
    @Ctx() ctx: Context,
  ): Promise<MentorshipPayload> {
    return payload(await closeMentorship(ctx, input.mentorshipId, MentorshipStatus.COMPLETED));
  }

  @Authorized()
  @Mutation(() => MentorshipPayload, {
    description: 'Cancels a pending or accepted mentorship. The pair or a coordinator.',
  })
  async cancelMentorship(
    @Arg('input', () => MentorshipIdInput, { description: 'The mutation input.' }) input: MentorshipIdInput,
    @Ctx() ctx: Context,
  ): Promise<MentorshipPayload> {
    return payload(await closeMentorship(ctx, input.mentorshipId, MentorshipStatus.CANCELLED));
  }

  @Authorized()
  @Mutation(() => MentorshipPayload, { description: 'Updates a goal’s status and notes. The pair.' })
  async updateMentorshipGoal(
    @Arg('input', () => UpdateMentorshipGoalInput, { description: 'The mutation input.' })
    input: UpdateMentorshipGoalInput,
    @Ctx() ctx: Context,
  ): Promise<MentorshipPayload> {
    return payload(await updateGoal(ctx, input));
  }

  @Authorized()
  @Mutation(() => MentorshipPayload, { description: 'Logs a meeting. The pair.' })
  async logMentorshipMeeting(
    @Arg('input', () => LogMentorshipMeetingInput, { description: 'The mutation input.' })
    input: LogMentorshipMeetingInput,
    @Ctx() ctx: Context,
  ): Promise<MentorshipPayload> {
    return payload(await logMeeting(ctx, input));
  }

  @FieldResolver(() => MentorProfile, { description: 'The mentor.' })
  async mentor(@Root() mentorship: Mentorship, @Ctx() ctx: Context): Promise<MentorProfile> {
    return (await ctx.loaders.mentorProfileById.load(mentorship.mentorProfileId))!;
  }

  @FieldResolver(() => Organisation, { description: 'The KOV being helped.' })
  async menteeOrganisation(@Root() mentorship: Mentorship, @Ctx() ctx: Context): Promise<Organisation> {
    return (await ctx.loaders.organisationById.load(mentorship.menteeOrganisationId))!;
  }

  @FieldResolver(() => [User], { description: 'The KOV’s people in it.' })
  async mentees(@Root() mentorship: Mentorship, @Ctx() ctx: Context): Promise<User[]> {
    const links = await ctx.loaders.mentorshipMentees.load(mentorship.id);
    const users = await ctx.loaders.userById.loadMany(links.map((l) => l.userId));
    return users.filter((u): u is User => u instanceof User);
  }

  @FieldResolver(() => [MentorshipGoal], { description: 'The goals, in order.' })
  goals(@Root() mentorship: Mentorship, @Ctx() ctx: Context): Promise<MentorshipGoal[]> {
    return ctx.loaders.mentorshipGoals.load(mentorship.id);
  }

  @FieldResolver(() => MentorshipMeetingConnection, { description: 'Meetings logged, oldest first.' })
  meetings(
    @Root() mentorship: Mentorship,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<MentorshipMeeting>> {
    return mentorshipMeetings(ctx, mentorship.id, page);
  }
}
