import { registerLabelledEnum } from '../../common/labelled-enum';

export enum EventKind {
  VIRTUAL_SEMINAR = 'VIRTUAL_SEMINAR',
  MULTI_DAY_SEMINAR = 'MULTI_DAY_SEMINAR',
  WORKSHOP = 'WORKSHOP',
  WEBINAR = 'WEBINAR',
  TRAINING_SESSION = 'TRAINING_SESSION',
}
registerLabelledEnum(EventKind, {
  name: 'EventKind',
  description: 'What kind of event it is.',
  values: {
    VIRTUAL_SEMINAR: {
      et: 'Lühiseminar',
      en: 'Virtual seminar',
      description: 'Short virtual seminar of the KOV IT network (lühiseminar).',
    },
    MULTI_DAY_SEMINAR: {
      et: 'Mitmepäevane seminar',
      en: 'Multi-day seminar',
      description: 'Multi-day seminar, e.g. the two-day autumn seminar.',
    },
    WORKSHOP: { et: 'Töötuba', en: 'Workshop', description: 'Workshop (töötuba).' },
    WEBINAR: { et: 'Veebiseminar', en: 'Webinar', description: 'Webinar, e.g. E-ITS webinars with RIA.' },
    TRAINING_SESSION: {
      et: 'Koolituspäev',
      en: 'Training session',
      description: 'Training session of a programme.',
    },
  },
});

export enum EventStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  CANCELLED = 'CANCELLED',
  COMPLETED = 'COMPLETED',
}
registerLabelledEnum(EventStatus, {
  name: 'EventStatus',
  description: 'Where an event stands.',
  values: {
    DRAFT: { et: 'Mustand', en: 'Draft', description: 'Being prepared; organisers only.' },
    PUBLISHED: {
      et: 'Avaldatud',
      en: 'Published',
      description: 'Public; open for registration within its registration window.',
    },
    CANCELLED: { et: 'Jääb ära', en: 'Cancelled' },
    COMPLETED: {
      et: 'Toimunud',
      en: 'Completed',
      description: 'Held; check-in and feedback are closed for changes.',
    },
  },
});

export enum Theme {
  SERVICES = 'SERVICES',
  DATA = 'DATA',
  CYBER_SECURITY = 'CYBER_SECURITY',
  IT_MANAGEMENT = 'IT_MANAGEMENT',
}
registerLabelledEnum(Theme, {
  name: 'Theme',
  description: 'A direction of the digital transformation an event is about.',
  values: {
    SERVICES: { et: 'Teenused', en: 'Services' },
    DATA: { et: 'Andmed', en: 'Data' },
    CYBER_SECURITY: { et: 'Küberturvalisus', en: 'Cyber security' },
    IT_MANAGEMENT: { et: 'IT-juhtimine', en: 'IT management' },
  },
});

export enum RegistrationStatus {
  CONFIRMED = 'CONFIRMED',
  WAITLISTED = 'WAITLISTED',
  CANCELLED = 'CANCELLED',
  ATTENDED = 'ATTENDED',
  NO_SHOW = 'NO_SHOW',
}
registerLabelledEnum(RegistrationStatus, {
  name: 'RegistrationStatus',
  description: "A participant's place at an event.",
  values: {
    CONFIRMED: { et: 'Kinnitatud', en: 'Confirmed', description: 'Holds a place.' },
    WAITLISTED: {
      et: 'Ootenimekirjas',
      en: 'On the waiting list',
      description: 'Waiting for a place; moves up when one frees.',
    },
    CANCELLED: { et: 'Tühistatud', en: 'Cancelled' },
    ATTENDED: { et: 'Osales', en: 'Attended', description: 'Checked in.' },
    NO_SHOW: { et: 'Ei osalenud', en: 'Did not attend', description: 'Held a place but was not checked in.' },
  },
});

export enum QuestionType {
  TEXT = 'TEXT',
  CHOICE = 'CHOICE',
  MULTI_CHOICE = 'MULTI_CHOICE',
  BOOLEAN = 'BOOLEAN',
}
registerLabelledEnum(QuestionType, {
  name: 'QuestionType',
  description: 'How a registration question is answered.',
  values: {
    TEXT: { et: 'Vaba tekst', en: 'Free text', description: 'A string of up to 2000 characters.' },
    CHOICE: { et: 'Üks valik', en: 'Single choice', description: 'One of the question’s options.' },
    MULTI_CHOICE: {
      et: 'Mitu valikut',
      en: 'Multiple choice',
      description: 'Any of the question’s options.',
    },
    BOOLEAN: { et: 'Jah/ei', en: 'Yes/no', description: '"true" or "false".' },
  },
});
