import { describe, expect, it } from 'vitest';
import { ApiException } from './api-exception.ts';
import { checkPrecondition, parsePrecondition } from './if-match.ts';

describe('parsePrecondition', () => {
  it.each([
    [undefined, undefined, { kind: 'none' }],
    ['"3"', undefined, { kind: 'revisions', revisions: [3] }],
    ['3', undefined, { kind: 'revisions', revisions: [3] }],
    [' "3" , "4"', undefined, { kind: 'revisions', revisions: [3, 4] }],
    ['W/"3"', undefined, { kind: 'revisions', revisions: [] }],
    ['"3f9a"', undefined, { kind: 'revisions', revisions: [] }],
    ['*', undefined, { kind: 'exists' }],
    [undefined, '*', { kind: 'absent' }],
  ])('reads If-Match %j and If-None-Match %j', (ifMatch, ifNoneMatch, expected) => {
    expect(parsePrecondition(ifMatch, ifNoneMatch)).toEqual(expected);
  });

  it.each([
    ['abc', undefined],
    ['3x', undefined],
    ['"3', undefined],
    ['', undefined],
    ['-1', undefined],
    [undefined, '"3"'],
    ['"3"', '*'],
  ])('answers 400 for If-Match %j and If-None-Match %j', (ifMatch, ifNoneMatch) => {
    try {
      parsePrecondition(ifMatch, ifNoneMatch);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ApiException);
      expect((error as ApiException).status).toBe(400);
      expect((error as ApiException).issues?.[0]?.path[0]).toBe('header');
    }
  });
});

describe('checkPrecondition', () => {
  it('passes a matching or absent condition', () => {
    expect(() => checkPrecondition({ kind: 'none' }, { revision: 5, exists: true })).not.toThrow();
    expect(() => checkPrecondition({ kind: 'revisions', revisions: [4, 5] }, { revision: 5, exists: true })).not.toThrow();
    expect(() => checkPrecondition({ kind: 'exists' }, { revision: 1, exists: true })).not.toThrow();
    expect(() => checkPrecondition({ kind: 'absent' }, null)).not.toThrow();
    expect(() => checkPrecondition({ kind: 'absent' }, { revision: 3, exists: false })).not.toThrow();
  });

  it.each([
    [{ kind: 'revisions', revisions: [4] } as const, { revision: 5, exists: true }],
    [{ kind: 'revisions', revisions: [1] } as const, null],
    [{ kind: 'exists' } as const, null],
    [{ kind: 'exists' } as const, { revision: 4, exists: false }],
    [{ kind: 'absent' } as const, { revision: 2, exists: true }],
  ])('answers 412 with the current revision for %j against %j', (condition, current) => {
    try {
      checkPrecondition(condition, current);
      expect.unreachable();
    } catch (error) {
      expect((error as ApiException).status).toBe(412);
      expect((error as ApiException).headers.ETag).toBe(current === null ? undefined : `"${current.revision}"`);
    }
  });
});
