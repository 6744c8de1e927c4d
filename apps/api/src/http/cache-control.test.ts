import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { cacheControl } from './cache-control.ts';
import { CLIENT_ERROR_CACHE_CONTROL, EMBED_CACHE_CONTROL, NO_STORE } from './cache-policy.ts';

const app = new Hono();
app.use('*', cacheControl(EMBED_CACHE_CONTROL));
app.get('/:status', (c) => c.text('x', Number(c.req.param('status')) as 200));

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

  it('keeps embed reads fresh a minute and stale-while-revalidate ten', () => {
    expect(EMBED_CACHE_CONTROL).toBe('public, max-age=60, stale-while-revalidate=600');
  });
});
