/**
 * What a browser request must show before a session cookie may change anything: it comes from the
 * API's own origin and carries the desk's header. SameSite=Strict already keeps the cookie off
 * cross-site requests; these two checks hold even where a browser or a proxy gets that wrong. A page
 * elsewhere cannot send the header without a CORS preflight, which the API never grants for writes.
 */
import type { Context } from 'hono';
import { ApiException } from '../http/api-exception.ts';

/** The header every data-desk request sends: `X-Chitieu-Desk: 1`. */
export const DESK_HEADER = 'X-Chitieu-Desk';

function forbidden(message: string): ApiException {
  return new ApiException(403, 'forbidden', message);
}

/**
 * @throws {ApiException} 403 when the request is cross-site (its Origin is not the API's own, or
 *   Sec-Fetch-Site says so) or lacks `X-Chitieu-Desk: 1`.
 */
export function checkDeskRequest(c: Context): void {
  const origin = c.req.header('Origin');
  const own = new URL(c.req.url).origin;
  if (origin !== own) {
    throw forbidden(
      origin === undefined ? `A signed-in write needs the Origin header of ${own}.` : `Requests from ${origin} may not act for a signed-in desk.`,
    );
  }
  const site = c.req.header('Sec-Fetch-Site');
  if (site !== undefined && site !== 'same-origin') throw forbidden('Requests from other sites may not act for a signed-in desk.');
  if (c.req.header(DESK_HEADER) !== '1') throw forbidden(`A signed-in write needs the header ${DESK_HEADER}: 1.`);
}
