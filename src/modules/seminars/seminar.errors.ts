/** Why a registration, check-in or feedback was refused. (in the GraphQL enum UserErrorCode with the common reasons). */
export enum SeminarErrorCode {
  EVENT_NOT_OPEN = 'EVENT_NOT_OPEN',
  EVENT_CANCELLED = 'EVENT_CANCELLED',
  REGISTRATION_CLOSED = 'REGISTRATION_CLOSED',
  EVENT_FULL = 'EVENT_FULL',
  ALREADY_REGISTERED = 'ALREADY_REGISTERED',
  CANCELLATION_DEADLINE_PASSED = 'CANCELLATION_DEADLINE_PASSED',
  INVALID_ANSWER = 'INVALID_ANSWER',
  NOT_ATTENDED = 'NOT_ATTENDED',
}

/** What each code means (the GraphQL enum value's description). */
export const seminarErrorDescriptions: Record<SeminarErrorCode, string> = {
  EVENT_NOT_OPEN: 'The event is not published or not open for this.',
  EVENT_CANCELLED: 'The event has been cancelled.',
  REGISTRATION_CLOSED: 'Registration has not opened yet or has closed.',
  EVENT_FULL: 'Every place is taken and the event has no waiting list.',
  ALREADY_REGISTERED: 'The person already has a registration for the event.',
  CANCELLATION_DEADLINE_PASSED: 'It is too late to cancel the registration.',
  INVALID_ANSWER: 'An answer does not fit its question (unknown question, wrong type, not an option).',
  NOT_ATTENDED: 'Only people who attended can do this (e.g. give feedback).',
};
