/** Why an enrolment, attendance record or completion was refused (in the GraphQL enum UserErrorCode). */
export enum TrainingErrorCode {
  ENROLMENT_CLOSED = 'ENROLMENT_CLOSED',
  COHORT_FULL = 'COHORT_FULL',
  ALREADY_ENROLLED = 'ALREADY_ENROLLED',
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  NOT_ENROLLED = 'NOT_ENROLLED',
  NOTHING_CHANGED = 'NOTHING_CHANGED',
}
