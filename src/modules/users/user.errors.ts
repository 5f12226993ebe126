/** Why an account change was refused. (in the GraphQL enum UserErrorCode with the common reasons). */
export enum AccountErrorCode {
  WEAK_PASSWORD = 'WEAK_PASSWORD',
}

/** What each code means (the GraphQL enum value's description). */
export const accountErrorDescriptions: Record<AccountErrorCode, string> = {
  WEAK_PASSWORD: 'The password is too short or too common.',
};
