/** Why a progress mutation was refused (in the GraphQL enum UserErrorCode). */
export enum ProgressErrorCode {
  ZERO_AMOUNT = 'ZERO_AMOUNT',
  INVALID_DATE = 'INVALID_DATE',
  DATE_IN_FUTURE = 'DATE_IN_FUTURE',
  NO_VAT_RATE = 'NO_VAT_RATE',
  VAT_NOT_APPLICABLE = 'VAT_NOT_APPLICABLE',
  ALREADY_REVERSED = 'ALREADY_REVERSED',
  REVERSAL_OF_REVERSAL = 'REVERSAL_OF_REVERSAL',
  INVALID_INDICATOR_VALUE = 'INVALID_INDICATOR_VALUE',
  INDICATOR_MEASURED = 'INDICATOR_MEASURED',
}

/** What each code means (the GraphQL enum value's description). */
export const progressErrorDescriptions: Record<ProgressErrorCode, string> = {
  ZERO_AMOUNT: 'The amount is zero.',
  INVALID_DATE: 'The date is not a calendar date (YYYY-MM-DD).',
  DATE_IN_FUTURE: 'The date is after today (Europe/Tallinn).',
  NO_VAT_RATE: 'No statutory VAT rate is known for the date.',
  VAT_NOT_APPLICABLE: 'The account carries no VAT, so a VAT amount cannot be given.',
  ALREADY_REVERSED: 'The expenditure has already been reversed.',
  REVERSAL_OF_REVERSAL: 'A reversal cannot itself be reversed.',
  INVALID_INDICATOR_VALUE: 'The value does not fit the indicator’s unit.',
  INDICATOR_MEASURED: 'The indicator is measured from the product’s data; its actual cannot be entered.',
};
