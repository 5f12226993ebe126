/** Why a budget input was refused. (in the GraphQL enum UserErrorCode with the common reasons). */
export enum BudgetErrorCode {
  INVALID_AMOUNT = 'INVALID_AMOUNT',
  NEGATIVE_AMOUNT = 'NEGATIVE_AMOUNT',
  UNKNOWN_ACCOUNT = 'UNKNOWN_ACCOUNT',
  UNKNOWN_CATEGORY = 'UNKNOWN_CATEGORY',
  YEAR_OUTSIDE_PERIOD = 'YEAR_OUTSIDE_PERIOD',
}
