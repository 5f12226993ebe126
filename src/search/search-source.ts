import type { Meilisearch, Settings } from 'meilisearch';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../common/auth';
import type { SearchRuntime } from './search-runtime';
import { ESTONIAN_STOP_WORDS, synonymMap } from './synonyms';
import { ensureIndex, ensureIndexOnce } from './indexes';

/**
 * One kind of content searched beside the guides (events, training
 * programmes, mentors), in a Meilisearch index of its own. The module that
 * owns the content says what a document holds and who may find it; the
 * site-search module keeps the index in sync (its outbox is filled by database
 * triggers, so no change can be missed), rebuilds it, and searches it together
 * with the others.
 */
export interface SearchSource {
  /** The hit type it yields, as the schema names it (SearchHitType): "EVENT". */
  type: string;
  /** The index's name after the deployment's prefix. */
  index: string;
  /** Settings beside the shared Estonian ones (searchableAttributes, filters, ranking). */
  settings: Settings;
  /** The facets (SearchFacet values) its hits can be counted by, and the attribute each counts. */
  facets: Readonly<Record<string, string>>;
  /** Fields whose matches are shown, and those of them cropped to a snippet. */
  highlight: string[];
  crop: string[];
  /** The current documents of the given subjects: those that may be found, and the ids of the rest. */
  documents(em: EntityManager, ids: string[]): Promise<{ upsert: { id: string }[]; remove: string[] }>;
  /** Every subject that has a document now (for a rebuild). */
  allIds(em: EntityManager): Promise<string[]>;
  /**
   * The Meilisearch filter for a caller, or null when the caller may not find
   * this type at all (its index is then neither searched nor in their tenant token).
   */
  filterFor(user: AuthUser | null): string[] | null;
}

/** Typo tolerance, stop words and synonyms: the same for every index, guides included. */
export const SHARED_INDEX_SETTINGS: Settings = {
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
  stopWords: ESTONIAN_STOP_WORDS,
  synonyms: synonymMap(),
  // Documents can be long (guides' bodies and files); a large window would only cost memory.
  pagination: { maxTotalHits: 10_000 },
  faceting: { maxValuesPerFacet: 200 },
  // The API never offers facet-value search; not building its index makes every update cheaper.
  facetSearch: false,
  displayedAttributes: ['*'],
};

export const sourceIndexUid = (search: Pick<SearchRuntime, 'prefix'>, source: Pick<SearchSource, 'index'>) =>
  `${search.prefix}${source.index}`;

const settingsOf = (source: SearchSource): Settings => ({ ...SHARED_INDEX_SETTINGS, ...source.settings });

/** Creates a source's index if needed and applies its settings (a rebuild's new index too). */
export const ensureSourceIndex = (client: Meilisearch, uid: string, source: SearchSource) =>
  ensureIndex(client, uid, settingsOf(source));

/** ensureSourceIndex once per process and index (at boot, or at the first sync if Meilisearch was down then). */
export const ensureSourceIndexOnce = (client: Meilisearch, uid: string, source: SearchSource) =>
  ensureIndexOnce(client, uid, settingsOf(source));

const quote = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** A Meilisearch filter clause: the attribute has one of the values. */
export const anyOf = (attribute: string, values: readonly string[]) =>
  `${attribute} IN [${values.map(quote).join(', ')}]`;
