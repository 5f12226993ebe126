import { registerLabelledEnum } from '../../common/labelled-enum';

export enum ProgrammeStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  ARCHIVED = 'ARCHIVED',
}
registerLabelledEnum(ProgrammeStatus, {
  name: 'ProgrammeStatus',
  description: 'Where a training programme stands: drafts are seen by organisers only.',
  values: {
    DRAFT: { et: 'Mustand', en: 'Draft', description: 'Being prepared; seen by organisers only.' },
    PUBLISHED: { et: 'Avaldatud', en: 'Published', description: 'Public.' },
    ARCHIVED: { et: 'Arhiveeritud', en: 'Archived', description: 'No longer offered; kept for the record.' },
  },
});

export enum CohortKind {
  PILOT = 'PILOT',
  REGIONAL = 'REGIONAL',
}
registerLabelledEnum(CohortKind, {
  name: 'CohortKind',
  description: 'The pilot group of KOVs, or one of the regional groups after it.',
  values: {
    PILOT: {
      et: 'Pilootrühm',
      en: 'Pilot group',
      description: 'The first group of KOVs the programme is tried with.',
    },
    REGIONAL: {
      et: 'Piirkondlik rühm',
      en: 'Regional group',
      description: 'A regional group after the pilot.',
    },
  },
});

export enum CohortStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  RUNNING = 'RUNNING',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}
registerLabelledEnum(CohortStatus, {
  name: 'CohortStatus',
  description:
    'DRAFT (organisers only), OPEN for enrolment, RUNNING, COMPLETED (completion evaluated) or CANCELLED.',
  values: {
    DRAFT: { et: 'Mustand', en: 'Draft', description: 'Being prepared; organisers only.' },
    OPEN: { et: 'Registreerimine avatud', en: 'Open for enrolment' },
    RUNNING: { et: 'Käimas', en: 'Running', description: 'Sessions under way; enrolment closed.' },
    COMPLETED: {
      et: 'Lõppenud',
      en: 'Completed',
      description: 'Finished; each enrolment’s completion has been evaluated.',
    },
    CANCELLED: { et: 'Tühistatud', en: 'Cancelled' },
  },
});

export enum EnrolmentStatus {
  ENROLLED = 'ENROLLED',
  WAITLISTED = 'WAITLISTED',
  CANCELLED = 'CANCELLED',
  COMPLETED = 'COMPLETED',
  NOT_COMPLETED = 'NOT_COMPLETED',
}
registerLabelledEnum(EnrolmentStatus, {
  name: 'EnrolmentStatus',
  description: 'Holding a place, waiting for one, cancelled, or the outcome once the cohort is completed.',
  values: {
    ENROLLED: { et: 'Osaleja', en: 'Enrolled', description: 'Holds a place.' },
    WAITLISTED: {
      et: 'Ootenimekirjas',
      en: 'On the waiting list',
      description: 'Waiting for a place; moves up when one frees.',
    },
    CANCELLED: { et: 'Tühistatud', en: 'Cancelled' },
    COMPLETED: {
      et: 'Läbinud',
      en: 'Completed',
      description: 'Met the completion rule; a certificate is issued.',
    },
    NOT_COMPLETED: {
      et: 'Ei läbinud',
      en: 'Not completed',
      description: 'Held a place but did not meet the completion rule.',
    },
  },
});

/** Statuses that hold a place in a cohort. */
export const HOLDS_PLACE = [
  EnrolmentStatus.ENROLLED,
  EnrolmentStatus.COMPLETED,
  EnrolmentStatus.NOT_COMPLETED,
];

export enum CertificateStatus {
  VALID = 'VALID',
  REVOKED = 'REVOKED',
  UNKNOWN = 'UNKNOWN',
}
registerLabelledEnum(CertificateStatus, {
  name: 'CertificateStatus',
  description: 'What a verification code stands for: a valid certificate, a revoked one, or nothing.',
  values: {
    VALID: { et: 'Kehtiv', en: 'Valid' },
    REVOKED: { et: 'Tühistatud', en: 'Revoked', description: 'Issued, then withdrawn.' },
    UNKNOWN: { et: 'Tundmatu', en: 'Unknown', description: 'No certificate has this code.' },
  },
});
