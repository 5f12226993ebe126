import { In, type DataSource } from 'typeorm';
import { byIdLoader, groupedLoader, keyedLoader } from '../../common/loaders';
import { rowsWhereIn } from '../../common/sql-rows';
import { GuideAttachmentText } from './attachment-text.entity';
import {
  Guide,
  GuideActivity,
  GuideAttachment,
  GuideAuthor,
  GuideRevision,
  GuideSlugHistory,
  Topic,
} from './guide.entity';

export function guideLoaders(dataSource: DataSource) {
  const repo = <T extends object>(entity: new () => T) => dataSource.getRepository(entity);
  return {
    guideById: byIdLoader(dataSource, Guide),
    guidesByTranslationKey: groupedLoader<string, Guide>(
      (keys) => repo(Guide).find({ where: { translationKey: In([...keys]) }, order: { language: 'ASC' } }),
      (g) => g.translationKey,
    ),
    guideAuthorIds: groupedLoader<string, GuideAuthor>(
      (ids) => repo(GuideAuthor).findBy({ guideId: In([...ids]) }),
      (a) => a.guideId,
    ),
    guideActivityIds: groupedLoader<string, GuideActivity>(
      (ids) => repo(GuideActivity).findBy({ guideId: In([...ids]) }),
      (a) => a.guideId,
    ),
    guideRevisionById: byIdLoader(dataSource, GuideRevision),
    guideAttachmentById: byIdLoader(dataSource, GuideAttachment),
    /** How extraction went, without the text itself (it can be 100 000 characters). */
    attachmentTextById: keyedLoader<string, GuideAttachmentText>(
      (ids) => rowsWhereIn(dataSource, GuideAttachmentText, 'attachment_id', ids, undefined, ['text']),
      (t) => t.attachmentId,
    ),
    previousSlugs: groupedLoader<string, GuideSlugHistory>(
      (ids) => repo(GuideSlugHistory).findBy({ guideId: In([...ids]) }),
      (s) => s.guideId,
    ),
    topicByCode: keyedLoader<string, Topic>(
      (codes) => repo(Topic).findBy({ code: In([...codes]) }),
      (t) => t.code,
    ),
  };
}

export type GuideLoaders = ReturnType<typeof guideLoaders>;

declare module '../../context' {
  interface Loaders extends GuideLoaders {}
}
