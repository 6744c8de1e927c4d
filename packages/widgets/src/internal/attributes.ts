// Readers of the attribute strings a journalist types, checked with the domain's rules (the same ones
// its schemas refine with); each throws an AttributeError that the element turns into its readable
// error state.
import { isIsoDate, MAX_COUNT, MAX_SLUG_LENGTH, parsePeriod, parseRevision, SLUG_PATTERN, type Target } from '@chitieu/domain';
import { AttributeError } from './chitieu-element.ts';

const WHOLE_NUMBER = /^\s*\d+\s*$/;

/** An attribute as the element hands it over: undefined when never set, null once removed. */
export type Raw = string | null | undefined;

/** True when the attribute is present. */
export function given(raw: Raw): raw is string {
  return raw !== undefined && raw !== null;
}

/** A count such as `value="53"`; no signs, decimals or group separators. */
export function countAttribute(name: string, raw: string): number {
  if (!WHOLE_NUMBER.test(raw)) throw new AttributeError(`${name}="${raw}" is not a whole number`);
  return Number(raw);
}

/** `target="20"`, or `target-min` with `target-max` for a range; null when none is given. */
export function targetAttributes(single: Raw, min: Raw, max: Raw): Target | null {
  if (given(min) || given(max)) {
    if (!given(min) || !given(max)) throw new AttributeError('target-min and target-max go together');
    return checkedTarget({ min: countAttribute('target-min', min), max: countAttribute('target-max', max) });
  }
  if (!given(single)) return null;
  const value = countAttribute('target', single);
  return checkedTarget({ min: value, max: value });
}

function checkedTarget(target: Target): Target {
  if (target.min > target.max || target.max > MAX_COUNT) throw new AttributeError(`target ${target.min}–${target.max} is not a valid target`);
  return target;
}

/** An organisation slug such as `muong-khuong`. */
export function slugAttribute(raw: string): string {
  if (raw.length > MAX_SLUG_LENGTH || !SLUG_PATTERN.test(raw)) throw new AttributeError(`org="${raw}" is not an organisation slug such as muong-khuong`);
  return raw;
}

/** A period key such as `2024` or `2020-2025`. */
export function periodAttribute(raw: Raw): string {
  if (!given(raw) || parsePeriod(raw) === null) {
    throw new AttributeError(`period="${raw ?? ''}" is not a year such as 2024 or a term such as 2020-2025`);
  }
  return raw;
}

/** An ISO date such as `2024-12-31`, or null when the attribute is absent. */
export function dateAttribute(name: string, raw: Raw): string | null {
  if (!given(raw)) return null;
  if (!isIsoDate(raw)) throw new AttributeError(`${name}="${raw}" is not a date written YYYY-MM-DD`);
  return raw;
}

/**
 * The query that pins an API read: `?revision=` when `revision` is given (the API refuses both at
 * once, and a revision already fixes the day), else `?asOf=` when `as-of` is, else none. Both are
 * checked either way, so a typo in one is never silently ignored.
 */
export function pinQuery(asOf: Raw, revision: Raw): { readonly asOf?: string | null; readonly revision?: string } {
  const day = dateAttribute('as-of', asOf);
  if (!given(revision)) return { asOf: day };
  // A positive whole number, as the API's `?revision=` takes it: no sign, no leading zero.
  if (parseRevision(revision) === null) throw new AttributeError(`revision="${revision}" is not a revision number such as 2`);
  return { revision };
}
