// Sends a request to the app the way the Worker would (real bindings, an execution context), and
// waits for what it left running (edge-cache writes) before handing back the response.
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { createApp } from '../src/app.ts';
import type { AppEnv } from '../src/http/app-env.ts';

const app = createApp();

/**
 * `bindings` replaces some of the Worker's bindings for this request (a different secret, say), or adds
 * `TEST_NOW` to hold the request's clock at an instant (src/http/clock.ts).
 */
export async function request(path: string, init?: RequestInit, bindings: Partial<AppEnv['Bindings']> = {}): Promise<Response> {
  const ctx = createExecutionContext();
  const response = await app.request(path, init, { ...env, ...bindings }, ctx);
  await waitOnExecutionContext(ctx);
  return response;
}

/** The JSON error body every failure has. */
export type ErrorBody = { error: { code: string; message: string; issues?: { path: (string | number)[]; message: string; code?: string }[] } };
