import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from './app-env.ts';
import { raiseGenerations } from '../db/read-generations.ts';
import { edgeCache, forgetGenerations, GENERATION_TRUST_MS, normaliseCacheKey } from './edge-cache.ts';

describe('normaliseCacheKey', () => {
  it('sorts query parameters and drops the fragment', () => {
    expect(normaliseCacheKey('https://x.dev/a?b=1&a=2#top')).toBe('https://x.dev/a?a=2&b=1');
    expect(normaliseCacheKey('https://X.dev/a')).toBe('https://x.dev/a');
  });

  it('decodes escaped unreserved characters of the path and re-encodes the query', () => {
    expect(normaliseCacheKey('https://x.dev/v1/organizations/muong%2Dkhuong%2fx?asOf=2024%2D12%2D31')).toBe(
      'https://x.dev/v1/organizations/muong-khuong%2fx?asOf=2024-12-31',
    );
  });
});

describe('edgeCache', () => {
  // Each test uses its own path: caches.default outlives a single test.
  function counting(status = 200) {
    let calls = 0;
    const app = new Hono<AppEnv>();
    app.use('*', edgeCache());
    app.all('*', (c) => {
      calls += 1;
      return c.json({ calls }, status as 200, { 'Cache-Control': 'public, max-age=60' });
    });
    // `clock`: the instant the request is handled at (the binding TEST_NOW, ./clock.ts).
    const send = async (url: string, init?: RequestInit, clock?: number) => {
      const ctx = createExecutionContext();
      const res = await app.request(url, init, clock === undefined ? env : { ...env, TEST_NOW: clock }, ctx);
      await waitOnExecutionContext(ctx);
      return res;
    };
    return { send, calls: () => calls };
  }

  it('answers a repeated GET from the cache without running the handler again', async () => {
    const { send, calls } = counting();
    const first = await send('https://edge.test/hit?b=2&a=1');
    const second = await send('https://edge.test/hit?a=1&b=2');
    expect(await first.json()).toEqual({ calls: 1 });
    expect(await second.json()).toEqual({ calls: 1 });
    expect(second.headers.get('Cache-Control')).toBe('public, max-age=60');
    second.headers.set('X-Added-Later', 'yes'); // a hit's headers stay writable for outer middleware
    expect(calls()).toBe(1);
  });

  it('keys a read by its organisation’s generation: raising it retires every cached spelling', async () => {
    const { send, calls } = counting();
    const org = `edge-${crypto.randomUUID().slice(0, 8)}`;
    await send(`https://edge.test/v1/organizations/${org}/cells?asOf=2024-12-31`);
    await send(`https://edge.test/embed/party-cell-map.svg?org=${org}`);
    expect(calls()).toBe(2);
    await send(`https://edge.test/v1/organizations/${org}/cells?asOf=2024-12-31`);
    expect(calls()).toBe(2);
    // A write through this instance: invalidateReads raises the generation, then forgets the ones it trusted.
    await raiseGenerations(env.DB, [org]);
    forgetGenerations();
    await send(`https://edge.test/v1/organizations/${org}/cells?asOf=2024-12-31`);
    await send(`https://edge.test/embed/party-cell-map.svg?org=${org}`);
    expect(calls()).toBe(4);
  });

  it('sees a write through another instance once the generation it trusted is GENERATION_TRUST_MS old', async () => {
    const { send, calls } = counting();
    const org = `edge-${crypto.randomUUID().slice(0, 8)}`;
    await send(`https://edge.test/v1/organizations/${org}/cells`);
    expect(calls()).toBe(1);
    // Another instance's write: the generation rises in D1 and nothing tells this instance.
    await raiseGenerations(env.DB, [org]);
    await scheduler.wait(GENERATION_TRUST_MS + 50);
    await send(`https://edge.test/v1/organizations/${org}/cells`);
    expect(calls()).toBe(2);
  });

  it('keeps a first answer in memory and gives it to the Cache API when it is asked again', async () => {
    const { send, calls } = counting();
    // Pinned, so the cache key is the URL itself.
    const url = `https://edge.test/v1/organizations/edge-${crypto.randomUUID().slice(0, 8)}/cells?revision=1`;
    await send(url);
    expect(await caches.default.match(url)).toBeUndefined();
    const second = await send(url);
    expect(await second.json()).toEqual({ calls: 1 });
    expect(calls()).toBe(1);
    const shared = await caches.default.match(url);
    expect(await shared?.json()).toEqual({ calls: 1 });
    expect(shared?.headers.get('Cache-Control')).toMatch(/^public, max-age=(59|60)$/);
  });

  it('keeps a copy taken from the Cache API in memory no longer than the Cache API keeps it', async () => {
    const { send } = counting();
    const url = `https://edge.test/v1/organizations/edge-${crypto.randomUUID().slice(0, 8)}/cells?revision=1`;
    // Another instance stored it 50 s ago with a minute's max-age: the Cache API keeps it 10 s more.
    const cached = new Response('{"from":"cache"}', { headers: { 'Content-Type': 'application/json', 'Cache-Control': 'public, max-age=60', Age: '50' } });
    await caches.default.put(url, cached);
    const start = Date.now();
    expect(await (await send(url, undefined, start)).json()).toEqual({ from: 'cache' });
    // From now on only this instance's memory can answer with the Cache API's copy.
    await caches.default.delete(url);
    expect(await (await send(url, undefined, start + 5_000)).json()).toEqual({ from: 'cache' });
    // Past the Cache API copy's end (not its max-age, a minute, from now): the handler answers.
    expect(await (await send(url, undefined, start + 15_000)).json()).toHaveProperty('calls');
  });

  it('keeps a read pinned to a revision whatever the generation', async () => {
    const { send, calls } = counting();
    const org = `edge-${crypto.randomUUID().slice(0, 8)}`;
    await send(`https://edge.test/v1/organizations/${org}/cells?revision=1`);
    await raiseGenerations(env.DB, [org, '*']);
    await send(`https://edge.test/v1/organizations/${org}/cells?revision=1`);
    expect(calls()).toBe(1);
  });

  it('does not keep errors', async () => {
    const { send, calls } = counting(404);
    await send('https://edge.test/missing');
    await send('https://edge.test/missing');
    expect(calls()).toBe(2);
  });

  it('lets other methods through to the handler', async () => {
    const { send, calls } = counting();
    await send('https://edge.test/post');
    const posted = await send('https://edge.test/post', { method: 'POST' });
    expect(await posted.json()).toEqual({ calls: 2 });
    expect(calls()).toBe(2);
  });

  it('stores the strong ETag with the response, so a hit needs no hashing and matches the miss', async () => {
    const { send, calls } = counting();
    const first = await send('https://edge.test/etag');
    const second = await send('https://edge.test/etag');
    const body = await first.text();
    const sha256 = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body)));
    expect(first.headers.get('ETag')).toBe(`"${[...sha256].map((b) => b.toString(16).padStart(2, '0')).join('')}"`);
    expect(second.headers.get('ETag')).toBe(first.headers.get('ETag'));
    expect(await second.text()).toBe(body);
    expect(calls()).toBe(1);
  });

  it('answers a matching If-None-Match on a miss with 304 and does not store the 304', async () => {
    let calls = 0;
    const app = new Hono<AppEnv>();
    app.use('*', edgeCache());
    app.get('*', (c) => {
      calls += 1;
      return c.json({ same: 'body' }, 200, { 'Cache-Control': 'public, max-age=60' });
    });
    const send = async (url: string, init?: RequestInit) => {
      const ctx = createExecutionContext();
      const res = await app.request(url, init, env, ctx);
      await waitOnExecutionContext(ctx);
      return res;
    };
    const tag = (await send('https://edge.test/etag-304-probe')).headers.get('ETag') ?? '';
    const notModified = await send('https://edge.test/etag-304', { headers: { 'If-None-Match': tag } });
    expect(notModified.status).toBe(304);
    const full = await send('https://edge.test/etag-304');
    expect(full.status).toBe(200);
    expect(calls).toBe(3);
  });
});
