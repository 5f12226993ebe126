import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { GuideAttachmentText } from './attachment-text.entity';
import { GuideAttachment } from './guide.entity';
import { mayEditGuides } from './visibility';

@Resolver(() => GuideAttachment)
export class AttachmentTextResolver {
  @FieldResolver(() => GuideAttachmentText, {
    nullable: true,
    description:
      'Whether its text was taken out for search, and why not if it failed. Editors only: null for others.',
  })
  textExtraction(
    @Root() attachment: GuideAttachment,
    @Ctx() ctx: Context,
  ): Promise<GuideAttachmentText | null> | null {
    if (!mayEditGuides(ctx.user)) return null;
    return ctx.loaders.attachmentTextById.load(attachment.id);
  }
}
