import { admission } from './wire-guards.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { API, installFakeApi, type FakeApi } from '../../test/fake-api.ts';
import { DEFAULT_TIMEOUT_MS } from './api-base.ts';
import { clearLoadCache, LoadError, loadJson } from './load-json.ts';

const URL_2024 = `${API}v1/organizations/muong-khuong/admissions/2024`;
let api: FakeApi | undefined;

afterEach(() => {
  api?.restore();
  api = undefined;
  clearLoadCache();
});

async function failureOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return error instanceof LoadError ? error.failure : `not a LoadError: ${String(error)}`;
  }
  return 'resolved';
}

describe('loadJson', () => {
  it('returns the answer once it matches the schema', async () => {
    api = installFakeApi();
    const admissions = await loadJson(URL_2024, admission, DEFAULT_TIMEOUT_MS);
    expect(admissions.admitted).toBe(53);
    expect(admissions.delta).toBe(33);
  });

  it('makes one request for all callers of the same URL, at the same time or later', async () => {
    api = installFakeApi();
    await Promise.all([loadJson(URL_2024, admission, DEFAULT_TIMEOUT_MS), loadJson(URL_2024, admission, DEFAULT_TIMEOUT_MS)]);
    await loadJson(URL_2024, admission, DEFAULT_TIMEOUT_MS);
    expect(api.requests).toEqual([URL_2024]);
  });

  it('forgets failures, so the next caller asks again', async () => {
    api = installFakeApi('down');
    expect(await failureOf(loadJson(URL_2024, admission, DEFAULT_TIMEOUT_MS))).toBe('network');
    api.restore();
    api = installFakeApi();
    await expect(loadJson(URL_2024, admission, DEFAULT_TIMEOUT_MS)).resolves.toMatchObject({ admitted: 53 });
  });

  it.each([
    ['down', 'network'],
    ['not-found', 'not-found'],
    ['server-error', 'http'],
    ['malformed', 'malformed'],
    ['invalid', 'invalid'],
  ] as const)('names the failure when the API is %s', async (behaviour, failure) => {
    api = installFakeApi(behaviour);
    expect(await failureOf(loadJson(URL_2024, admission, DEFAULT_TIMEOUT_MS))).toBe(failure);
  });

  it('gives up after the timeout', async () => {
    api = installFakeApi('hang');
    const started = performance.now();
    expect(await failureOf(loadJson(URL_2024, admission, 50))).toBe('timeout');
    // Its own 50 ms, not the default: however slow the machine, well before the default would have run out.
    expect(performance.now() - started).toBeLessThan(DEFAULT_TIMEOUT_MS);
  });

  it('says the HTTP status of a failed answer in its message', async () => {
    api = installFakeApi('server-error');
    await expect(loadJson(URL_2024, admission, DEFAULT_TIMEOUT_MS)).rejects.toMatchObject({ message: `${URL_2024} answered 500`, failure: 'http' });
  });
});
