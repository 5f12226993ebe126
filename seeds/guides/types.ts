/**
 * Shape of the knowledge-base seed guides: realistic best-practice material for
 * KOV IT specialists, written for this project from public facts.
 */

export type GuideKindSeed =
  'BEST_PRACTICE' | 'HOW_TO' | 'TEMPLATE' | 'POLICY' | 'DOCUMENTATION' | 'CASE_STUDY';
export type AudienceSeed = 'IT_SPECIALIST' | 'SERVICE_OWNER' | 'LEADERSHIP' | 'EVERYONE';
export type VisibilitySeed = 'PUBLIC' | 'MEMBERS' | 'INTERNAL';

/** One language version of a guide. */
export interface GuideTextSeed {
  /** URL slug, lower-case ASCII words joined by "-", unique within the language. */
  slug: string;
  title: string;
  /** One or two sentences. */
  summary: string;
  /** Markdown: ## headings, lists, the odd table or link; 250–700 words. */
  body: string;
}

export interface GuideSeed {
  /** Stable key for the guide across languages, e.g. "e-its-samm-sammult". */
  key: string;
  kind: GuideKindSeed;
  visibility: VisibilitySeed;
  audience: AudienceSeed[];
  /**
   * Topic codes: 'services', 'data', 'cyber-security', 'it-management', and
   * E-ITS codes 'e-its/<GROUP>' or 'e-its/<MODULE>' (e.g. 'e-its/ISMS', 'e-its/ORP.4', 'e-its/DER.2.1').
   */
  topics: string[];
  /** Organisation code (ELVL, RIA, MKM, JUSTDIGI) or a KOV's EHAK code (e.g. '0784' Tallinn). */
  owner: string;
  /** Numbers (1–8) of related action-plan activities. */
  activities: number[];
  et: GuideTextSeed;
  /** English version, for some guides. */
  en?: GuideTextSeed;
}
