import { describe, expect, it } from 'vitest';
import { AuditEntrySchema, AuditLogSchema } from './audit.ts';

const entry = {
  id: 7,
  at: '2025-07-01T08:00:00.000Z',
  actor: '0123456789abcdef',
  label: 'Lan',
  newsroom: 'bao-lao-cai',
  action: 'admission.update',
  organization: 'muong-khuong',
  resource: '/v1/organizations/muong-khuong/admissions/2025',
  revision: 2,
  detail: { changed: ['admitted'] },
};

describe('AuditEntrySchema', () => {
  it('records who changed what and when', () => {
    expect(AuditEntrySchema.parse(entry)).toEqual(entry);
    expect(
      AuditEntrySchema.safeParse({ ...entry, actor: 'admin', label: null, newsroom: null, action: 'key.issue', revision: null, detail: null }).success,
    ).toBe(true);
  });

  it('knows only its actions', () => {
    expect(AuditEntrySchema.safeParse({ ...entry, action: 'admission.erase' }).success).toBe(false);
  });
});

describe('AuditLogSchema', () => {
  it('is a page of entries with the cursor of the next', () => {
    expect(AuditLogSchema.safeParse({ entries: [entry], next: 7 }).success).toBe(true);
    expect(AuditLogSchema.safeParse({ entries: [], next: null }).success).toBe(true);
  });
});
