// Helpers for tests of the write path: a newsroom with its own key (made through the API, with the
// administrator token), and requests that carry a key. Every test uses slugs of its own: all test
// files share one D1 (isolate: false).
import { env } from 'cloudflare:workers';
import type { AppEnv } from '../src/http/app-env.ts';
import { request } from './request.ts';

export const SOURCE_JSON = { publisher: 'Báo Thử', title: 'Bài thử', url: 'https://example.vn/bai-thu', publishedOn: '2025-07-01' };

/** A random client address (its own /64), so failed key checks of one test never count against another. */
export function clientAddress(): string {
  const group = () => Math.floor(Math.random() * 0xffff).toString(16);
  return `2001:db8:${group()}:${group()}::1`;
}

type SendOptions = {
  method?: string;
  key?: string | null;
  json?: unknown;
  body?: BodyInit;
  headers?: Record<string, string>;
  ip?: string;
  /** Bindings to replace or add for this request (test/request.ts): `TEST_NOW`, a stand-in `WRITE_LIMITER`. */
  bindings?: Partial<AppEnv['Bindings']>;
};

/** Sends a request with a bearer key (none with key: null), JSON when `json` is given, from `ip` (random by default). */
export function send(path: string, options: SendOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { 'CF-Connecting-IP': options.ip ?? clientAddress(), ...options.headers };
  if (options.key) headers.Authorization = `Bearer ${options.key}`;
  let body = options.body;
  if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    headers['Content-Type'] ??= 'application/json';
  }
  return request(path, { method: options.method ?? (body === undefined ? 'GET' : 'PUT'), headers, body }, options.bindings);
}

export const admin = (path: string, options: SendOptions = {}) => send(path, { key: env.ADMIN_TOKEN, ...options });

/** Creates a newsroom (slug `newsroom`) and issues it a key labelled `Desk of <newsroom>`. */
export async function newsroomWithKey(newsroom: string): Promise<{ newsroom: string; key: string; id: string }> {
  const created = await admin('/v1/newsrooms', { method: 'POST', json: { slug: newsroom, name: `Báo ${newsroom}` } });
  if (created.status !== 201 && created.status !== 409) throw new Error(`newsroom ${newsroom}: ${created.status} ${await created.text()}`);
  const issued = await admin(`/v1/newsrooms/${newsroom}/keys`, { method: 'POST', json: { label: `Desk of ${newsroom}` } });
  if (issued.status !== 201) throw new Error(`key for ${newsroom}: ${issued.status} ${await issued.text()}`);
  const { id, key } = await issued.json<{ id: string; key: string }>();
  return { newsroom, key, id };
}

/** Creates (or updates) a grassroots organisation with `key`; returns its revision. */
export async function putOrganization(key: string, slug: string, fields: Record<string, unknown> = {}): Promise<Response> {
  return send(`/v1/organizations/${slug}`, { key, json: { name: `Đảng bộ ${slug}`, kind: 'grassroots', ...fields } });
}

export function admissionBody(fields: Record<string, unknown> = {}) {
  return { admitted: 21, target: { min: 20, max: 20 }, asOf: '2025-06-30', sources: [SOURCE_JSON], ...fields };
}

export function cellBody(fields: Record<string, unknown> = {}) {
  return { name: 'Na Đẩy', kind: 'residential', committee: 'formed', ...fields };
}

/**
 * An instant to hold the request clock at (the binding `TEST_NOW`, src/http/clock.ts): `seconds` into
 * the current minute. The limits count in fixed windows aligned to the minute, so a test that fills one
 * at a held instant never straddles two, however long it runs, and knows how much of the window is left.
 */
export function heldClock(seconds: number): number {
  return Math.floor(Date.now() / 60_000) * 60_000 + seconds * 1000;
}
