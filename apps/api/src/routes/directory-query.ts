/**
 * The query of `GET /v1/organizations` (search, filters, cursor, page size) and its opaque cursor.
 * Without any parameter the list is complete, as before paging existed, so pickers written for that
 * keep working; any parameter pages.
 */
import { ORGANIZATION_KINDS, searchText, SlugSchema } from '@chitieu/domain';
import { z } from '@hono/zod-openapi';
import type { DirectoryQuery } from '../db/organization-directory.ts';

export const DEFAULT_PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 200;

const CURSOR_PREFIX = 'o1:';

/** The cursor after `slug`: opaque to clients (base64url), so its form can change. */
export function encodeCursor(slug: string): string {
  return btoa(`${CURSOR_PREFIX}${slug}`).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** The slug inside a cursor, or null when the text is no cursor of ours. */
export function decodeCursor(cursor: string): string | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) return null;
  let text: string;
  try {
    text = atob(cursor.replaceAll('-', '+').replaceAll('_', '/'));
  } catch {
    return null;
  }
  if (!text.startsWith(CURSOR_PREFIX)) return null;
  const slug = text.slice(CURSOR_PREFIX.length);
  return SlugSchema.safeParse(slug).success ? slug : null;
}

export const DirectoryQuerySchema = z.strictObject({
  q: z
    .string()
    .normalize('NFC')
    .max(200, { message: 'must be at most 200 characters' })
    .refine((q) => searchText(q) !== '', { message: 'must contain a letter or a digit' })
    .optional()
    .meta({
      description: 'Words in the name or slug, ignoring diacritics and case (`đ` is `d`): `muong khuong` finds “Mường Khương”.',
      example: 'muong khuong',
    }),
  parent: z
    .union([z.literal(''), SlugSchema])
    .optional()
    .meta({ description: 'Only the organisations directly under this one; empty (`parent=`) for those under none.', example: 'huyen-muong-khuong' }),
  kind: z.enum(ORGANIZATION_KINDS).optional().meta({ description: 'Only organisations of this level.' }),
  newsroom: SlugSchema.optional().meta({ description: 'Only the organisations this newsroom maintains.', example: 'bao-lao-cai' }),
  status: z
    .enum(['open', 'closed'])
    .optional()
    .meta({ description: '`open`: still existing today (in Vietnam); `closed`: its last day (`validTo`) has passed, as for the towns merged on 1 July 2025.' }),
  cursor: z
    .string()
    .refine((cursor) => decodeCursor(cursor) !== null, { message: 'must be the nextCursor of an earlier page' })
    .optional()
    .meta({ description: 'The `nextCursor` of the previous page.' }),
  limit: z
    .string()
    .regex(/^[1-9][0-9]{0,2}$/, { message: `must be a number from 1 to ${MAX_PAGE_SIZE}` })
    .refine((text) => Number(text) <= MAX_PAGE_SIZE, { message: `must be a number from 1 to ${MAX_PAGE_SIZE}` })
    .optional()
    .meta({ description: `Organisations per page, at most ${MAX_PAGE_SIZE} (${DEFAULT_PAGE_SIZE} when another parameter is given).` }),
});

export type DirectoryQueryParams = z.infer<typeof DirectoryQuerySchema>;

/** The database query for validated parameters, as of `today` (for `status`). */
export function directoryQuery(params: DirectoryQueryParams, today: string): DirectoryQuery {
  const paged = Object.values(params).some((value) => value !== undefined);
  return {
    q: params.q === undefined ? null : searchText(params.q),
    parent: params.parent ?? null,
    kind: params.kind ?? null,
    newsroom: params.newsroom ?? null,
    status: params.status ?? null,
    today,
    after: params.cursor === undefined ? null : decodeCursor(params.cursor),
    limit: paged ? (params.limit === undefined ? DEFAULT_PAGE_SIZE : Number(params.limit)) : null,
  };
}
