import type { AppModule } from '../../module';
import { attachmentRoutes } from './attachment.routes';
import {
  Guide,
  GuideActivity,
  GuideAttachment,
  GuideAuthor,
  GuideRevision,
  GuideSlugHistory,
  Topic,
} from './guide.entity';
import {
  extractAttachmentTexts,
  publishScheduledGuides,
  purgeSearchOutbox,
  sweepAttachmentFiles,
  syncGuideIndex,
} from './guide.jobs';
import { GuideAttachmentText } from './attachment-text.entity';
import { AttachmentTextResolver } from './attachment-text.resolver';
import { ensureGuideIndexOnce, guideIndexUid } from './guide-index';
import { guideLoaders } from './guide.loaders';
import { GuideResolver, GuideRevisionResolver, TopicResolver } from './guide.resolver';
import { seedKnowledgeBase } from './guide.seed';
import { findAttachment, findGuideById, findRevision } from './guide.service';
import { SearchOutboxEntry, SearchReindexRun } from './search-outbox.entity';
import { SearchClickDay, SearchQueryDay } from './search-analytics.entity';
import { migrations } from './migrations';
import { SearchHighlightResolver, SearchResolver } from './search.resolver';

/**
 * The KOV-wide intranet: guides with drafts, review, publishing, revisions and
 * attachments, the topic taxonomy, and their search index in Meilisearch
 * (kept in line through the search outbox; rebuilt by `npm run reindex`).
 */
export const knowledgeBaseModule: AppModule = {
  name: 'knowledge-base',
  entities: [
    Topic,
    Guide,
    GuideSlugHistory,
    GuideAuthor,
    GuideActivity,
    GuideRevision,
    GuideAttachment,
    GuideAttachmentText,
    SearchOutboxEntry,
    SearchReindexRun,
    SearchQueryDay,
    SearchClickDay,
  ],
  resolvers: [
    GuideResolver,
    GuideRevisionResolver,
    TopicResolver,
    SearchResolver,
    SearchHighlightResolver,
    AttachmentTextResolver,
  ],
  loaders: guideLoaders,
  nodes: { Guide: findGuideById, GuideRevision: findRevision, GuideAttachment: findAttachment },
  routes: attachmentRoutes,
  boot: ({ search }) => ensureGuideIndexOnce(search.client, guideIndexUid(search)),
  jobs: [
    publishScheduledGuides,
    syncGuideIndex,
    extractAttachmentTexts,
    sweepAttachmentFiles,
    purgeSearchOutbox,
  ],
  seed: seedKnowledgeBase,
  migrations,
};

export { Guide, Topic } from './guide.entity';
export { reindexGuides } from './guide-reindex';
export { markdownText, renderMarkdown } from './markdown';
export { mayReadGuide } from './visibility';
export { guideIndexUid } from './guide-index';
export { createGuide, publishGuide } from './guide-editing.service';
export { Audience, GuideKind, GuideLanguage, GuideStatus, Visibility } from './guide.enums';
export { blobPath, sweepBlobs } from './blob-store';
export { guidesPublished } from './measures';
export { measureSearchQuality, type SearchQualityResult } from './search-quality';
export {
  guideFacets,
  guideSearchPart,
  searchGuides,
  searchPage,
  searchPageInfo,
  type GuideSearchResult,
} from './search.service';
export {
  FacetDistribution,
  FacetValue,
  GUIDE_FACETS,
  GuideHit,
  SearchHighlight,
  SearchFacet,
  SearchHitType,
  SearchKey,
  SearchSort,
} from './search.types';
export { readableVisibilities } from './visibility';
export { countSearch, normaliseQuery, settleSearchCounts } from './search-analytics';
export { SearchInput } from './search.inputs';
export { TextExtractor, type ExtractionOutcome } from './text-extractor';
