import type { EntityManager } from 'typeorm';
import type { SearchSource } from '../../search/search-source';
import { markdownText } from '../knowledge-base';

/** What the training index holds for one published programme. */
export interface ProgrammeDocument {
  id: string;
  type: 'TRAINING';
  title: string;
  titleEn: string;
  description: string;
  /** Its modules: titles (Estonian and English) and learning outcomes. */
  modules: string[];
  /** Names of the cohorts one can enrol in now. */
  openCohorts: string[];
  hasOpenCohort: boolean;
  /** How many open cohorts: a number, as Meilisearch's custom ranking rules need. */
  openCohortCount: number;
  topics: string[];
}

/**
 * Training programmes in search: the published ones, which anyone may read,
 * with the names of their open cohorts; a programme with an open cohort ranks
 * before one without among equally relevant hits.
 */
export const programmeSearchSource: SearchSource = {
  type: 'TRAINING',
  index: 'training',
  settings: {
    searchableAttributes: ['title', 'titleEn', 'modules', 'description', 'openCohorts'],
    filterableAttributes: ['type', 'hasOpenCohort', 'topics'],
    sortableAttributes: ['openCohortCount'],
    rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness', 'openCohortCount:desc'],
  },
  facets: { TRAINING_TOPIC: 'topics', TRAINING_OPEN_COHORT: 'hasOpenCohort' },
  highlight: ['title', 'description', 'modules', 'openCohorts'],
  crop: ['description', 'modules'],
  async documents(em: EntityManager, ids: string[]) {
    const rows: {
      id: string;
      title: string;
      title_en: string | null;
      description: string;
      topic_codes: string[];
      modules: string[];
      open_cohorts: string[];
    }[] = ids.length
      ? await em.query(
          `SELECT p.id, p.title, p.title_en, p.description, p.topic_codes,
                  coalesce((SELECT array_agg(concat_ws('. ', m.title, m.title_en,
                                                       array_to_string(m.learning_outcomes, '. '))
                                             ORDER BY m.position)
                              FROM training_modules m WHERE m.programme_id = p.id), '{}') AS modules,
                  coalesce((SELECT array_agg(c.name ORDER BY c.name)
                              FROM training_cohorts c WHERE c.programme_id = p.id AND c.status = 'OPEN'), '{}')
                    AS open_cohorts
             FROM training_programmes p
            WHERE p.id = ANY($1) AND p.status = 'PUBLISHED'`,
          [ids],
        )
      : [];
    const upsert: ProgrammeDocument[] = rows.map((p) => ({
      id: p.id,
      type: 'TRAINING',
      title: p.title,
      titleEn: p.title_en ?? '',
      description: markdownText(p.description),
      modules: p.modules,
      openCohorts: p.open_cohorts,
      hasOpenCohort: p.open_cohorts.length > 0,
      openCohortCount: p.open_cohorts.length,
      topics: p.topic_codes,
    }));
    const found = new Set(upsert.map((d) => d.id));
    return { upsert, remove: ids.filter((id) => !found.has(id)) };
  },
  async allIds(em) {
    const rows: { id: string }[] = await em.query(
      `SELECT id FROM training_programmes WHERE status = 'PUBLISHED' ORDER BY id`,
    );
    return rows.map((r) => r.id);
  },
  filterFor: () => [],
};
