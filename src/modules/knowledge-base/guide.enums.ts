import { registerEnumType } from 'type-graphql';

export enum GuideKind {
  BEST_PRACTICE = 'BEST_PRACTICE',
  HOW_TO = 'HOW_TO',
  TEMPLATE = 'TEMPLATE',
  POLICY = 'POLICY',
  DOCUMENTATION = 'DOCUMENTATION',
  CASE_STUDY = 'CASE_STUDY',
}
registerEnumType(GuideKind, {
  name: 'GuideKind',
  description: 'What kind of material a guide is.',
  valuesConfig: {
    BEST_PRACTICE: { description: 'Hea tava — best practice.' },
    HOW_TO: { description: 'Juhend — step-by-step how-to.' },
    TEMPLATE: { description: 'Põhi — a template to adapt.' },
    POLICY: { description: 'Poliitika — a policy or rule set.' },
    DOCUMENTATION: { description: 'Dokumentatsioon — reference documentation.' },
    CASE_STUDY: { description: 'Juhtumiuuring — how a KOV did it.' },
  },
});

export enum GuideStatus {
  DRAFT = 'DRAFT',
  IN_REVIEW = 'IN_REVIEW',
  PUBLISHED = 'PUBLISHED',
  ARCHIVED = 'ARCHIVED',
}
registerEnumType(GuideStatus, {
  name: 'GuideStatus',
  description:
    'Where a guide is in the publishing workflow: DRAFT → IN_REVIEW → PUBLISHED → ARCHIVED, and back to DRAFT.',
});

export enum Visibility {
  /** Anyone, signed in or not. */
  PUBLIC = 'PUBLIC',
  /** Signed-in staff of any KOV or partner organisation. */
  MEMBERS = 'MEMBERS',
  /** ELVL only. */
  INTERNAL = 'INTERNAL',
}
registerEnumType(Visibility, {
  name: 'Visibility',
  description: 'Who may read a guide.',
  valuesConfig: {
    PUBLIC: { description: 'Anyone, signed in or not.' },
    MEMBERS: { description: 'Signed-in staff of any KOV or partner organisation.' },
    INTERNAL: { description: 'ELVL staff only.' },
  },
});

export enum Audience {
  IT_SPECIALIST = 'IT_SPECIALIST',
  SERVICE_OWNER = 'SERVICE_OWNER',
  LEADERSHIP = 'LEADERSHIP',
  EVERYONE = 'EVERYONE',
}
registerEnumType(Audience, { name: 'Audience', description: 'Who a guide is written for.' });

export enum GuideLanguage {
  et = 'et',
  en = 'en',
}
registerEnumType(GuideLanguage, {
  name: 'GuideLanguage',
  description: 'Language of a guide version (ISO 639-1).',
});
