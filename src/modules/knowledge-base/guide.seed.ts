import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { seedGuides } from '../../../seeds/guides/guides';
import type { GuideSeed, GuideTextSeed } from '../../../seeds/guides/types';
import type { SeedOptions } from '../../module';
import { Activity, findSeededPlan } from '../action-plan';
import { organisationIdByCode } from '../organisations';
import { User } from '../users';
import { Guide, GuideActivity, GuideAuthor } from './guide.entity';
import { Audience, GuideKind, GuideLanguage, GuideStatus, Visibility } from './guide.enums';
import { recordRevision } from './revision.service';
import { enqueueGuideSync } from './search-outbox.entity';
import { seedTopics } from './topic.seed';

/** Publication dates spread over 2024–2026, deterministic so every database gets the same. */
const publishedAt = (i: number) => new Date(Date.UTC(2024, 0, 15) + i * 23 * 24 * 3600 * 1000);

/**
 * Adds the seed guides that are missing (matched by Estonian slug), each with
 * its English version where written, published, with a first revision and a
 * search outbox entry so the worker indexes them.
 */
async function seedPublishedGuides(em: EntityManager): Promise<number> {
  const { id: planId } = await findSeededPlan(em);
  const activities = await em.findBy(Activity, { planId });
  const activityId = (n: number) => activities.find((a) => a.number === n)?.id;
  const editor = await em.findOneBy(User, { email: 'toimetaja@elvl.ee' });
  let created = 0;
  for (const [i, seed] of seedGuides.entries()) {
    if (await em.existsBy(Guide, { language: GuideLanguage.ET, slug: seed.et.slug })) continue;
    const ownerId = await organisationIdByCode(em, seed.owner);
    const translationKey = randomUUID();
    for (const [language, text] of [
      [GuideLanguage.ET, seed.et],
      [GuideLanguage.EN, seed.en],
    ] as [GuideLanguage, GuideTextSeed | undefined][]) {
      if (!text) continue;
      const guide = await insertGuide(em, seed, text, language, translationKey, ownerId, publishedAt(i));
      if (editor) await em.insert(GuideAuthor, { guideId: guide.id, userId: editor.id });
      const links = seed.activities.map(activityId).filter((id): id is string => Boolean(id));
      if (links.length)
        await em.insert(
          GuideActivity,
          links.map((id) => ({ guideId: guide.id, activityId: id })),
        );
      await recordRevision(em, guide, editor?.id ?? null);
      await enqueueGuideSync(em, guide.id);
      created += 1;
    }
  }
  return created;
}

function insertGuide(
  em: EntityManager,
  seed: GuideSeed,
  text: GuideTextSeed,
  language: GuideLanguage,
  translationKey: string,
  organisationId: string,
  at: Date,
): Promise<Guide> {
  return em.save(
    em.create(Guide, {
      translationKey,
      language,
      kind: seed.kind as GuideKind,
      title: text.title,
      slug: text.slug,
      summary: text.summary,
      body: text.body,
      status: GuideStatus.PUBLISHED,
      visibility: seed.visibility as Visibility,
      audience: seed.audience as Audience[],
      topicCodes: seed.topics,
      organisationId,
      publishedAt: at,
    }),
  );
}

/** The topic taxonomy and the published seed guides (queued for indexing). */
export async function seedKnowledgeBase(em: EntityManager, _options: SeedOptions): Promise<void> {
  await seedTopics(em);
  await seedPublishedGuides(em);
}
