import { afterEach, describe, expect, it, vi } from 'vitest';
import { API, installFakeApi, seedAdmissions, type FakeApi } from '../../test/fake-api.ts';
import { clearLoadCache, LoadError, loadJson } from './load-json.ts';
import { Loader } from './loader.ts';
import { admission } from './wire-guards.ts';

const url = (period: string) => `${API}v1/organizations/muong-khuong/admissions/${period}`;
let api: FakeApi | undefined;

afterEach(() => {
  api?.restore();
  api = undefined;
  clearLoadCache();
});

/** A host without Lit: counts the updates the loader asks for. */
function host() {
  const controllers: Array<{ hostConnected?(): void; hostDisconnected?(): void }> = [];
  return {
    updates: 0,
    controllers,
    addController(controller: (typeof controllers)[number]) {
      controllers.push(controller);
    },
    removeController() {},
    requestUpdate() {
      this.updates++;
    },
    updateComplete: Promise.resolve(true),
  };
}

function loaderFor(target: { url: string | null }, onError = () => {}) {
  const h = host();
  return {
    host: h,
    loader: new Loader(
      h,
      admission,
      () => target.url,
      () => 5_000,
      onError,
    ),
  };
}

describe('Loader', () => {
  it('reads nothing while the element has no URL', () => {
    api = installFakeApi();
    const { loader, host: h } = loaderFor({ url: null });
    expect(loader.current()).toEqual({ status: 'loading' });
    expect(loader.current().status).toBe('loading');
    expect(api.requests).toEqual([]);
    expect(h.updates).toBe(0);
  });

  it('reads the URL once, and asks for an update with the answer', async () => {
    api = installFakeApi();
    const { loader, host: h } = loaderFor({ url: url('2024') });
    expect(loader.current().status).toBe('loading');
    expect(loader.current().status).toBe('loading');
    await vi.waitFor(() => expect(loader.current().status).toBe('done'));
    expect(loader.value).toMatchObject({ admitted: seedAdmissions().admitted });
    expect(api.requests).toHaveLength(1);
    expect(h.updates).toBe(1);
  });

  it('ends in the error state with the LoadError, and says so once', async () => {
    api = installFakeApi('not-found');
    const onError = vi.fn();
    const { loader } = loaderFor({ url: url('2024') }, onError);
    loader.current();
    await vi.waitFor(() => expect(loader.current().status).toBe('error'));
    const state = loader.current();
    expect(state.status === 'error' && state.error instanceof LoadError && state.error.failure).toBe('not-found');
    expect(loader.value).toBeUndefined();
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('ignores the answer of a read a newer URL supersedes', async () => {
    api = installFakeApi();
    const target = { url: url('2024') as string | null };
    const onError = vi.fn();
    const { loader } = loaderFor(target, onError);
    loader.current();
    target.url = url('2020-2025');
    expect(loader.current().status).toBe('loading');
    await vi.waitFor(() => expect(loader.current().status).toBe('done'));
    expect(loader.value?.period).toBe('2020-2025');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(loader.value?.period).toBe('2020-2025');
    expect(onError).not.toHaveBeenCalled();
  });

  it('ignores a superseded read even when it settles last, and does not report its failure', async () => {
    // Each request answers when the test says so, in the order the test chooses.
    const original = globalThis.fetch;
    const answers = new Map<string, (response: Response) => void>();
    globalThis.fetch = (input) => new Promise((resolve) => answers.set(String(input), resolve));
    try {
      const target = { url: url('2024') as string | null };
      const onError = vi.fn();
      const { loader, host: h } = loaderFor(target, onError);
      loader.current();
      target.url = url('2020-2025');
      loader.current();
      await vi.waitFor(() => expect(answers.size).toBe(2));
      answers.get(url('2020-2025'))!(Response.json(seedAdmissions('2020-2025', 'muong-khuong')));
      await vi.waitFor(() => expect(loader.current().status).toBe('done'));
      answers.get(url('2024'))!(Response.json({}, { status: 500 }));
      // The same shared request as the superseded read's (asked before its failure is forgotten): once it
      // has failed, so has that read, and a task later its answer has been handled.
      await expect(loadJson(url('2024'), admission, 5_000)).rejects.toMatchObject({ failure: 'http' });
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(loader.value?.period).toBe('2020-2025');
      expect(h.updates).toBe(1);
      expect(onError).not.toHaveBeenCalled();
    } finally {
      globalThis.fetch = original;
    }
  });

  it('stops waiting when its element leaves the page, and reads again once it is back', async () => {
    api = installFakeApi('hang');
    const { loader, host: h } = loaderFor({ url: url('2024') });
    loader.current();
    h.controllers[0]!.hostDisconnected!();
    expect(h.updates).toBe(0);
    h.controllers[0]!.hostConnected!();
    expect(h.updates).toBe(1);
    api.restore();
    clearLoadCache();
    api = installFakeApi();
    loader.current();
    await vi.waitFor(() => expect(loader.current().status).toBe('done'));
  });
});
