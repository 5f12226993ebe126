/** Why a mentoring request or decision was refused (in the GraphQL enum UserErrorCode). */
export enum MentoringErrorCode {
  MENTOR_AT_CAPACITY = 'MENTOR_AT_CAPACITY',
  MENTOR_UNAVAILABLE = 'MENTOR_UNAVAILABLE',
  ALREADY_DECIDED = 'ALREADY_DECIDED',
}

/** What each code means (the GraphQL enum value's description). */
export const mentoringErrorDescriptions: Record<MentoringErrorCode, string> = {
  MENTOR_AT_CAPACITY: 'The mentor already has as many mentorships as they take.',
  MENTOR_UNAVAILABLE: 'The mentor does not take new mentorships now.',
  ALREADY_DECIDED: 'The request was already accepted or declined.',
};
