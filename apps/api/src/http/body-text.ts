/**
 * The text of a parsed JSON body as it will be stored: every string in Unicode NFC (Vietnamese typed
 * decomposed must store and match as the same text), and none that SQLite would not keep as sent:
 * an unpaired surrogate (it comes back as U+FFFD) or a NUL (SQLite's string functions stop at it).
 */
import type { ApiIssue } from '@chitieu/domain';
import { ApiException } from './api-exception.ts';

const UNPAIRED_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function walk(value: unknown, path: (string | number)[], issues: ApiIssue[]): unknown {
  if (typeof value === 'string') {
    if (UNPAIRED_SURROGATE.test(value)) issues.push({ path, message: 'is not well-formed Unicode (an unpaired surrogate)', code: 'invalid_text' });
    else if (value.includes('\u0000')) issues.push({ path, message: 'holds a NUL character', code: 'invalid_text' });
    return value.normalize('NFC');
  }
  if (Array.isArray(value)) return value.map((inner, i) => walk(inner, [...path, i], issues));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([key, inner]) => [key, walk(inner, [...path, key], issues)]));
  }
  return value;
}

/**
 * @throws {ApiException} 400 with an issue per string that cannot be stored as sent.
 * @example bodyText({ name: 'Sa\u0309 Hô\u0300' }) // { name: 'Sả Hồ' }
 */
export function bodyText<T>(body: T): T {
  const issues: ApiIssue[] = [];
  const text = walk(body, ['body'], issues) as T;
  if (issues.length > 0) throw new ApiException(400, 'validation_failed', "The request's body is not valid", { issues });
  return text;
}
