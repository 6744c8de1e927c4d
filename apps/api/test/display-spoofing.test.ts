// Names and links that would show a reader something other than what they are: bidirectional
// overrides, control characters, invisible-only names, links with credentials or to private hosts.
// Each is refused with a 400 that names the field, on every route that writes it.
import { describe, expect, it } from 'vitest';
import type { ErrorBody } from './request.ts';
import { admin, admissionBody, cellBody, newsroomWithKey, putOrganization, send } from './write.ts';

const desk = await newsroomWithKey('spoof-desk');
await putOrganization(desk.key, 'spoof-town');

const SPOOFED_NAMES = [
  ['a right-to-left override', 'Đảng bộ \u202Eềừx'],
  ['a left-to-right embedding', '\u202AĐảng bộ'],
  ['a pop directional formatting', 'Đảng bộ\u202C'],
  ['a right-to-left isolate', 'Đảng bộ \u2067A\u2069'],
  ['a first-strong isolate', 'Đảng bộ \u2068A'],
  ['a line break', 'Đảng bộ\nthị trấn'],
  ['a tab', 'Đảng\tbộ'],
  ['an escape character', 'Đảng bộ\u001B[31m'],
  ['zero-width characters only', '\u200B\u200C\u200D\u2060'],
  ['a Hangul filler only', '\u3164\u3164'],
  ['a braille blank only', '\u2800'],
] as const;

async function issuePaths(res: Response): Promise<unknown[]> {
  expect(res.status).toBe(400);
  const body = await res.json<ErrorBody>();
  expect(body.error.code).toBe('validation_failed');
  return body.error.issues?.map((issue) => issue.path) ?? [];
}

describe.each(SPOOFED_NAMES)('a name with %s', (_, name) => {
  it('is refused for an organisation, a cell, a newsroom and a source publisher, naming the field', async () => {
    expect(await issuePaths(await putOrganization(desk.key, 'spoof-town', { name }))).toContainEqual(['body', 'name']);
    const cell = await send('/v1/organizations/spoof-town/cells/spoof-cell', {
      key: desk.key,
      json: { ...cellBody({ name }), asOf: '2024-12-31', sources: [{ publisher: 'Báo Thử' }] },
    });
    expect(await issuePaths(cell)).toContainEqual(['body', 'name']);
    expect(await issuePaths(await admin('/v1/newsrooms', { method: 'POST', json: { slug: 'spoof-newsroom', name } }))).toContainEqual(['body', 'name']);
    const admissions = await send('/v1/organizations/spoof-town/admissions/2025', { key: desk.key, json: admissionBody({ sources: [{ publisher: name }] }) });
    expect(await issuePaths(admissions)).toContainEqual(['body', 'sources', 0, 'publisher']);
  });
});

describe('a source link', () => {
  it.each([
    ['user@host', 'https://baolaocai.vn@evil.example/bai'],
    ['a password', 'https://desk:secret@baolaocai.vn/bai'],
    ['127.0.0.1', 'http://127.0.0.1/admin'],
    ['localhost', 'http://localhost:8787/v1/newsrooms'],
    ['::1', 'http://[::1]/'],
    ['0.0.0.0', 'http://0.0.0.0/'],
    ['10/8', 'http://10.0.0.5/'],
    ['192.168/16', 'https://192.168.1.1/'],
    ['169.254 (cloud metadata)', 'http://169.254.169.254/latest/meta-data/'],
    ['an IPv4 address written as one number', 'http://2130706433/'],
  ])('with %s is refused, naming the link', async (_, url) => {
    const res = await send('/v1/organizations/spoof-town/admissions/2025', {
      key: desk.key,
      json: admissionBody({ sources: [{ publisher: 'Báo Thử', url }] }),
    });
    expect(await issuePaths(res)).toContainEqual(['body', 'sources', 0, 'url']);
  });

  it('to a public host is accepted', async () => {
    const res = await send('/v1/organizations/spoof-town/admissions/2025', {
      key: desk.key,
      json: admissionBody({ sources: [{ publisher: 'Báo Lào Cai', url: 'https://baolaocai.vn/ket-qua-vuot-bac?id=1' }] }),
    });
    expect(res.status).toBe(201);
  });

  it('with user@host is refused in a CSV import too', async () => {
    const res = await send('/v1/organizations/spoof-town/import', {
      method: 'POST',
      key: desk.key,
      body: 'name,kind,committee,asOf,sourceUrl\nNa Đẩy,residential,none,2024-12-31,https://user@baolaocai.vn/\n',
      headers: { 'Content-Type': 'text/csv' },
    });
    expect(res.status).toBe(422);
    expect(JSON.stringify((await res.json<ErrorBody>()).error.issues)).toContain('user name or password');
  });
});

describe('a name with a joiner inside visible text', () => {
  it('is accepted as written', async () => {
    const res = await putOrganization(desk.key, 'spoof-joined', { name: 'Chi bộ A\u200DB' });
    expect(res.status).toBe(201);
    expect((await res.json<{ name: string }>()).name).toBe('Chi bộ A\u200DB');
  });
});
