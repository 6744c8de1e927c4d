import { describe, expect, it } from 'vitest';
import { authorText, changeTime } from './last-change.ts';

describe('authorText', () => {
  it('names a key by its label, the administrator, and nobody for the seed', () => {
    expect(authorText({ actor: 'c0e5e27c766a66bc', label: 'Phòng dữ liệu — Lan', newsroom: 'bao-lao-cai' })).toBe('Phòng dữ liệu — Lan');
    expect(authorText({ actor: 'admin', label: null, newsroom: null })).toBe('quản trị viên · the administrator');
    expect(authorText({ actor: 'c0e5e27c766a66bc', label: null, newsroom: 'bao-lao-cai' })).toBe('khóa · key c0e5e27c766a66bc');
    expect(authorText(null)).toBe('không ghi nhận · not on record');
  });
});

describe('changeTime', () => {
  it('says the time in Vietnam, across midnight and the year', () => {
    expect(changeTime('2026-12-03T09:14:05.120Z')).toBe('03/12/2026 16:14');
    expect(changeTime('2026-12-31T17:30:00Z')).toBe('01/01/2027 00:30');
  });

  it('gives back what is no timestamp', () => {
    expect(changeTime('yesterday')).toBe('yesterday');
  });
});
