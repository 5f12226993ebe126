import type { EntityManager } from 'typeorm';
import type { SearchSource } from '../../search/search-source';
import { markdownText } from '../knowledge-base';

/** What the events index holds for one published (or held) event. */
export interface EventDocument {
  id: string;
  type: 'EVENT';
  title: string;
  description: string;
  /** The agenda: titles and descriptions of its sessions, and their speakers. */
  sessions: string[];
  speakers: string[];
  kind: string;
  themes: string[];
  location: string;
  startsAt: number;
  endsAt: number;
}

/** The statuses an event is found in (the documents hold only these; hits are checked against them too). */
export const SEARCHABLE_EVENT_STATUSES: readonly string[] = ['PUBLISHED', 'COMPLETED'];

/**
 * Events in search: published ones and those already held (their materials
 * stay useful); drafts and cancelled events are not found. Anyone may find
 * them, as anyone may read them. Ties go to the later event, so upcoming
 * ones come before past ones of the same relevance.
 */
export const eventSearchSource: SearchSource = {
  type: 'EVENT',
  index: 'events',
  settings: {
    searchableAttributes: ['title', 'sessions', 'description', 'speakers', 'location'],
    filterableAttributes: ['type', 'kind', 'themes'],
    sortableAttributes: ['startsAt'],
    rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness', 'startsAt:desc'],
  },
  facets: { EVENT_KIND: 'kind', EVENT_THEME: 'themes' },
  highlight: ['title', 'description', 'sessions'],
  crop: ['description', 'sessions'],
  async documents(em: EntityManager, ids: string[]) {
    const rows: {
      id: string;
      title: string;
      description: string;
      kind: string;
      themes: string[];
      location: string | null;
      starts_at: Date;
      ends_at: Date;
      sessions: { title: string; description: string | null; speakers: { name: string }[] }[];
    }[] = ids.length
      ? await em.query(
          `SELECT e.id, e.title, e.description, e.kind::text AS kind, e.themes::text[] AS themes, e.venue_address AS location,
                  e.starts_at, e.ends_at,
                  coalesce((SELECT json_agg(json_build_object('title', s.title, 'description', s.description,
                                                              'speakers', s.speakers) ORDER BY s.starts_at)
                              FROM event_sessions s WHERE s.event_id = e.id), '[]') AS sessions
             FROM events e
            WHERE e.id = ANY($1) AND e.status = ANY($2)`,
          [ids, SEARCHABLE_EVENT_STATUSES],
        )
      : [];
    const upsert: EventDocument[] = rows.map((e) => ({
      id: e.id,
      type: 'EVENT',
      title: e.title,
      description: markdownText(e.description),
      sessions: e.sessions.map((s) => [s.title, s.description].filter(Boolean).join('. ')),
      speakers: [...new Set(e.sessions.flatMap((s) => (s.speakers ?? []).map((p) => p.name)))],
      kind: e.kind,
      themes: e.themes,
      location: e.location ?? '',
      startsAt: Math.floor(new Date(e.starts_at).getTime() / 1000),
      endsAt: Math.floor(new Date(e.ends_at).getTime() / 1000),
    }));
    const found = new Set(upsert.map((d) => d.id));
    return { upsert, remove: ids.filter((id) => !found.has(id)) };
  },
  async allIds(em) {
    const rows: { id: string }[] = await em.query(
      `SELECT id FROM events WHERE status = ANY($1) ORDER BY id`,
      [SEARCHABLE_EVENT_STATUSES],
    );
    return rows.map((r) => r.id);
  },
  filterFor: () => [],
};
