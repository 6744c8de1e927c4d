import { describe, expect, it } from 'vitest';
import { validityIssue } from './validity-window.ts';

const closed = { slug: 'tt-muong-khuong', validFrom: '2020-01-01', validTo: '2025-06-30', successors: ['xa-muong-khuong'] };

describe('validityIssue', () => {
  it('accepts the first and the last day of the organisation', () => {
    expect(validityIssue(closed, '2020-01-01', ['asOf'])).toBeNull();
    expect(validityIssue(closed, '2025-06-30', ['asOf'])).toBeNull();
  });

  it('refuses a day after the closing and names the successors', () => {
    expect(validityIssue(closed, '2025-07-01', ['body', 'asOf'])).toEqual({
      path: ['body', 'asOf'],
      code: 'after_valid_to',
      message: '"tt-muong-khuong" existed until 2025-06-30; record later figures on xa-muong-khuong',
    });
  });

  it('refuses a day after the closing of an organisation without known successors', () => {
    expect(validityIssue({ ...closed, successors: [] }, '2026-01-01', ['asOf'])?.message).toBe('"tt-muong-khuong" existed until 2025-06-30');
  });

  it('refuses a day before the organisation existed', () => {
    expect(validityIssue(closed, '2019-12-31', ['asOf'])).toEqual({
      path: ['asOf'],
      code: 'before_valid_from',
      message: '"tt-muong-khuong" existed only from 2020-01-01',
    });
  });

  it('accepts any day when the source gives no bounds', () => {
    expect(validityIssue({ ...closed, validFrom: null, validTo: null }, '1990-01-01', ['asOf'])).toBeNull();
  });
});
