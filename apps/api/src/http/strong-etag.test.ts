import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { describe, expect, it } from 'vitest';
import { strongEtag, strongEtagOf } from './strong-etag.ts';

const BODY = '{"admitted":53}';
const app = new Hono();
app.use('*', cors({ origin: '*' }), strongEtag());
app.get('/record', (c) => c.body(BODY, 200, { 'Content-Type': 'application/json', 'Cache-Control': 'public, max-age=60' }));
app.get('/missing', (c) => c.json({ error: 'x' }, 404));

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

describe('strongEtag', () => {
  it('tags a response with the SHA-256 of its body, as a strong validator', async () => {
    const res = await app.request('/record');
    expect(res.headers.get('ETag')).toBe(`"${await sha256Hex(BODY)}"`);
  });

  it.each([
    ['the exact tag', (tag: string) => tag],
    ['its weak form', (tag: string) => `W/${tag}`],
    ['a list holding it', (tag: string) => `"other", ${tag}`],
    ['*', () => '*'],
  ])('answers 304 for If-None-Match with %s, keeping caching and CORS headers', async (_, ifNoneMatch) => {
    const tag = (await app.request('/record')).headers.get('ETag') ?? '';
    const res = await app.request('/record', { headers: { 'If-None-Match': ifNoneMatch(tag) } });
    expect(res.status).toBe(304);
    expect(await res.text()).toBe('');
    expect(res.headers.get('ETag')).toBe(tag);
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=60');
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(res.headers.get('Content-Type')).toBeNull();
  });

  it('answers 200 with the body when the tag does not match', async () => {
    const res = await app.request('/record', { headers: { 'If-None-Match': '"stale"' } });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(BODY);
  });

  it('leaves errors untagged', async () => {
    const res = await app.request('/missing');
    expect(res.headers.get('ETag')).toBeNull();
  });
});

describe('strongEtagOf', () => {
  // Bytes that differ along the body, so a piece hashed twice or left out changes the tag.
  const bodyOf = (bytes: number) => Uint8Array.from({ length: bytes }, (_, i) => (i * 31 + (i >> 9)) & 0xff);

  it.each([
    ['a small body', 15],
    ['a body of exactly one piece', 262_144],
    ['a body of several pieces (hashed piece by piece)', 600_001],
  ])('gives %s the ETag the middleware gives it', async (_, bytes) => {
    const body = bodyOf(bytes);
    const tagging = new Hono();
    tagging.use('*', strongEtag());
    tagging.get('/', (c) => c.body(body.slice().buffer, 200));
    const expected = (await tagging.request('/')).headers.get('ETag');
    expect(expected).toMatch(/^"[0-9a-f]{64}"$/);
    expect(await strongEtagOf(body.slice().buffer)).toBe(expected);
  });

  it('is the SHA-256 of a body of one piece', async () => {
    expect(await strongEtagOf(new Uint8Array(new TextEncoder().encode(BODY)).buffer)).toBe(`"${await sha256Hex(BODY)}"`);
  });

  it('leaves an empty body untagged, as the middleware does', async () => {
    const tagging = new Hono();
    tagging.use('*', strongEtag());
    tagging.get('/', (c) => c.body('', 200));
    expect((await tagging.request('/')).headers.get('ETag')).toBeNull();
    expect(await strongEtagOf(new ArrayBuffer(0))).toBeNull();
  });
});
