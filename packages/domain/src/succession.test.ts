import { describe, expect, it } from 'vitest';
import { closingPlacement, succession, SuccessionSchema } from './succession.ts';

const commune = { slug: 'xa-muong-khuong', name: 'Đảng bộ xã Mường Khương' };

describe('succession', () => {
  it('is null up to and including the last day', () => {
    expect(succession({ validTo: '2025-06-30' }, '2024-12-31', [commune])).toBeNull();
    expect(succession({ validTo: '2025-06-30' }, '2025-06-30', [commune])).toBeNull();
  });

  it('points to the successors from the day after', () => {
    expect(succession({ validTo: '2025-06-30' }, '2025-07-01', [commune])).toEqual({ validTo: '2025-06-30', successors: [commune] });
  });

  it('says an organisation closed even when no successor is recorded', () => {
    expect(succession({ validTo: '2025-06-30' }, '2026-01-01', [])).toEqual({ validTo: '2025-06-30', successors: [] });
  });

  it('is null for an organisation that still exists', () => {
    expect(succession({ validTo: null }, '2100-01-01', [])).toBeNull();
  });

  it('gives what SuccessionSchema accepts', () => {
    expect(SuccessionSchema.parse(succession({ validTo: '2025-06-30' }, '2025-07-01', [commune]))).toBeTruthy();
  });
});

describe('closingPlacement', () => {
  const closed = { validTo: '2025-06-30', successors: [] };

  it('puts the closing in the footer of figures whose period ended before it', () => {
    expect(closingPlacement(closed, '2024-12-31')).toBe('footer');
    expect(closingPlacement(closed, '2025-06-30')).toBe('footer');
  });

  it('puts it above figures that reach past it, or whose end is unknown', () => {
    expect(closingPlacement(closed, '2025-12-31')).toBe('callout');
    expect(closingPlacement(closed, null)).toBe('callout');
  });

  it('says nothing while the organisation existed on the day read', () => {
    expect(closingPlacement(null, '2024-12-31')).toBeNull();
  });
});
