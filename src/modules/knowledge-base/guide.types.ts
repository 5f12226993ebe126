import { Field, ID, ObjectType } from 'type-graphql';
import { UserError } from '../../common/user-error';
import { Guide, GuideRevision } from './guide.entity';

@ObjectType({ description: 'Result of a guide mutation.' })
export class GuidePayload {
  @Field(() => Guide, { nullable: true, description: 'The guide, null when refused (or deleted).' })
  guide: Guide | null;

  @Field(() => [UserError], {
    description: 'Why the input was refused; empty on success. CONFLICT: someone saved first.',
  })
  userErrors: UserError[];
}

@ObjectType({ description: 'Result of deleting a guide.' })
export class DeleteGuidePayload {
  @Field(() => ID, { nullable: true, description: 'ID of the deleted guide.' })
  deletedGuideId: string | null;

  @Field(() => [UserError], { description: 'Why it was refused; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'One changed field between two revisions.' })
export class GuideFieldChange {
  @Field({ description: 'Field name, e.g. "title".' })
  field: string;

  @Field(() => String, { nullable: true, description: 'Value in the older revision (JSON for lists).' })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'Value in the newer revision (JSON for lists).' })
  after: string | null;
}

@ObjectType({ description: 'A run of body lines in a diff.' })
export class DiffLine {
  @Field({ description: '"added", "removed" or "unchanged".' })
  kind: string;

  @Field({ description: 'The lines, newline-separated.' })
  text: string;
}

@ObjectType({ description: 'What changed between two revisions of a guide.' })
export class GuideRevisionDiff {
  @Field(() => GuideRevision, { description: 'The older revision.' })
  from: GuideRevision;

  @Field(() => GuideRevision, { description: 'The newer revision.' })
  to: GuideRevision;

  @Field(() => [GuideFieldChange], { description: 'Fields whose values differ.' })
  changedFields: GuideFieldChange[];

  @Field(() => [DiffLine], { description: 'Line diff of the body.' })
  bodyDiff: DiffLine[];
}

@ObjectType({ description: 'Result of removing an attachment.' })
export class RemoveGuideAttachmentPayload {
  @Field(() => ID, { nullable: true, description: 'ID of the removed attachment.' })
  removedAttachmentId: string | null;

  @Field(() => [UserError], { description: 'Why it was refused; empty on success.' })
  userErrors: UserError[];
}
