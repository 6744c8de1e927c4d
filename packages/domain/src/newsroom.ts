/** Newsrooms (the papers whose data desks write figures) and their API keys, as the administration API shows them. */
import { z } from 'zod';
import { normalizedTextSchema } from './normalized-text.ts';
import { TimestampSchema } from './revision.ts';
import { SlugSchema } from './slug.ts';

/** A newsroom as the administrator creates it. */
export const NewsroomInputSchema = z
  .strictObject({
    slug: SlugSchema,
    name: normalizedTextSchema(200),
  })
  .meta({ id: 'NewsroomInput', example: { slug: 'bao-lao-cai', name: 'Báo Lào Cai' } });

export type NewsroomInput = z.infer<typeof NewsroomInputSchema>;

export const NewsroomSchema = NewsroomInputSchema.safeExtend({ name: z.string(), createdAt: TimestampSchema }).meta({ id: 'Newsroom' });
export type Newsroom = z.infer<typeof NewsroomSchema>;

/** The public identifier of an API key: 16 hexadecimal digits, also written inside the key itself. */
export const ApiKeyIdSchema = z
  .string()
  .regex(/^[0-9a-f]{16}$/, { message: 'must be a key id of 16 hexadecimal digits' })
  .meta({ example: '3f9a0c1d2b4e5f60' });

/** A key as listed: never its secret, which only the answer that issued it holds. */
export const ApiKeySchema = z
  .strictObject({
    id: ApiKeyIdSchema,
    newsroom: SlugSchema,
    /** Who holds it; null for keys issued before keys had labels. */
    label: z.string().nullable(),
    createdAt: TimestampSchema,
    /** When it was revoked; null while it works. */
    revokedAt: TimestampSchema.nullable(),
  })
  .meta({ id: 'ApiKey' });

export type ApiKey = z.infer<typeof ApiKeySchema>;

/** The answer that issues a key: the only time the key itself is shown. */
export const IssuedApiKeySchema = z
  .strictObject({
    id: ApiKeyIdSchema,
    /** The secret to send as `Authorization: Bearer <key>`. Store it now: only its hash is kept. */
    key: z.string().meta({ example: 'ct_3f9a0c1d2b4e5f60_Q2hpIFRpw6p1IGlzIGEgc2VjcmV0IGtleSBleGFtcGxl' }),
    newsroom: SlugSchema,
    label: z.string(),
    createdAt: TimestampSchema,
  })
  .meta({ id: 'IssuedApiKey' });

export type IssuedApiKey = z.infer<typeof IssuedApiKeySchema>;
