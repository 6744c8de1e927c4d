// Text that grows under Unicode NFC (U+FB2C becomes three characters) used to pass the length check
// and be stored longer than the limit, after which every read of the organisation failed. Now text is
// normalised before it is measured, the database refuses over-long text itself, and a row stored
// long under the old rules is still served.
import { Hono } from 'hono';
import { env, exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from '../src/http/app-env.ts';
import { onError } from '../src/http/on-error.ts';
import { request, type ErrorBody } from './request.ts';
import { admissionBody, cellBody, newsroomWithKey, putOrganization, send } from './write.ts';

/** 200 characters as sent, 600 once in NFC. */
const GROWS = '\uFB2C'.repeat(200);
const desk = await newsroomWithKey('grown-desk');
const fetchApi = (path: string) => exports.default.fetch(`https://api.chitieu.test${path}`);

describe('text that grows past its limit under NFC', () => {
  it('is refused with a 400 naming the source field, and the organisation’s reads keep answering', async () => {
    await putOrganization(desk.key, 'grown-town');
    const source = { publisher: GROWS, title: 'Bài thử', url: 'https://example.vn/grown' };
    const res = await send('/v1/organizations/grown-town/admissions/2025', { key: desk.key, json: admissionBody({ sources: [source] }) });
    expect(res.status).toBe(400);
    expect((await res.json<ErrorBody>()).error.issues?.map((issue) => issue.path)).toContainEqual(['body', 'sources', 0, 'publisher']);
    expect((await send('/v1/organizations/grown-town/admissions/2025', { key: desk.key, json: admissionBody() })).status).toBe(201);
    expect((await request('/v1/organizations/grown-town/admissions/2025')).status).toBe(200);
  });

  it.each([
    ['an organisation’s name', '/v1/organizations/grown-name', { name: GROWS, kind: 'grassroots' }, ['body', 'name']],
    [
      'a source title',
      '/v1/organizations/grown-town/admissions/2024',
      admissionBody({ sources: [{ publisher: 'Báo Thử', title: GROWS + GROWS.slice(0, 10) }] }),
      ['body', 'sources', 0, 'title'],
    ],
    [
      'a cell’s name',
      '/v1/organizations/grown-town/cells/grown-cell',
      { ...cellBody({ name: GROWS }), asOf: '2024-12-31', sources: [{ publisher: 'Báo Thử' }] },
      ['body', 'name'],
    ],
    [
      'a breakdown note',
      '/v1/organizations/grown-town/admissions/2023',
      admissionBody({ breakdown: { women: { unit: 'members', exact: 1, note: GROWS } } }),
      ['body', 'breakdown', 'women', 'note'],
    ],
  ])('refuses %s with a 400 naming it', async (_, path, json, field) => {
    const res = await send(path, { key: desk.key, json });
    expect(res.status).toBe(400);
    expect((await res.json<ErrorBody>()).error.issues?.map((issue) => issue.path)).toContainEqual(field);
  });

  it('is refused in a CSV import too, naming the row and column', async () => {
    const res = await send('/v1/organizations/grown-town/import', {
      method: 'POST',
      key: desk.key,
      body: `name,kind,committee,asOf,sourcePublisher\nNa Đẩy,residential,none,2024-12-31,${GROWS}\n`,
      headers: { 'Content-Type': 'text/csv' },
    });
    expect(res.status).toBe(422);
    expect(JSON.stringify((await res.json<ErrorBody>()).error.issues)).toContain('sourcePublisher');
  });
});

describe('the database', () => {
  it('refuses a source longer than the limits itself', async () => {
    const insert = env.DB.prepare('INSERT INTO sources (fingerprint, publisher) VALUES (?1, ?2)').bind(`grown-${crypto.randomUUID()}`, 'x'.repeat(201));
    await expect(insert.run()).rejects.toThrow(/text_too_long/);
  });

  it('refusing a write is answered with a 422 naming the column, never a 500', async () => {
    const app = new Hono<AppEnv>();
    app.onError(onError);
    app.get('/', async (c) => {
      await env.DB.prepare('INSERT INTO sources (fingerprint, title) VALUES (?1, ?2)').bind(`grown-${crypto.randomUUID()}`, 'x'.repeat(501)).run();
      return c.text('stored');
    });
    const res = await app.request('/');
    expect(res.status).toBe(422);
    expect(await res.json<ErrorBody>()).toMatchObject({ error: { code: 'validation_failed', issues: [{ path: ['sources', 'title'] }] } });
  });
});

/** Makes the stored source of `title` as long as the old rules let it be, bypassing today's database checks for this one statement. */
async function storeLongPublisher(title: string, publisher: string): Promise<void> {
  const triggers = await env.DB.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'sources'").all<{
    name: string;
    sql: string;
  }>();
  await env.DB.batch([
    ...triggers.results.map((t) => env.DB.prepare(`DROP TRIGGER ${t.name}`)),
    env.DB.prepare('UPDATE sources SET publisher = ?1 WHERE title = ?2').bind(publisher, title),
    ...triggers.results.map((t) => env.DB.prepare(t.sql)),
  ]);
}

