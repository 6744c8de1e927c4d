import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { API, installFakeApi, seedAdmissions, type FakeApi } from '../../test/fake-api.ts';
import { clearLoadCache, loadJson } from './load-json.ts';
import { loader } from './loader.ts';
import { admission } from './wire-guards.ts';

const url = (period: string) => `${API}v1/organizations/muong-khuong/admissions/${period}`;
let api: FakeApi | undefined;

let warn: MockInstance<typeof console.warn>;

beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});

afterEach(() => {
  warn.mockRestore();
  api?.restore();
  api = undefined;
  clearLoadCache();
});

/** A host without an element: counts the updates the loader asks for. */
function host() {
  return {
    updates: 0,
    timeout: 5_000,
    localName: 'x-host',
    requestUpdate() {
      this.updates++;
    },
  };
}

function loaderFor(target: { url: string | null }) {
  const h = host();
  return { host: h, loader: loader(h, admission, () => target.url) };
}

describe('loader', () => {
  it('reads nothing while the element has no URL', () => {
    api = installFakeApi();
    const { loader, host: h } = loaderFor({ url: null });
    expect(loader.current()).toEqual({ state: 'loading' });
    expect(loader.current()).toEqual({ state: 'loading' });
    expect(api.requests).toEqual([]);
    expect(h.updates).toBe(0);
  });

  it('reads the URL once, and asks for an update with the answer', async () => {
    api = installFakeApi();
    const { loader, host: h } = loaderFor({ url: url('2024') });
    expect(loader.current()).toEqual({ state: 'loading' });
    expect(loader.current()).toEqual({ state: 'loading' });
    expect(loader.value).toBeUndefined();
    await vi.waitFor(() => expect(loader.current()).toBeNull());
    expect(loader.value).toMatchObject({ admitted: seedAdmissions().admitted });
    expect(api.requests).toHaveLength(1);
    expect(h.updates).toBe(1);
  });

  it('ends in the error state of the failure, and says so once on the console, naming the element and the URL', async () => {
    api = installFakeApi('not-found');
    const { loader } = loaderFor({ url: url('2024') });
    loader.current();
    await vi.waitFor(() => expect(loader.current()).toEqual({ state: 'error', failure: 'not-found' }));
    loader.current();
    expect(loader.value).toBeUndefined();
    expect(warn.mock.calls).toEqual([[`<x-host> ${url('2024')} answered 404`]]);
  });

  it('ignores the answer of a read a newer URL supersedes', async () => {
    api = installFakeApi();
    const target = { url: url('2024') as string | null };
    const { loader } = loaderFor(target);
    loader.current();
    target.url = url('2020-2025');
    expect(loader.current()).toEqual({ state: 'loading' });
    await vi.waitFor(() => expect(loader.current()).toBeNull());
    expect(loader.value?.period).toBe('2020-2025');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(loader.value?.period).toBe('2020-2025');
    expect(warn).not.toHaveBeenCalled();
  });

  it('ignores a superseded read even when it settles last, and does not report its failure', async () => {
    // Each request answers when the test says so, in the order the test chooses.
    const original = globalThis.fetch;
    const answers = new Map<string, (response: Response) => void>();
    globalThis.fetch = (input) => new Promise((resolve) => answers.set(String(input), resolve));
    try {
      const target = { url: url('2024') as string | null };
      const { loader, host: h } = loaderFor(target);
      loader.current();
      target.url = url('2020-2025');
      loader.current();
      await vi.waitFor(() => expect(answers.size).toBe(2));
      answers.get(url('2020-2025'))!(Response.json(seedAdmissions('2020-2025', 'muong-khuong')));
      await vi.waitFor(() => expect(loader.current()).toBeNull());
      answers.get(url('2024'))!(Response.json({}, { status: 500 }));
      // The same shared request as the superseded read's (asked before its failure is forgotten): once it
      // has failed, so has that read, and a task later its answer has been handled.
      await expect(loadJson(url('2024'), admission, 5_000)).rejects.toMatchObject({ failure: 'http' });
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(loader.current()).toBeNull();
      expect(loader.value?.period).toBe('2020-2025');
      expect(h.updates).toBe(1);
      expect(warn).not.toHaveBeenCalled();
    } finally {
      globalThis.fetch = original;
    }
  });

  it('reads again with a new timeout', async () => {
    api = installFakeApi();
    const { loader, host: h } = loaderFor({ url: url('2024') });
    loader.current();
    await vi.waitFor(() => expect(loader.current()).toBeNull());
    h.timeout = 8_000;
    expect(loader.current()).toEqual({ state: 'loading' });
    await vi.waitFor(() => expect(loader.current()).toBeNull());
    expect(h.updates).toBe(2);
  });

  it('stops waiting when its element leaves the page, and reads again once it is back', async () => {
    api = installFakeApi('hang');
    const { loader, host: h } = loaderFor({ url: url('2024') });
    loader.current();
    loader.disconnected();
    expect(h.updates).toBe(0);
    loader.connected();
    expect(h.updates).toBe(1);
    api.restore();
    clearLoadCache();
    api = installFakeApi();
    expect(loader.current()).toEqual({ state: 'loading' });
    await vi.waitFor(() => expect(loader.current()).toBeNull());
  });

  it('asks for no update when its element comes back with nothing forgotten', async () => {
    api = installFakeApi();
    const { loader, host: h } = loaderFor({ url: url('2024') });
    loader.current();
    await vi.waitFor(() => expect(loader.current()).toBeNull());
    loader.disconnected();
    loader.connected();
    expect(h.updates).toBe(1);
    expect(loader.current()).toBeNull();
  });
});
