import { AuditLogSchema } from '@chitieu/domain';
import { describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../test/request.ts';
import { admin, admissionBody, newsroomWithKey, putOrganization, send } from '../../test/write.ts';

const desk = await newsroomWithKey('audit-desk');
const log = async (query: string) => AuditLogSchema.parse(await (await admin(`/v1/audit${query}`)).json());

describe('GET /v1/audit', () => {
  it('records who changed what and when, newest first, for one organisation', async () => {
    const started = Date.now();
    await putOrganization(desk.key, 'audit-town');
    await send('/v1/organizations/audit-town/admissions/2025', { key: desk.key, json: admissionBody() });
    await send('/v1/organizations/audit-town/admissions/2025', { key: desk.key, json: admissionBody({ admitted: 25 }) });
    await send('/v1/organizations/audit-town/admissions/2025', { key: desk.key, method: 'DELETE' });

    const { entries } = await log('?organization=audit-town');
    expect(entries.map((e) => [e.action, e.resource, e.revision])).toEqual([
      ['admission.delete', '/v1/organizations/audit-town/admissions/2025', 3],
      ['admission.update', '/v1/organizations/audit-town/admissions/2025', 2],
      ['admission.create', '/v1/organizations/audit-town/admissions/2025', 1],
      ['organization.create', '/v1/organizations/audit-town', 1],
    ]);
    for (const entry of entries)
      expect(entry).toMatchObject({ actor: desk.id, label: 'Desk of audit-desk', newsroom: 'audit-desk', organization: 'audit-town' });
    expect(entries[1]?.detail).toEqual({ changed: ['admitted'] });
    // When: between the test's start and now, however long the writes took.
    expect(Date.parse(entries[0]?.at ?? '')).toBeGreaterThanOrEqual(started);
    expect(Date.parse(entries[0]?.at ?? '')).toBeLessThanOrEqual(Date.now());
  });

  it('records the administrator’s changes as admin', async () => {
    await admin('/v1/newsrooms', { method: 'POST', json: { slug: 'audit-made', name: 'Made' } });
    const { entries } = await log('?limit=50');
    expect(entries.find((e) => e.resource === '/v1/newsrooms/audit-made')).toMatchObject({
      actor: 'admin',
      label: null,
      newsroom: null,
      action: 'newsroom.create',
    });
  });

  it('records nothing for a write that changes nothing', async () => {
    await putOrganization(desk.key, 'audit-still');
    await putOrganization(desk.key, 'audit-still');
    expect((await log('?organization=audit-still')).entries).toHaveLength(1);
  });

  it('pages with limit and before', async () => {
    for (const name of ['A', 'B', 'C']) await putOrganization(desk.key, 'audit-paged', { name });
    const first = await log('?organization=audit-paged&limit=2');
    expect(first.entries).toHaveLength(2);
    expect(first.next).toBe(first.entries[1]?.id);
    const second = await log(`?organization=audit-paged&limit=2&before=${first.next}`);
    expect(second.entries.map((e) => e.action)).toEqual(['organization.create']);
    expect(second.next).toBeNull();
  });

  it.each(['?limit=0', '?limit=501', '?before=x', '?organization=Bad', '?key=1'])('answers 400 for %s', async (query) => {
    const res = await admin(`/v1/audit${query}`);
    expect(res.status).toBe(400);
    expect((await res.json<ErrorBody>()).error.code).toBe('validation_failed');
  });
});
