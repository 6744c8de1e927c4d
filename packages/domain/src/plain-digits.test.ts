import { describe, expect, it } from 'vitest';
import { dateText, integerText, percentDigits } from './plain-digits.ts';

// Every plain path must write exactly what Intl writes; these compare them on many values.
const intlInteger = (value: number, locale: string) => new Intl.NumberFormat(locale).format(value);
const percentFormats = new Map<string, Intl.NumberFormat>();
const percentFormat = (locale: string, digits: number) => {
  const key = `${locale}|${digits}`;
  if (!percentFormats.has(key)) percentFormats.set(key, new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits }));
  return percentFormats.get(key)!;
};
const intlPercent = (ratio: number, locale: string, digits: number) =>
  percentFormat(locale, digits)
    .formatToParts(ratio)
    .filter((part) => part.type !== 'percentSign' && !(part.type === 'literal' && /^\s+$/u.test(part.value)))
    .map((part) => part.value)
    .join('');

/** A reproducible sequence of pseudo-random numbers in [0, 1). */
function* seeded(seed: number): Generator<number> {
  let state = seed;
  for (;;) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    yield state / 2_147_483_648;
  }
}

describe('integerText', () => {
  it('writes integers as Intl does in both languages', () => {
    const values = [0, 1, 9, 10, 999, 1000, 1783, 12_345, 999_999, 1_000_000, -1, -1783, -1_000_000, Number.MAX_SAFE_INTEGER];
    const random = seeded(7);
    for (let i = 0; i < 500; i++) values.push(Math.floor(random.next().value * 10 ** Math.floor(random.next().value * 12)));
    for (const value of values) {
      expect(integerText(value, 'vi')).toBe(intlInteger(value, 'vi-VN'));
      expect(integerText(value, 'en')).toBe(intlInteger(value, 'en-GB'));
    }
  });

  it('leaves fractions, -0 and unsafe integers to Intl', () => {
    expect(integerText(0.5, 'vi')).toBeNull();
    expect(integerText(-0, 'vi')).toBeNull();
    expect(integerText(2 ** 60, 'en')).toBeNull();
  });
});

describe('percentDigits', () => {
  it('rounds as Intl does, on awkward halves too', () => {
    const ratios = [0, 1, 2.65, 0.8666, 0.8665, 0.0005, 0.00049, 0.99995, 0.999949, 26.5, 123.4567, 1 / 3, 2 / 3, 17 / 23, 0.125, 0.135, 1.005];
    const random = seeded(11);
    for (let i = 0; i < 2000; i++) ratios.push(Math.round(random.next().value * 400) / Math.max(1, Math.round(random.next().value * 300)));
    for (let i = 0; i < 500; i++) ratios.push(Math.round(random.next().value * 1e6) / 1e5);
    for (const ratio of ratios)
      for (const digits of [0, 1, 2]) {
        expect(percentDigits(ratio, 'vi', digits), `${ratio} (${digits})`).toBe(intlPercent(ratio, 'vi-VN', digits));
        expect(percentDigits(ratio, 'en', digits), `${ratio} (${digits})`).toBe(intlPercent(ratio, 'en-GB', digits));
      }
  });

  it('leaves negative ratios and exponents to Intl', () => {
    expect(percentDigits(-0.5, 'vi', 1)).toBeNull();
    expect(percentDigits(1e-7, 'vi', 1)).toBeNull();
    expect(percentDigits(1e21, 'vi', 1)).toBeNull();
  });
});

describe('dateText', () => {
  it('writes Vietnamese dates as Intl does', () => {
    const format = new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
    for (const iso of ['2024-12-31', '2025-01-01', '1999-07-04', '2030-02-28', '1000-10-10']) {
      const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
      const date = new Date(0);
      date.setUTCFullYear(year, month - 1, day);
      expect(dateText(iso, 'vi')).toBe(format.format(date));
    }
  });

  it('leaves English dates and years before 1000 to Intl', () => {
    expect(dateText('2024-12-31', 'en')).toBeNull();
    expect(dateText('0999-12-31', 'vi')).toBeNull();
  });
});
