import { addAmounts, money, parseAmount, toTwoPlaces } from './money';

describe('toTwoPlaces', () => {
  it.each([
    ['101040', '101040.00'],
    ['101040.1', '101040.10'],
    ['101040.16', '101040.16'],
    ['0', '0.00'],
    ['000123.500', '123.50'],
    ['-10560', '-10560.00'],
    ['-0.00', '0.00'],
  ])('%s → %s', (input, expected) => expect(toTwoPlaces(input)).toBe(expected));

  it('refuses to round silently', () => expect(() => toTwoPlaces('1.005')).toThrow(/two decimal/));
  it('refuses non-numbers', () => expect(() => toTwoPlaces('1e5')).toThrow());
});

describe('parseAmount', () => {
  it('accepts plain decimals', () => {
    expect(parseAmount(' 27097 ')).toEqual({ ok: true, amount: '27097.00' });
    expect(parseAmount('0.5')).toEqual({ ok: true, amount: '0.50' });
  });
  it.each(['', 'abc', '1,50', '1.234', '1e3', '12 000', 'NaN', '.5'])('rejects "%s" as malformed', (input) =>
    expect(parseAmount(input)).toEqual({ ok: false, reason: 'MALFORMED' }),
  );
  it('rejects negatives', () => expect(parseAmount('-1')).toEqual({ ok: false, reason: 'NEGATIVE' }));
  it('rejects amounts a numeric(14,2) cannot hold', () =>
    expect(parseAmount('1000000000000')).toEqual({ ok: false, reason: 'TOO_LARGE' }));
});

describe('money', () => {
  it('is EUR with two places', () =>
    expect(money('101040')).toEqual({ amount: '101040.00', currency: 'EUR' }));
});

describe('addAmounts', () => {
  it('adds exact decimals in cents, signs included', () => {
    expect(addAmounts('0.10', '0.20')).toBe('0.30');
    expect(addAmounts('1000', '-1000.00')).toBe('0.00');
    expect(addAmounts('62000.00', '-1000.01')).toBe('60999.99');
    expect(addAmounts('-0.05', '0.01')).toBe('-0.04');
    expect(addAmounts('999999999999.99', '0.01')).toBe('1000000000000.00');
    expect(addAmounts()).toBe('0.00');
  });
});
