import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { cacheControl } from './cache-control.ts';
import { CLIENT_ERROR_CACHE_CONTROL, EMBED_CACHE_CONTROL, NO_STORE, PINNED_CACHE_CONTROL } from './cache-policy.ts';

const app = new Hono();
app.use('*', cacheControl(EMBED_CACHE_CONTROL));
app.get('/pinned', (c) => c.text('x', 200, { 'Cache-Control': PINNED_CACHE_CONTROL }));
app.get('/pinned-missing', (c) => c.text('x', 404, { 'Cache-Control': PINNED_CACHE_CONTROL }));
app.get('/:status', (c) => c.text('x', Number(c.req.param('status')) as 200));
app.put('/:status', (c) => c.text('x', Number(c.req.param('status')) as 200));

describe('cacheControl', () => {
  it.each([
    [200, EMBED_CACHE_CONTROL],
    [404, CLIENT_ERROR_CACHE_CONTROL],
    [400, CLIENT_ERROR_CACHE_CONTROL],
    [500, NO_STORE],
    [503, NO_STORE],
  ])('gives a %i the policy %j', async (status, expected) => {
    expect((await app.request(`/${status}`)).headers.get('Cache-Control')).toBe(expected);
  });

  it('keeps the policy a successful read chose, but not an error’s', async () => {
    expect((await app.request('/pinned')).headers.get('Cache-Control')).toBe(PINNED_CACHE_CONTROL);
    expect((await app.request('/pinned-missing')).headers.get('Cache-Control')).toBe(CLIENT_ERROR_CACHE_CONTROL);
  });

  it.each([200, 201, 412])('never lets a write response (%i) be stored', async (status) => {
    expect((await app.request(`/${status}`, { method: 'PUT' })).headers.get('Cache-Control')).toBe(NO_STORE);
  });

  it('keeps pinned reads a year, as immutable', () => {
    expect(PINNED_CACHE_CONTROL).toBe('public, max-age=31536000, immutable');
  });

  it('keeps live embed reads a minute at most, never stale', () => {
    expect(EMBED_CACHE_CONTROL).toBe('public, max-age=60');
  });
});
