import { registerEnumType } from 'type-graphql';

export enum IndicatorUnit {
  COUNT = 'COUNT',
  PERCENT = 'PERCENT',
  SCORE = 'SCORE',
  TEXT = 'TEXT',
}
registerEnumType(IndicatorUnit, {
  name: 'IndicatorUnit',
  description: 'What an indicator’s values are.',
  valuesConfig: {
    COUNT: { description: 'A whole number, e.g. "40".' },
    PERCENT: { description: 'A percentage 0–100 with up to two decimals, e.g. "62.5".' },
    SCORE: { description: 'A score on the 1–10 scale with up to two decimals, e.g. "5.63".' },
    TEXT: { description: 'A milestone in words, e.g. "MVP valmis".' },
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
registerEnumType(IndicatorMeasure, {
  name: 'IndicatorMeasure',
  description: 'How a measured indicator’s actual is computed from the product’s own data.',
  valuesConfig: {
    KOVS_REACHED_BY_SEMINARS: {
      description: 'Distinct KOVs (of 79) with at least one person who attended a seminar in the year.',
    },
    KOVS_WITH_TRAINED_STAFF: {
      description: 'Distinct KOVs with at least one training enrolment completed in the year.',
    },
    SEMINAR_SATISFACTION: { description: 'Mean 1–10 feedback rating of the year’s seminars.' },
    GUIDES_PUBLISHED: {
      description: 'Guides published in the year (of one kind, if the indicator names it).',
    },
    MENTORSHIPS_COMPLETED: { description: 'E-ITS mentorships completed in the year.' },
  },
});
