// SQL and HTML in every text field a newsroom writes: stored as the exact text, served back as JSON
// text, and no table harmed.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { request } from './request.ts';
import { admin, admissionBody, newsroomWithKey, putOrganization, send } from './write.ts';

const PAYLOADS = [
  "Robert'); DROP TABLE organizations;--",
  '" OR 1=1; DELETE FROM cells WHERE "1"="1',
  '<script>alert("Chỉ Tiêu")</script>',
  '<img src=x onerror=alert(1)> & &amp; </textarea>',
  '${7*7} {{7*7}} %s %00 \\u0000',
  'Sả Hồ \u200f(RLM) 🎯 NULL',
];

const desk = await newsroomWithKey('hostile-desk');

async function tablesIntact() {
  const counts = await env.DB.batch(
    ['organizations', 'cells', 'admission_records', 'newsrooms'].map((table) => env.DB.prepare(`SELECT count(*) AS n FROM ${table}`)),
  );
  for (const result of counts) expect((result.results[0] as { n: number }).n).toBeGreaterThan(0);
  const seed = await (await request('/v1/organizations/muong-khuong/admissions/2024')).json<{ admitted: number }>();
  expect(seed.admitted).toBe(53);
}

describe.each(PAYLOADS.map((payload, i) => [i, payload] as const))('payload %i (%s)', (i, payload) => {
  const org = `hostile-${i}`;

  it('is stored and served as text in organisation, cell, source and breakdown fields', async () => {
    const source = { publisher: payload, title: payload, url: `https://example.vn/bai?q=${encodeURIComponent(payload)}`, publishedOn: null };
    expect((await putOrganization(desk.key, org, { name: payload })).status).toBe(201);
    const admissions = await send(`/v1/organizations/${org}/admissions/2025`, {
      key: desk.key,
      json: admissionBody({ sources: [source], breakdown: { women: { unit: 'members', exact: 3, note: payload } } }),
    });
    expect(admissions.status).toBe(201);
    const cell = await send(`/v1/organizations/${org}/cells/cell-a`, {
      key: desk.key,
      json: { name: payload, kind: 'residential', committee: 'unknown', asOf: '2024-12-31', sources: [source] },
    });
    expect(cell.status).toBe(201);

    const organization = await request(`/v1/organizations/${org}`);
    expect(organization.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(organization.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect((await organization.json<{ name: string }>()).name).toBe(payload.trim().normalize('NFC'));
    const read = await (await request(`/v1/organizations/${org}/admissions/2025`)).json<{
      organization: { name: string };
      sources: unknown[];
      breakdown: { women: { note: string } };
    }>();
    expect(read.organization.name).toBe(payload.trim());
    expect(read.sources).toEqual([source]);
    expect(read.breakdown.women.note).toBe(payload.trim());
    const cells = await (await request(`/v1/organizations/${org}/cells`)).json<{ cells: { name: string }[]; sources: unknown[] }>();
    expect(cells.cells[0]?.name).toBe(payload.trim());
    expect(cells.sources).toEqual([source]);
    await tablesIntact();
  });

  it('is stored and served as text through a CSV import and in a newsroom name', async () => {
    await putOrganization(desk.key, `${org}-csv`);
    const quote = (text: string) => `"${text.replaceAll('"', '""')}"`;
    const csv = `slug,name,kind,committee,asOf,sourcePublisher,sourceTitle\ncell-b,${quote(payload)},agency,unknown,2024-12-31,${quote(payload)},${quote(payload)}\n`;
    const res = await send(`/v1/organizations/${org}-csv/import`, { method: 'POST', key: desk.key, body: csv, headers: { 'Content-Type': 'text/csv' } });
    expect(res.status).toBe(200);
    const cells = await (await request(`/v1/organizations/${org}-csv/cells`)).json<{
      cells: { name: string }[];
      sources: { publisher: string; title: string }[];
    }>();
    expect(cells.cells[0]?.name).toBe(payload.trim());
    expect(cells.sources[0]).toMatchObject({ publisher: payload.trim(), title: payload.trim() });

    const newsroom = await admin('/v1/newsrooms', { method: 'POST', json: { slug: `${org}-paper`, name: payload } });
    expect((await newsroom.json<{ name: string }>()).name).toBe(payload.trim());
    await tablesIntact();
  });
});

describe('markup where only a slug fits', () => {
  it('is refused with a 400, in the path and in references', async () => {
    expect((await send(`/v1/organizations/${encodeURIComponent('<b>x</b>')}`, { key: desk.key, json: { name: 'x', kind: 'grassroots' } })).status).toBe(400);
    expect((await putOrganization(desk.key, 'hostile-refs', { parent: "x'); DROP TABLE organizations;--" })).status).toBe(400);
    await tablesIntact();
  });
});
