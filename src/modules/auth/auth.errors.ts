/** Why a sign-in was refused. (in the GraphQL enum UserErrorCode with the common reasons). */
export enum SignInErrorCode {
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
  INVALID_TOKEN = 'INVALID_TOKEN',
}

/** What each code means (the GraphQL enum value's description). */
export const signInErrorDescriptions: Record<SignInErrorCode, string> = {
  INVALID_CREDENTIALS: 'The email or password is wrong (the same answer for unknown emails).',
  TOO_MANY_ATTEMPTS: 'Too many failed sign-ins for the account or address; try again later.',
  INVALID_TOKEN: 'The token (refresh, external identity) is invalid, expired or revoked.',
};
