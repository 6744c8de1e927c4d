import { describe, expect, it } from 'vitest';
import { request, type ErrorBody } from '../../test/request.ts';

describe('GET /v1/health', () => {
  it('answers {"status":"ok"} and is never cached', async () => {
    const res = await request('/v1/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
    expect(res.headers.get('Cache-Control')).toBe('no-store');
  });

  it('rejects a query parameter it does not know with a 400', async () => {
    const res = await request('/v1/health?verbose=1');
    expect(res.status).toBe(400);
    const body = await res.json<ErrorBody>();
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.issues?.[0]?.path).toEqual(['query']);
  });
});
