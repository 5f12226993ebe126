/** Why a budget input was refused. (in the GraphQL enum UserErrorCode with the common reasons). */
export enum BudgetErrorCode {
  INVALID_AMOUNT = 'INVALID_AMOUNT',
  NEGATIVE_AMOUNT = 'NEGATIVE_AMOUNT',
  UNKNOWN_ACCOUNT = 'UNKNOWN_ACCOUNT',
  UNKNOWN_CATEGORY = 'UNKNOWN_CATEGORY',
  YEAR_OUTSIDE_PERIOD = 'YEAR_OUTSIDE_PERIOD',
}

/** What each code means (the GraphQL enum value's description). */
export const budgetErrorDescriptions: Record<BudgetErrorCode, string> = {
  INVALID_AMOUNT: 'The amount is not a decimal number of euros with at most two decimals.',
  NEGATIVE_AMOUNT: 'The amount is below zero.',
  UNKNOWN_ACCOUNT: 'No budget account has this code.',
  UNKNOWN_CATEGORY: 'No cost category has this number.',
  YEAR_OUTSIDE_PERIOD: 'The year is outside the plan’s period.',
};
