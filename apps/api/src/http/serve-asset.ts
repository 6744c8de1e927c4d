/** Serves a file of public/ through the Worker (so it can add headers); a missing file is the API's JSON 404. */
import type { Context } from 'hono';
import { ApiException } from './api-exception.ts';
import type { AppEnv } from './app-env.ts';

export async function serveAsset(c: Context<AppEnv>, headers: Record<string, string>): Promise<Response> {
  const asset = await c.env.ASSETS.fetch(c.req.raw);
  if (asset.status === 404) throw new ApiException(404, 'not_found', `Nothing at ${c.req.path}`);
  const response = new Response(asset.body, asset);
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}
