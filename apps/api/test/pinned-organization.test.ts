// A read pinned with `?revision=` is served as immutable (cached a year), so everything it shows must
// be pinned: not only the figures but the organisation's name and closing, and its successors' names,
// as they stood when that revision was written.
import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { request } from './request.ts';
import { admissionBody, cellBody, newsroomWithKey, putOrganization, send, SOURCE_JSON } from './write.ts';

const desk = await newsroomWithKey('pin-org-desk');
/**
 * A read from a place whose edge cache has never seen the URL (its own host name), as a reader in
 * another city gets it: the answer comes from the database, not from a cached copy.
 */
const fresh = async (path: string) => (await exports.default.fetch(`https://${crypto.randomUUID()}.chitieu.test${path}`)).text();

describe('a pinned read after its organisation changed', () => {
  it('answers byte for byte what it answered before a rename', async () => {
    await putOrganization(desk.key, 'pin-org-town', { name: 'Đảng bộ thị trấn Cũ' });
    await send('/v1/organizations/pin-org-town/admissions/2024', { key: desk.key, json: admissionBody({ asOf: '2024-12-31' }) });
    await send('/v1/organizations/pin-org-town/cells/na-day', { key: desk.key, json: { ...cellBody(), asOf: '2024-12-31', sources: [SOURCE_JSON] } });
    const pinned = ['/v1/organizations/pin-org-town/admissions/2024?revision=1', '/v1/organizations/pin-org-town/cells?revision=1'];
    const before = await Promise.all(pinned.map(fresh));
    expect(before[0]).toContain('Đảng bộ thị trấn Cũ');

    expect((await putOrganization(desk.key, 'pin-org-town', { name: 'Đảng bộ xã Mới' })).status).toBe(200);
    const after = await Promise.all(pinned.map(fresh));
    expect(after).toEqual(before);
    // The live reads show the new name.
    expect(await (await request('/v1/organizations/pin-org-town/admissions/2024')).json()).toMatchObject({ organization: { name: 'Đảng bộ xã Mới' } });
    expect(await (await request('/v1/organizations/pin-org-town/cells')).json()).toMatchObject({ organization: { name: 'Đảng bộ xã Mới' } });
  });

  it('keeps the closing and the successors’ names it showed, whatever is written later', async () => {
    await putOrganization(desk.key, 'pin-org-heir', { name: 'Đảng bộ xã Kế Thừa', validFrom: '2025-07-01' });
    await putOrganization(desk.key, 'pin-org-closed', { name: 'Đảng bộ thị trấn Đóng', validTo: '2025-06-30', successors: ['pin-org-heir'] });
    await send('/v1/organizations/pin-org-closed/admissions/2025', { key: desk.key, json: admissionBody({ asOf: '2025-06-30' }) });
    const pinned = '/v1/organizations/pin-org-closed/admissions/2025?revision=1';
    const before = await fresh(pinned);

    // The successor renamed, the closing day corrected to an earlier one: the pin shows neither.
    expect((await putOrganization(desk.key, 'pin-org-heir', { name: 'Đảng bộ xã Đổi Tên', validFrom: '2025-07-01' })).status).toBe(200);
    expect(
      (await putOrganization(desk.key, 'pin-org-closed', { name: 'Đảng bộ thị trấn Đóng', validTo: '2025-03-31', successors: ['pin-org-heir'] })).status,
    ).toBe(200);
    expect(await fresh(pinned)).toBe(before);
  });
});
