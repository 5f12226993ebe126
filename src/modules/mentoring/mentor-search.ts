import type { EntityManager } from 'typeorm';
import type { SearchSource } from '../../search/search-source';

/** What the mentors index holds for one mentor. */
export interface MentorDocument {
  id: string;
  type: 'MENTOR';
  name: string;
  organisation: string;
  /** E-ITS topics the mentor knows: codes, and their names in Estonian and English. */
  expertise: string[];
  expertiseCodes: string[];
  languages: string[];
  bio: string;
  available: boolean;
  /** 1 when available: a number, as Meilisearch's custom ranking rules need. */
  availableRank: number;
}

/**
 * Mentors in search, for signed-in people only, as the mentor list is: the
 * signed-out never get a mentor hit, a count or a token for the index.
 * Available mentors rank first among equally relevant ones.
 */
export const mentorSearchSource: SearchSource = {
  type: 'MENTOR',
  index: 'mentors',
  settings: {
    searchableAttributes: ['name', 'expertise', 'bio', 'organisation'],
    filterableAttributes: ['type', 'available', 'languages', 'expertiseCodes'],
    sortableAttributes: ['availableRank'],
    rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness', 'availableRank:desc'],
  },
  facets: { MENTOR_LANGUAGE: 'languages', MENTOR_AVAILABLE: 'available' },
  highlight: ['name', 'expertise', 'bio'],
  crop: ['bio'],
  async documents(em: EntityManager, ids: string[]) {
    const rows: {
      id: string;
      name: string;
      organisation: string | null;
      expertise_codes: string[];
      expertise: string[];
      languages: string[];
      bio: string;
      available: boolean;
    }[] = ids.length
      ? await em.query(
          `SELECT m.id, u.name, o.name AS organisation, m.expertise_codes, m.languages, m.bio, m.available,
                  coalesce((SELECT array_agg(concat_ws(' ', t.code, t.name, t.name_en) ORDER BY t.code)
                              FROM topics t WHERE t.code = ANY(m.expertise_codes)), '{}') AS expertise
             FROM mentor_profiles m
             JOIN users u ON u.id = m.user_id
             LEFT JOIN organisations o ON o.id = m.organisation_id
            WHERE m.id = ANY($1)`,
          [ids],
        )
      : [];
    const upsert: MentorDocument[] = rows.map((m) => ({
      id: m.id,
      type: 'MENTOR',
      name: m.name,
      organisation: m.organisation ?? '',
      expertise: m.expertise,
      expertiseCodes: m.expertise_codes,
      languages: m.languages,
      bio: m.bio,
      available: m.available,
      availableRank: m.available ? 1 : 0,
    }));
    const found = new Set(upsert.map((d) => d.id));
    return { upsert, remove: ids.filter((id) => !found.has(id)) };
  },
  async allIds(em) {
    const rows: { id: string }[] = await em.query('SELECT id FROM mentor_profiles ORDER BY id');
    return rows.map((r) => r.id);
  },
  filterFor: (user) => (user ? [] : null),
};
