import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiErrorSchema, toApiIssues } from './api-error.ts';
import { TargetSchema } from './target.ts';

describe('ApiErrorSchema', () => {
  it('accepts the one error shape and rejects unknown codes or extra fields', () => {
    expect(ApiErrorSchema.safeParse({ error: { code: 'not_found', message: 'No organization named "x"' } }).success).toBe(true);
    expect(ApiErrorSchema.safeParse({ error: { code: 'teapot', message: 'x' } }).success).toBe(false);
    expect(ApiErrorSchema.safeParse({ error: { code: 'not_found', message: 'x' }, stack: '…' }).success).toBe(false);
  });
});

describe('toApiIssues', () => {
  it('turns zod issues into wire issues that the error schema accepts', () => {
    const result = z.object({ target: TargetSchema }).safeParse({ target: { min: 9, max: 2 } });
    const issues = toApiIssues(result.error?.issues ?? []);
    expect(issues).toEqual([{ path: ['target', 'min'], message: 'min must not exceed max', code: 'custom' }]);
    expect(ApiErrorSchema.safeParse({ error: { code: 'validation_failed', message: 'Invalid body', issues } }).success).toBe(true);
  });

  it('stringifies symbol path segments and keeps numbers', () => {
    expect(toApiIssues([{ path: [Symbol.for('s'), 0], message: 'x' }])).toEqual([{ path: ['Symbol(s)', 0], message: 'x' }]);
  });
});
