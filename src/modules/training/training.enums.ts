import { registerEnumType } from 'type-graphql';

export enum ProgrammeStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  ARCHIVED = 'ARCHIVED',
}
registerEnumType(ProgrammeStatus, {
  name: 'ProgrammeStatus',
  description: 'Where a training programme stands: drafts are seen by organisers only.',
});

export enum CohortKind {
  PILOT = 'PILOT',
  REGIONAL = 'REGIONAL',
}
registerEnumType(CohortKind, {
  name: 'CohortKind',
  description: 'The pilot group of KOVs, or one of the regional groups after it.',
});

export enum CohortStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  RUNNING = 'RUNNING',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(CohortStatus, {
  name: 'CohortStatus',
  description:
    'DRAFT (organisers only), OPEN for enrolment, RUNNING, COMPLETED (completion evaluated) or CANCELLED.',
});

export enum EnrolmentStatus {
  ENROLLED = 'ENROLLED',
  WAITLISTED = 'WAITLISTED',
  CANCELLED = 'CANCELLED',
  COMPLETED = 'COMPLETED',
  NOT_COMPLETED = 'NOT_COMPLETED',
}
registerEnumType(EnrolmentStatus, {
  name: 'EnrolmentStatus',
  description: 'Holding a place, waiting for one, cancelled, or the outcome once the cohort is completed.',
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
registerEnumType(CertificateStatus, {
  name: 'CertificateStatus',
  description: 'What a verification code stands for: a valid certificate, a revoked one, or nothing.',
});
