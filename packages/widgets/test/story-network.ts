// The fake API as stories use it: installed for one story's lifetime (Storybook's beforeEach cleanup),
// each behaviour at its own origin so stories that share a page (the docs page) never share answers.
import { clearLoadCache } from '../src/internal/load-json.ts';
import { installFakeApi, type Behaviour } from './fake-api.ts';

/** The fake API's origin for a behaviour. */
export function apiFor(behaviour: Behaviour): string {
  return `https://${behaviour}.api.chitieu.test/`;
}

/** Serves the fake API at apiFor(behaviour) for the story's lifetime; `ok` answers with the seed figures. */
export function network(behaviour: Behaviour) {
  return () => {
    const api = installFakeApi(behaviour, apiFor(behaviour));
    return () => {
      api.restore();
      clearLoadCache();
    };
  };
}

/**
 * Serves the API's answers given here (by path and query) at their own origin for the story's
 * lifetime: what the API sends for a merged organisation or a pinned revision, written inline.
 */
export function answers(name: string, bodies: Readonly<Record<string, unknown>>) {
  return () => {
    const api = installFakeApi('ok', `https://${name}.api.chitieu.test/`);
    for (const [path, body] of Object.entries(bodies)) api.serve(path, body);
    return () => {
      api.restore();
      clearLoadCache();
    };
  };
}
