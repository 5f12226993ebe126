import { registerLabelledEnum } from '../../common/labelled-enum';

export enum GuideKind {
  BEST_PRACTICE = 'BEST_PRACTICE',
  HOW_TO = 'HOW_TO',
  TEMPLATE = 'TEMPLATE',
  POLICY = 'POLICY',
  DOCUMENTATION = 'DOCUMENTATION',
  CASE_STUDY = 'CASE_STUDY',
}
registerLabelledEnum(GuideKind, {
  name: 'GuideKind',
  description: 'What kind of material a guide is.',
  values: {
    BEST_PRACTICE: { et: 'Hea tava', en: 'Best practice', description: 'Hea tava — best practice.' },
    HOW_TO: { et: 'Juhend', en: 'How-to', description: 'Juhend — step-by-step how-to.' },
    TEMPLATE: { et: 'Põhi', en: 'Template', description: 'Põhi — a template to adapt.' },
    POLICY: { et: 'Poliitika', en: 'Policy', description: 'Poliitika — a policy or rule set.' },
    DOCUMENTATION: {
      et: 'Dokumentatsioon',
      en: 'Documentation',
      description: 'Dokumentatsioon — reference documentation.',
    },
    CASE_STUDY: { et: 'Juhtumiuuring', en: 'Case study', description: 'Juhtumiuuring — how a KOV did it.' },
  },
});

export enum GuideStatus {
  DRAFT = 'DRAFT',
  IN_REVIEW = 'IN_REVIEW',
  PUBLISHED = 'PUBLISHED',
  ARCHIVED = 'ARCHIVED',
}
registerLabelledEnum(GuideStatus, {
  name: 'GuideStatus',
  description:
    'Where a guide is in the publishing workflow: DRAFT → IN_REVIEW → PUBLISHED → ARCHIVED, and back to DRAFT.',
  values: {
    DRAFT: { et: 'Mustand', en: 'Draft', description: 'Being written; editors and authors only.' },
    IN_REVIEW: { et: 'Ülevaatamisel', en: 'In review', description: 'Submitted; waiting for an editor.' },
    PUBLISHED: { et: 'Avaldatud', en: 'Published', description: 'Readable by its visibility.' },
    ARCHIVED: { et: 'Arhiveeritud', en: 'Archived', description: 'Withdrawn; editors only.' },
  },
});

export enum Visibility {
  /** Anyone, signed in or not. */
  PUBLIC = 'PUBLIC',
  /** Signed-in staff of any KOV or partner organisation. */
  MEMBERS = 'MEMBERS',
  /** ELVL only. */
  INTERNAL = 'INTERNAL',
}
registerLabelledEnum(Visibility, {
  name: 'Visibility',
  description: 'Who may read a guide.',
  values: {
    PUBLIC: { et: 'Avalik', en: 'Public', description: 'Anyone, signed in or not.' },
    MEMBERS: {
      et: 'Liikmetele',
      en: 'Members',
      description: 'Signed-in staff of any KOV or partner organisation.',
    },
    INTERNAL: { et: 'ELVL-i sisene', en: 'ELVL internal', description: 'ELVL staff only.' },
  },
});

export enum Audience {
  IT_SPECIALIST = 'IT_SPECIALIST',
  SERVICE_OWNER = 'SERVICE_OWNER',
  LEADERSHIP = 'LEADERSHIP',
  EVERYONE = 'EVERYONE',
}
registerLabelledEnum(Audience, {
  name: 'Audience',
  description: 'Who a guide is written for.',
  values: {
    IT_SPECIALIST: { et: 'IT-spetsialist', en: 'IT specialist', description: 'KOV IT specialists.' },
    SERVICE_OWNER: {
      et: 'Teenuse omanik',
      en: 'Service owner',
      description: 'People who own a KOV service.',
    },
    LEADERSHIP: { et: 'Juhtkond', en: 'Leadership', description: 'KOV leaders and managers.' },
    EVERYONE: { et: 'Kõik', en: 'Everyone' },
  },
});

export enum GuideLanguage {
  ET = 'et',
  EN = 'en',
}
registerLabelledEnum(GuideLanguage, {
  name: 'GuideLanguage',
  description: 'Language of a guide version (ISO 639-1).',
  values: {
    ET: { et: 'eesti keel', en: 'Estonian', description: 'Estonian (ISO 639-1 "et").' },
    EN: { et: 'inglise keel', en: 'English', description: 'English (ISO 639-1 "en").' },
  },
});
