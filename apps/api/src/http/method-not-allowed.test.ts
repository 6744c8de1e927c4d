import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from './app-env.ts';
import { rejectOtherMethods } from './method-not-allowed.ts';
import { notFound, onError } from './on-error.ts';

const app = new Hono<AppEnv>();
app.onError(onError);
app.notFound(notFound);
app.use('*', async (_, next) => next());
app.get('/things/:id', (c) => c.text('thing'));
app.get('/files/*', (c) => c.text('file'));
rejectOtherMethods(app);

describe('rejectOtherMethods', () => {
  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])('answers %s on a GET path with 405, the JSON error and Allow', async (method) => {
    const res = await app.request('/things/1', { method });
    expect(res.status).toBe(405);
    expect(res.headers.get('Allow')).toBe('GET, HEAD, OPTIONS');
    expect(await res.json()).toEqual({
      error: { code: 'method_not_allowed', message: `${method} is not allowed on /things/1; use GET, HEAD, OPTIONS` },
    });
  });

  it('covers wildcard paths too', async () => {
    expect((await app.request('/files/a/b.js', { method: 'DELETE' })).status).toBe(405);
  });

  it('leaves the methods a path serves, HEAD included, to their handlers', async () => {
    expect(await (await app.request('/things/1')).text()).toBe('thing');
    const head = await app.request('/things/1', { method: 'HEAD' });
    expect(head.status).toBe(200);
  });

  it('answers OPTIONS with 204 and Allow', async () => {
    const res = await app.request('/things/1', { method: 'OPTIONS' });
    expect(res.status).toBe(204);
    expect(res.headers.get('Allow')).toBe('GET, HEAD, OPTIONS');
  });

  it('leaves unknown paths to the 404', async () => {
    expect((await app.request('/nothing', { method: 'POST' })).status).toBe(404);
  });
});
