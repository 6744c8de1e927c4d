import { admission } from './wire-guards.ts';
import { describe, expect, it } from 'vitest';
import { API } from '../../test/fake-api.ts';
import { fakeApiPerTest } from '../../test/fixture.ts';
import { DEFAULT_TIMEOUT_MS } from './api-base.ts';
import { LoadError, loadJson } from './load-json.ts';

const URL_2024 = `${API}v1/organizations/muong-khuong/admissions/2024`;
const fakeApi = fakeApiPerTest();

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
    fakeApi();
    const admissions = await loadJson(URL_2024, admission, DEFAULT_TIMEOUT_MS);
    expect(admissions.admitted).toBe(53);
    expect(admissions.delta).toBe(33);
  });

  it('makes one request for all callers of the same URL, at the same time or later', async () => {
    const api = fakeApi();
    await Promise.all([loadJson(URL_2024, admission, DEFAULT_TIMEOUT_MS), loadJson(URL_2024, admission, DEFAULT_TIMEOUT_MS)]);
    await loadJson(URL_2024, admission, DEFAULT_TIMEOUT_MS);
    expect(api.requests).toEqual([URL_2024]);
  });

  it('forgets failures, so the next caller asks again', async () => {
    fakeApi('down');
    expect(await failureOf(loadJson(URL_2024, admission, DEFAULT_TIMEOUT_MS))).toBe('network');
    fakeApi();
    await expect(loadJson(URL_2024, admission, DEFAULT_TIMEOUT_MS)).resolves.toMatchObject({ admitted: 53 });
  });

  it.each([
    ['down', 'network'],
    ['not-found', 'not-found'],
    ['server-error', 'http'],
    ['malformed', 'malformed'],
    ['invalid', 'invalid'],
  ] as const)('names the failure when the API is %s', async (behaviour, failure) => {
    fakeApi(behaviour);
    expect(await failureOf(loadJson(URL_2024, admission, DEFAULT_TIMEOUT_MS))).toBe(failure);
  });

  it('gives up after the timeout', async () => {
    fakeApi('hang');
    const started = performance.now();
    expect(await failureOf(loadJson(URL_2024, admission, 50))).toBe('timeout');
    // Its own 50 ms, not the default: however slow the machine, well before the default would have run out.
    expect(performance.now() - started).toBeLessThan(DEFAULT_TIMEOUT_MS);
  });

  it('says the HTTP status of a failed answer in its message', async () => {
    fakeApi('server-error');
    await expect(loadJson(URL_2024, admission, DEFAULT_TIMEOUT_MS)).rejects.toMatchObject({ message: `${URL_2024} answered 500`, failure: 'http' });
  });
});
