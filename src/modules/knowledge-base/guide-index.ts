import type { Meilisearch, Settings } from 'meilisearch';
import type { EntityManager } from 'typeorm';
import type { SearchRuntime } from '../../search/search-runtime';
import { SHARED_INDEX_SETTINGS } from '../../search/search-source';
import { ensureIndex, ensureIndexOnce } from '../../search/indexes';
import { Guide, GuideActivity, Topic } from './guide.entity';
import { GuideStatus } from './guide.enums';
import { markdownHeadings, markdownText } from './markdown';

/** What Meilisearch stores for one published language version of a guide. */
export interface GuideDocument {
  id: string;
  translationKey: string;
  language: string;
  slug: string;
  title: string;
  summary: string;
  headings: string[];
  body: string;
  /** Topic codes with their broader topics, so filtering by "e-its/ORP" finds "e-its/ORP.4". */
  topics: string[];
  /** Topic names, Estonian and English: what a person types. */
  topicNames: string[];
  kind: string;
  audience: string[];
  visibility: string;
  organisationId: string;
  activityIds: string[];
  /** The guide's files: their names, and the text taken out of them (attachment-text.service.ts). */
  attachments: IndexedAttachment[];
  publishedAt: number;
  updatedAt: number;
  version: number;
}

export interface IndexedAttachment {
  id: string;
  filename: string;
  /** Empty while the text is pending, or when none could be taken out. */
  text: string;
}

/**
 * Attachment text one guide's document holds at most, over all its files:
 * Meilisearch indexes only so many words of an attribute, and a sync batch
 * must stay well under its payload limit. Files are taken in upload order.
 */
export const GUIDE_ATTACHMENT_TEXT_BUDGET = 300_000;

function withinBudget(files: IndexedAttachment[]): IndexedAttachment[] {
  let left = GUIDE_ATTACHMENT_TEXT_BUDGET;
  return files.map(({ id, filename, text }) => {
    const kept = text.length <= left ? text : text.slice(0, left).replace(/\s+\S*$/, '');
    left -= kept.length;
    return { id, filename, text: kept };
  });
}

/** Index settings, applied idempotently when a process starts and to every rebuilt index. */
export const GUIDE_INDEX_SETTINGS: Settings = {
  // Typo tolerance, Estonian stop words and synonyms as in every index.
  ...SHARED_INDEX_SETTINGS,
  // Attachments last: a word in the guide itself says more about it than one somewhere in a file.
  searchableAttributes: [
    'title',
    'summary',
    'headings',
    'body',
    'topicNames',
    'attachments.filename',
    'attachments.text',
  ],
  filterableAttributes: [
    'kind',
    'topics',
    'language',
    'audience',
    'visibility',
    'organisationId',
    'activityIds',
  ],
  sortableAttributes: ['publishedAt', 'updatedAt'],
  displayedAttributes: ['*'],
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
};

/** The live guides index of a deployment. */
export const guideIndexUid = (search: Pick<SearchRuntime, 'prefix'>) => `${search.prefix}guides`;

/** Creates the guides index and applies its settings, once per process (at boot, or at the first sync). */
export const ensureGuideIndexOnce = (client: Meilisearch, uid: string) =>
  ensureIndexOnce(client, uid, GUIDE_INDEX_SETTINGS);

/** Creates the index if needed and applies the guides' settings (a rebuild's new index too). */
export const ensureGuideIndex = (client: Meilisearch, uid: string) =>
  ensureIndex(client, uid, GUIDE_INDEX_SETTINGS);

/** Expands topic codes with their ancestors ("e-its/ORP.4" → also "e-its/ORP", "e-its", "cyber-security"). */
function withAncestors(codes: string[], topics: Map<string, Topic>): string[] {
  const all = new Set<string>();
  for (let code of codes) {
    while (code && !all.has(code)) {
      all.add(code);
      code = topics.get(code)?.parentCode ?? '';
    }
  }
  return [...all].sort();
}

/**
 * The search documents of the given guides as they are now: published guides
 * get a document; for any other (draft, archived, deleted) the id comes back in
 * `remove`.
 */
export async function buildGuideDocuments(
  em: EntityManager,
  guideIds: string[],
): Promise<{ upsert: GuideDocument[]; remove: string[] }> {
  const guides = guideIds.length
    ? await em
        .getRepository(Guide)
        .createQueryBuilder('g')
        .where('g.id IN (:...ids)', { ids: guideIds })
        .getMany()
    : [];
  const published = guides.filter((g) => g.status === GuideStatus.PUBLISHED);
  const publishedIds = new Set(published.map((g) => g.id));
  // One after another: `em` may be a transaction's single connection.
  const topics = await em.find(Topic);
  const links = published.length
    ? await em
        .getRepository(GuideActivity)
        .createQueryBuilder('a')
        .where('a.guide_id IN (:...ids)', { ids: [...publishedIds] })
        .getMany()
    : [];
  const files: (IndexedAttachment & { guideId: string })[] = published.length
    ? await em.query(
        `SELECT a.guide_id AS "guideId", a.id, a.filename, coalesce(t.text, '') AS text
           FROM guide_attachments a LEFT JOIN guide_attachment_texts t ON t.attachment_id = a.id
          WHERE a.guide_id = ANY($1) ORDER BY a.created_at, a.id`,
        [[...publishedIds]],
      )
    : [];
  const topicMap = new Map(topics.map((t) => [t.code, t]));
  const upsert = published.map((g) => {
    const codes = withAncestors(g.topicCodes, topicMap);
    return {
      id: g.id,
      translationKey: g.translationKey,
      language: g.language,
      slug: g.slug,
      title: g.title,
      summary: g.summary,
      headings: markdownHeadings(g.body),
      body: markdownText(g.body),
      topics: codes,
      topicNames: codes.flatMap((c) =>
        topicMap.get(c) ? [topicMap.get(c)!.name, topicMap.get(c)!.nameEn] : [],
      ),
      kind: g.kind,
      audience: g.audience,
      visibility: g.visibility,
      organisationId: g.organisationId,
      activityIds: links.filter((l) => l.guideId === g.id).map((l) => l.activityId),
      attachments: withinBudget(files.filter((f) => f.guideId === g.id)),
      publishedAt: Math.floor(g.publishedAt!.getTime() / 1000),
      updatedAt: Math.floor(g.updatedAt.getTime() / 1000),
      version: g.version,
    };
  });
  return { upsert, remove: guideIds.filter((id) => !publishedIds.has(id)) };
}
