import { Field, ObjectType } from 'type-graphql';
import { PublicReference } from './cache-control';

export const CURRENCY = 'EUR';

@PublicReference()
@ObjectType({ description: 'An exact amount of money. Never a float: the amount is a decimal string.' })
export class Money {
  @Field({ description: 'Exact decimal with two places, e.g. "101040.00".' })
  amount: string;

  @Field({ description: 'ISO 4217 currency code; always "EUR".' })
  currency: string;
}

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

/** Builds Money from PostgreSQL's numeric text, normalising to two decimal places. */
export function money(amount: string): Money {
  return Object.assign(new Money(), { amount: toTwoPlaces(amount), currency: CURRENCY });
}

/**
 * Normalises a numeric string to exactly two decimals without going through
 * floating point. Rejects more than two significant decimals rather than rounding.
 */
export function toTwoPlaces(amount: string): string {
  const match = DECIMAL.exec(amount.trim());
  if (!match) throw new Error(`Not a decimal amount: "${amount}"`);
  const [, sign = '', whole, fraction = ''] = match;
  const trimmed = fraction.replace(/0+$/, '');
  if (trimmed.length > 2) throw new Error(`More than two decimal places: "${amount}"`);
  const normalisedWhole = whole.replace(/^0+(?=\d)/, '');
  const result = `${normalisedWhole}.${trimmed.padEnd(2, '0')}`;
  return sign && /[1-9]/.test(result) ? `-${result}` : result;
}

export type AmountParseResult =
  { ok: true; amount: string } | { ok: false; reason: 'MALFORMED' | 'NEGATIVE' | 'TOO_LARGE' };

/** Largest amount a numeric(14,2) column holds. */
const MAX_WHOLE_DIGITS = 12;

/**
 * Parses a user-supplied amount ("27097", "27097.5", "27 097,50" is rejected):
 * digits with an optional dot and at most two decimals, not negative.
 */
export function parseAmount(input: string): AmountParseResult {
  const text = input.trim();
  if (/^-\d/.test(text)) return { ok: false, reason: 'NEGATIVE' };
  if (!/^\d+(\.\d{1,2})?$/.test(text)) return { ok: false, reason: 'MALFORMED' };
  const amount = toTwoPlaces(text);
  if (amount.split('.')[0].length > MAX_WHOLE_DIGITS) return { ok: false, reason: 'TOO_LARGE' };
  return { ok: true, amount };
}

/** Adds exact decimal amounts (at most two decimals each) in integer cents: no floating point. */
export function addAmounts(...amounts: string[]): string {
  const cents = amounts.reduce((sum, amount) => {
    const [whole, fraction = ''] = toTwoPlaces(amount).replace('-', '').split('.');
    const value = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
    return sum + (amount.trim().startsWith('-') ? -value : value);
  }, 0n);
  const absolute = cents < 0n ? -cents : cents;
  const text = `${absolute / 100n}.${String(absolute % 100n).padStart(2, '0')}`;
  return cents < 0n ? `-${text}` : text;
}
