/** Why a mentoring request or decision was refused (in the GraphQL enum UserErrorCode). */
export enum MentoringErrorCode {
  MENTOR_AT_CAPACITY = 'MENTOR_AT_CAPACITY',
  MENTOR_UNAVAILABLE = 'MENTOR_UNAVAILABLE',
  ALREADY_DECIDED = 'ALREADY_DECIDED',
}
