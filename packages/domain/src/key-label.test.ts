import { describe, expect, it } from 'vitest';
import { ApiKeyInputSchema, KeyLabelSchema, MAX_KEY_LABEL_LENGTH } from './key-label.ts';

describe('KeyLabelSchema', () => {
  it('normalises to NFC and trims', () => {
    expect(KeyLabelSchema.parse('  Phòng dữ liệu — Lan '.normalize('NFD'))).toBe('Phòng dữ liệu — Lan');
  });

  it('checks the length after NFC: 100 letters typed in NFD pass, 101 do not', () => {
    const ok = 'ạ'.repeat(MAX_KEY_LABEL_LENGTH).normalize('NFD');
    expect(ok.length).toBeGreaterThan(MAX_KEY_LABEL_LENGTH);
    expect(KeyLabelSchema.safeParse(ok).success).toBe(true);
    expect(KeyLabelSchema.safeParse('ạ'.repeat(MAX_KEY_LABEL_LENGTH + 1)).success).toBe(false);
  });

  it.each([
    ['empty', ''],
    ['blank', '   '],
    ['a newline', 'Lan\nAdmin'],
    ['a NUL', 'Lan\u0000'],
    ['a right-to-left override', 'Lan\u202Enimda'],
    ['a direction isolate', '\u2067Lan'],
    ['a line separator', 'Lan\u2028B'],
    ['a right-to-left mark', 'Lan\u200F'],
  ])('refuses a label with %s', (_, label) => {
    expect(KeyLabelSchema.safeParse(label).success).toBe(false);
  });
});

describe('ApiKeyInputSchema', () => {
  it('needs a label and nothing else', () => {
    expect(ApiKeyInputSchema.safeParse({}).success).toBe(false);
    expect(ApiKeyInputSchema.safeParse({ label: 'Lan', admin: true }).success).toBe(false);
    expect(ApiKeyInputSchema.parse({ label: 'Lan' })).toEqual({ label: 'Lan' });
  });
});
