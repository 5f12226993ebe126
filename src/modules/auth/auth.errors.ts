/** Why a sign-in was refused. (in the GraphQL enum UserErrorCode with the common reasons). */
export enum SignInErrorCode {
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
  INVALID_TOKEN = 'INVALID_TOKEN',
}
