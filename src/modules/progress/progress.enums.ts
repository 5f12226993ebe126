import { registerLabelledEnum } from '../../common/labelled-enum';

export enum IndicatorUnit {
  COUNT = 'COUNT',
  PERCENT = 'PERCENT',
  SCORE = 'SCORE',
  TEXT = 'TEXT',
}
registerLabelledEnum(IndicatorUnit, {
  name: 'IndicatorUnit',
  description: 'What an indicator’s values are.',
  values: {
    COUNT: { et: 'Arv', en: 'Count', description: 'A whole number, e.g. "40".' },
    PERCENT: {
      et: 'Protsent',
      en: 'Percent',
      description: 'A percentage 0–100 with up to two decimals, e.g. "62.5".',
    },
    SCORE: {
      et: 'Hinne',
      en: 'Score',
      description: 'A score on the 1–10 scale with up to two decimals, e.g. "5.63".',
    },
    TEXT: { et: 'Tekst', en: 'Text', description: 'A milestone in words, e.g. "MVP valmis".' },
  },
});

/** The figures the product measures from its own data. */
export enum IndicatorMeasure {
  KOVS_REACHED_BY_SEMINARS = 'KOVS_REACHED_BY_SEMINARS',
  KOVS_WITH_TRAINED_STAFF = 'KOVS_WITH_TRAINED_STAFF',
  SEMINAR_SATISFACTION = 'SEMINAR_SATISFACTION',
  GUIDES_PUBLISHED = 'GUIDES_PUBLISHED',
  MENTORSHIPS_COMPLETED = 'MENTORSHIPS_COMPLETED',
}
registerLabelledEnum(IndicatorMeasure, {
  name: 'IndicatorMeasure',
  description: 'How a measured indicator’s actual is computed from the product’s own data.',
  values: {
    KOVS_REACHED_BY_SEMINARS: {
      et: 'Seminaridel osalenud KOV-id',
      en: 'KOVs reached by seminars',
      description: 'Distinct KOVs (of 79) with at least one person who attended a seminar in the year.',
    },
    KOVS_WITH_TRAINED_STAFF: {
      et: 'Koolitatud töötajatega KOV-id',
      en: 'KOVs with trained staff',
      description: 'Distinct KOVs with at least one training enrolment completed in the year.',
    },
    SEMINAR_SATISFACTION: {
      et: 'Seminaride rahulolu',
      en: 'Seminar satisfaction',
      description: 'Mean 1–10 feedback rating of the year’s seminars.',
    },
    GUIDES_PUBLISHED: {
      et: 'Avaldatud juhendid',
      en: 'Guides published',
      description: 'Guides published in the year (of one kind, if the indicator names it).',
    },
    MENTORSHIPS_COMPLETED: {
      et: 'Lõpetatud mentorlused',
      en: 'Mentorships completed',
      description: 'E-ITS mentorships completed in the year.',
    },
  },
});