describe('an organisation whose source was stored too long under the old rules', () => {
  const title = `Bài cũ ${crypto.randomUUID()}`;
  const longPublisher = 'ש\u05BC\u05C1'.repeat(200);
  const source = { publisher: 'Báo Cũ', title, url: null, publishedOn: null };

  it('still answers every read, pinned read, image, embed page, PUT, DELETE and import', async () => {
    await putOrganization(desk.key, 'grown-old');
    expect(
      (await send('/v1/organizations/grown-old/admissions/2024', { key: desk.key, json: admissionBody({ asOf: '2024-12-31', sources: [source] }) })).status,
    ).toBe(201);
    expect(
      (await send('/v1/organizations/grown-old/cells/na-day', { key: desk.key, json: { ...cellBody(), asOf: '2024-12-31', sources: [source] } })).status,
    ).toBe(201);
    await storeLongPublisher(title, longPublisher);

    const live = await request('/v1/organizations/grown-old/admissions/2024');
    expect(live.status).toBe(200);
    expect((await live.json<{ sources: { publisher: string }[] }>()).sources[0]?.publisher).toBe(longPublisher);
    for (const path of [
      '/v1/organizations/grown-old/admissions/2024?revision=1',
      '/v1/organizations/grown-old/admissions/2024?asOf=2024-12-31',
      '/v1/organizations/grown-old/cells',
      '/v1/organizations/grown-old/cells?revision=1',
      '/embed/party-target-gauge?org=grown-old&period=2024',
      '/embed/party-cell-map?org=grown-old',
      '/embed/party-target-gauge.svg?org=grown-old&period=2024',
      '/embed/party-cell-map.svg?org=grown-old',
    ]) {
      expect((await fetchApi(path)).status, path).toBe(200);
    }
    const put = await send('/v1/organizations/grown-old/admissions/2024', {
      key: desk.key,
      json: admissionBody({ admitted: 30, asOf: '2024-12-31', sources: [source] }),
    });
    expect(put.status).toBe(200);
    const imported = await send('/v1/organizations/grown-old/import', {
      method: 'POST',
      key: desk.key,
      body: 'period,admitted,target,asOf,sourcePublisher\n2024,31,20,2024-12-31,Báo Cũ\n',
      headers: { 'Content-Type': 'text/csv' },
    });
    expect(imported.status, await imported.clone().text()).toBe(200);
    expect((await send('/v1/organizations/grown-old/cells/na-day', { method: 'DELETE', key: desk.key })).status).toBe(200);
    expect((await send('/v1/organizations/grown-old/admissions/2024', { method: 'DELETE', key: desk.key })).status).toBe(200);
  });
});
