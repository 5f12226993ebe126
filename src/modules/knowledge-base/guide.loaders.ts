import { In, type DataSource } from 'typeorm';
import { rowsWhereIn } from '../../common/sql-rows';
import { groupedLoader, keyedLoader } from '../../common/loaders';
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
    guideById: keyedLoader<string, Guide>(
      (ids) => rowsWhereIn(dataSource, Guide, 'id', ids),
      (g) => g.id,
    ),
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
    guideRevisionById: keyedLoader<string, GuideRevision>(
      (ids) => rowsWhereIn(dataSource, GuideRevision, 'id', ids),
      (r) => r.id,
    ),
    guideAttachmentById: keyedLoader<string, GuideAttachment>(
      (ids) => rowsWhereIn(dataSource, GuideAttachment, 'id', ids),
      (a) => a.id,
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
