import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { describe, expect, it, vi } from 'vitest';
import { ApiException } from './api-exception.ts';
import type { AppEnv } from './app-env.ts';
import { notFound, onError } from './on-error.ts';

const app = new Hono<AppEnv>();
app.onError(onError);
app.notFound(notFound);
app.get('/invalid', () => {
  throw new ApiException(400, 'validation_failed', 'bad', { issues: [{ path: ['query', 'asOf'], message: 'not a date' }] });
});
app.get('/hono', () => {
  throw new HTTPException(413, { message: 'too big' });
});
app.get('/bug', () => {
  throw new Error('SQLITE_ERROR: no such table: secrets');
});

describe('onError', () => {
  it('renders an ApiException with its code and issues', async () => {
    const res = await app.request('/invalid');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: { code: 'validation_failed', message: 'bad', issues: [{ path: ['query', 'asOf'], message: 'not a date' }] },
    });
  });

  it('keeps the status of Hono’s own exceptions and gives them a code', async () => {
    const res = await app.request('/hono');
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: { code: 'payload_too_large', message: 'too big' } });
  });

  it('answers an unexpected error with a 500 that reveals nothing of it', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await app.request('/bug');
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text).error.code).toBe('internal_error');
    expect(text).not.toContain('SQLITE');
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});

describe('notFound', () => {
  it('answers unknown paths with the JSON error', async () => {
    const res = await app.request('/nowhere');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'Nothing at /nowhere' } });
  });
});
