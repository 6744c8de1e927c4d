// Writers racing on the same records: If-Match lets exactly one of them win each revision, and a
// writer that reads again and retries never loses another's update.
import { AdmissionResponseSchema, CellsResponseSchema, slugify } from '@chitieu/domain';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { request } from './request.ts';
import { admissionBody, cellBody, newsroomWithKey, putOrganization, send, SOURCE_JSON } from './write.ts';

const desk = await newsroomWithKey('race-desk');
const readAdmissions = async (org: string) => AdmissionResponseSchema.parse(await (await request(`/v1/organizations/${org}/admissions/2025`)).json());

describe('concurrent writers', () => {
  it('with the same If-Match: exactly one wins, the others get 412 and change nothing', async () => {
    await putOrganization(desk.key, 'race-once');
    await send('/v1/organizations/race-once/admissions/2025', { key: desk.key, json: admissionBody({ admitted: 1 }) });
    const writers = Array.from({ length: 8 }, (_, i) =>
      send('/v1/organizations/race-once/admissions/2025', { key: desk.key, json: admissionBody({ admitted: 100 + i }), headers: { 'If-Match': '"1"' } }),
    );
    const responses = await Promise.all(writers);
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 412, 412, 412, 412, 412, 412, 412]);
    const winner = responses.findIndex((r) => r.status === 200);
    expect(await readAdmissions('race-once')).toMatchObject({ admitted: 100 + winner, revision: 2 });
    const history = await env.DB.prepare(
      "SELECT count(*) AS n FROM admission_record_revisions WHERE admission_record_id = (SELECT a.id FROM admission_records a JOIN organizations o ON o.id = a.organization_id WHERE o.slug = 'race-once')",
    ).first('n');
    expect(history).toBe(1);
  });

  it('that read, add one and write with If-Match, retrying on 412, lose no update', async () => {
    await putOrganization(desk.key, 'race-count');
    await send('/v1/organizations/race-count/admissions/2025', { key: desk.key, json: admissionBody({ admitted: 0 }) });
    const increment = async () => {
      for (;;) {
        const current = await readAdmissionsFresh('race-count');
        const res = await send('/v1/organizations/race-count/admissions/2025', {
          key: desk.key,
          json: admissionBody({ admitted: current.admitted + 1 }),
          headers: { 'If-Match': `"${current.revision}"` },
        });
        if (res.status === 200) return;
        expect(res.status).toBe(412);
      }
    };
    const worker = async () => {
      for (let i = 0; i < 3; i += 1) await increment();
    };
    await Promise.all(Array.from({ length: 4 }, worker));
    expect(await readAdmissionsFresh('race-count')).toMatchObject({ admitted: 12, revision: 13 });
  });

  it('without If-Match, on different cells of one census: every cell lands, each write a revision of its own', async () => {
    await putOrganization(desk.key, 'race-cells');
    await send('/v1/organizations/race-cells/cells/first', {
      key: desk.key,
      json: { ...cellBody({ name: 'First' }), asOf: '2024-12-31', sources: [SOURCE_JSON] },
    });
    const names = ['Na Đẩy', 'Na Khui', 'Lao Chải', 'Sa Pả', 'Choán Ván', 'Sả Hồ'];
    const responses = await Promise.all(
      names.map((name) => send(`/v1/organizations/race-cells/cells/${slugify(name)}`, { key: desk.key, json: cellBody({ name }) })),
    );
    expect(responses.map((r) => r.status)).toEqual(names.map(() => 201));
    expect(new Set(responses.map((r) => r.headers.get('ETag'))).size).toBe(names.length);
    const census = CellsResponseSchema.parse(await (await request('/v1/organizations/race-cells/cells')).json());
    expect(census.cells.map((c) => c.name).sort()).toEqual(['First', ...names].sort());
    expect(census.revision).toBe(names.length + 1);
  });
});

/** The current record, past the edge cache (a read right after another worker's write must see it). */
async function readAdmissionsFresh(org: string) {
  const { findAdmissionRecord } = await import('../src/db/admission-records.ts');
  const record = await findAdmissionRecord(env.DB, org, '2025');
  if (!record) throw new Error(`no admissions of ${org}`);
  return record;
}
