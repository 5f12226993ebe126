import { registerEnumType } from 'type-graphql';

export enum EventKind {
  VIRTUAL_SEMINAR = 'VIRTUAL_SEMINAR',
  MULTI_DAY_SEMINAR = 'MULTI_DAY_SEMINAR',
  WORKSHOP = 'WORKSHOP',
  WEBINAR = 'WEBINAR',
  TRAINING_SESSION = 'TRAINING_SESSION',
}
registerEnumType(EventKind, {
  name: 'EventKind',
  description: 'What kind of event it is.',
  valuesConfig: {
    VIRTUAL_SEMINAR: { description: 'Short virtual seminar of the KOV IT network (lühiseminar).' },
    MULTI_DAY_SEMINAR: { description: 'Multi-day seminar, e.g. the two-day autumn seminar.' },
    WORKSHOP: { description: 'Workshop (töötuba).' },
    WEBINAR: { description: 'Webinar, e.g. E-ITS webinars with RIA.' },
    TRAINING_SESSION: { description: 'Training session of a programme.' },
  },
});

export enum EventStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  CANCELLED = 'CANCELLED',
  COMPLETED = 'COMPLETED',
}
registerEnumType(EventStatus, { name: 'EventStatus', description: 'Where an event stands.' });

export enum Theme {
  SERVICES = 'SERVICES',
  DATA = 'DATA',
  CYBER_SECURITY = 'CYBER_SECURITY',
  IT_MANAGEMENT = 'IT_MANAGEMENT',
}
registerEnumType(Theme, {
  name: 'Theme',
  description: 'A direction of the digital transformation an event is about.',
});

export enum RegistrationStatus {
  CONFIRMED = 'CONFIRMED',
  WAITLISTED = 'WAITLISTED',
  CANCELLED = 'CANCELLED',
  ATTENDED = 'ATTENDED',
  NO_SHOW = 'NO_SHOW',
}
registerEnumType(RegistrationStatus, {
  name: 'RegistrationStatus',
  description: "A participant's place at an event.",
});

export enum QuestionType {
  TEXT = 'TEXT',
  CHOICE = 'CHOICE',
  MULTI_CHOICE = 'MULTI_CHOICE',
  BOOLEAN = 'BOOLEAN',
}
registerEnumType(QuestionType, {
  name: 'QuestionType',
  description: 'How a registration question is answered.',
});
