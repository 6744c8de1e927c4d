/** What the OpenAPI document says of every write: the bearer key, and the conditional-write headers. */
import { WRITE_RULES } from '@chitieu/domain';
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

/**
 * The Party Charter rules every write is checked against, as a Markdown table for the Data desk section:
 * a refusal stores nothing; a warning stores the figures and names the rule in the answer's `warnings`
 * (in an import, each row's).
 */
export const WRITE_RULES_DOC =
  'Every write is checked against the Party Charter (art. 21, 24) and Regulation 29-QĐ/TW. **Impossible data is refused** ' +
  '(nothing is stored; the error’s `issues` name the field and the rule’s `code`). **Data that contradicts the Charter but may ' +
  'be what the source says is stored with a warning**: the answer carries `warnings: [{path, code, message}]` (message in ' +
  'Vietnamese, then English after " / "), for the data desk to check against the source; an import reports them per row.\n\n' +
  '| code | writes | answer | rule |\n| --- | --- | --- | --- |\n' +
  WRITE_RULES.map((r) => `| \`${r.code}\` | ${r.writes} | ${r.outcome} | ${r.rule} |`).join('\n');

/** The sentence a write route's description ends with. */
export const CHECKED_BY_RULES = ' Checked against the Party Charter rules listed under “Data desk”: refused with 422, or stored with `warnings`.';
