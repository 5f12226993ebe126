/** Why an account change was refused. (in the GraphQL enum UserErrorCode with the common reasons). */
export enum AccountErrorCode {
  WEAK_PASSWORD = 'WEAK_PASSWORD',
}
