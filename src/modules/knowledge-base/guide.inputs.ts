import { ArrayMaxSize, IsOptional, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { Audience, GuideKind, GuideLanguage, GuideStatus, Visibility } from './guide.enums';

const BODY_MAX = 200_000;

@InputType({ description: 'A new guide (a draft). Editors only.' })
export class CreateGuideInput {
  @Field(() => GuideLanguage, { description: 'Language of this version.' })
  language: GuideLanguage;

  @Field(() => ID, {
    nullable: true,
    description: 'An existing guide this one translates (links the language versions).',
  })
  @IsOptional()
  translationOf?: string;

  @Field(() => GuideKind, { description: 'What kind of material it is.' })
  kind: GuideKind;

  @Field({ description: 'Title.' })
  @MinLength(1)
  @MaxLength(300)
  title: string;

  @Field(() => String, { nullable: true, description: 'URL slug; made from the title when omitted.' })
  @IsOptional()
  @MaxLength(120)
  slug?: string;

  @Field({ description: 'Short summary.' })
  @MaxLength(2000)
  summary: string;

  @Field({ description: 'Body in Markdown.' })
  @MaxLength(BODY_MAX)
  body: string;

  @Field(() => Visibility, { description: 'Who may read it once published.' })
  visibility: Visibility;

  @Field(() => [Audience], { description: 'Who it is written for.' })
  @ArrayMaxSize(4)
  audience: Audience[];

  @Field(() => [String], { description: 'Topic codes from `topics`.' })
  @ArrayMaxSize(30)
  topics: string[];

  @Field(() => ID, {
    nullable: true,
    description: "Owning organisation; defaults to the editor's organisation.",
  })
  @IsOptional()
  organisationId?: string;

  @Field(() => [ID], { nullable: true, description: 'Authors (users); defaults to the editor.' })
  @IsOptional()
  @ArrayMaxSize(20)
  authorIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Related action-plan activities.' })
  @IsOptional()
  @ArrayMaxSize(20)
  activityIds?: string[];
}

@InputType({ description: 'Changes to a guide. Omitted fields stay as they are; lists are replaced whole.' })
export class UpdateGuideInput {
  @Field(() => ID, { description: 'The guide.' })
  id: string;

  @Field(() => Int, {
    description: 'The version you read; a newer one in the database gives a CONFLICT user error.',
  })
  version: number;

  @Field(() => GuideKind, { nullable: true, description: 'Kind.' })
  @IsOptional()
  kind?: GuideKind;

  @Field(() => String, { nullable: true, description: 'Title.' })
  @IsOptional()
  @MinLength(1)
  @MaxLength(300)
  title?: string;

  @Field(() => String, { nullable: true, description: 'New slug; the old one keeps answering.' })
  @IsOptional()
  @MaxLength(120)
  slug?: string;

  @Field(() => String, { nullable: true, description: 'Summary.' })
  @IsOptional()
  @MaxLength(2000)
  summary?: string;

  @Field(() => String, { nullable: true, description: 'Body in Markdown.' })
  @IsOptional()
  @MaxLength(BODY_MAX)
  body?: string;

  @Field(() => Visibility, { nullable: true, description: 'Visibility.' })
  @IsOptional()
  visibility?: Visibility;

  @Field(() => [Audience], { nullable: true, description: 'Audience.' })
  @IsOptional()
  @ArrayMaxSize(4)
  audience?: Audience[];

  @Field(() => [String], { nullable: true, description: 'Topic codes.' })
  @IsOptional()
  @ArrayMaxSize(30)
  topics?: string[];

  @Field(() => ID, { nullable: true, description: 'Owning organisation.' })
  @IsOptional()
  organisationId?: string;

  @Field(() => [ID], { nullable: true, description: 'Authors.' })
  @IsOptional()
  @ArrayMaxSize(20)
  authorIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Related activities.' })
  @IsOptional()
  @ArrayMaxSize(20)
  activityIds?: string[];
}

@InputType({ description: 'A workflow step on a guide.' })
export class GuideTransitionInput {
  @Field(() => ID, { description: 'The guide.' })
  id: string;

  @Field(() => Int, { description: 'The version you read.' })
  version: number;
}

@InputType({ description: 'Publishes a guide now, or at a later time (the worker carries it out).' })
export class PublishGuideInput {
  @Field(() => ID, { description: 'The guide.' })
  id: string;

  @Field(() => Int, { description: 'The version you read.' })
  version: number;

  @Field(() => Date, { nullable: true, description: 'When to publish; omitted or in the past means now.' })
  @IsOptional()
  at?: Date;
}

@InputType({ description: 'Restores an old revision as a new draft.' })
export class RestoreGuideRevisionInput {
  @Field(() => ID, { description: 'The revision to restore.' })
  revisionId: string;

  @Field(() => Int, { description: 'The version of the guide you read.' })
  version: number;
}

@InputType({ description: 'Narrows a guide listing.' })
export class GuideFilter {
  @Field(() => [GuideStatus], {
    nullable: true,
    description: 'Statuses (editors only; others see only PUBLISHED).',
  })
  @IsOptional()
  statuses?: GuideStatus[];

  @Field(() => [GuideKind], { nullable: true, description: 'Kinds.' })
  @IsOptional()
  kinds?: GuideKind[];

  @Field(() => [GuideLanguage], { nullable: true, description: 'Languages.' })
  @IsOptional()
  languages?: GuideLanguage[];

  @Field(() => [String], {
    nullable: true,
    description: 'Guides with any of these topics (or narrower ones).',
  })
  @IsOptional()
  @ArrayMaxSize(30)
  topics?: string[];

  @Field(() => ID, { nullable: true, description: 'Owning organisation.' })
  @IsOptional()
  organisationId?: string;

  @Field(() => ID, { nullable: true, description: 'Related activity.' })
  @IsOptional()
  activityId?: string;
}

@InputType({ description: 'Removes an attachment from its guide.' })
export class RemoveGuideAttachmentInput {
  @Field(() => ID, { description: 'The attachment.' })
  id: string;
}
