/** Why an enrolment, attendance record or completion was refused (in the GraphQL enum UserErrorCode). */
export enum TrainingErrorCode {
  ENROLMENT_CLOSED = 'ENROLMENT_CLOSED',
  COHORT_FULL = 'COHORT_FULL',
  ALREADY_ENROLLED = 'ALREADY_ENROLLED',
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  NOT_ENROLLED = 'NOT_ENROLLED',
  NOTHING_CHANGED = 'NOTHING_CHANGED',
}

/** What each code means (the GraphQL enum value's description). */
export const trainingErrorDescriptions: Record<TrainingErrorCode, string> = {
  ENROLMENT_CLOSED: 'The cohort is not open for enrolment.',
  COHORT_FULL: 'Every place is taken and the cohort has no waiting list.',
  ALREADY_ENROLLED: 'The person already has an enrolment in the cohort.',
  NOT_ELIGIBLE: 'The person’s organisation may not take part in this cohort.',
  NOT_ENROLLED: 'The person has no place in the cohort.',
  NOTHING_CHANGED: 'The request would change nothing.',
};
