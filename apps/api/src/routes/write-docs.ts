/** What the OpenAPI document says of every write: the bearer key, and the conditional-write headers. */
import { z } from '@hono/zod-openapi';

/** The security schemes' names, registered in app.ts: both are `Authorization: Bearer`. */
export const BEARER = 'newsroomKey';
export const ADMIN_BEARER = 'adminToken';

/** The data desk's session cookie (POST /v1/sessions), registered in app.ts. */
export const SESSION = 'deskSession';

/** A write takes a newsroom key, or the desk's session cookie with the desk's cross-site checks. */
export const WRITE_SECURITY: Record<string, string[]>[] = [{ [BEARER]: [] }, { [SESSION]: [] }];
export const SESSION_SECURITY: Record<string, string[]>[] = [{ [SESSION]: [] }];
export const ADMIN_SECURITY = [{ [ADMIN_BEARER]: [] }];

/** Documented only: the route reads and checks them itself (./http/if-match.ts), and other headers are allowed. */
export const WRITE_HEADERS = z.object({
  'if-match': z
    .string()
    .optional()
    .meta({
      description:
        'Change only this revision: `"3"` (or `3`), the `revision` the read answered (not the read’s `ETag`, a hash of its body). ' +
        'A stale revision gets 412 and changes nothing. `*`: only if it exists.',
      example: '"1"',
    }),
  'if-none-match': z.string().optional().meta({ description: '`*`: create only, never replace (412 if it exists).', example: '*' }),
});
