/** The data desk's sign-in: a newsroom key exchanged for a session cookie, and who a session is. Knows nothing of storage or HTTP. */
import { z } from 'zod';
import { ApiKeyIdSchema } from './newsroom.ts';
import { TimestampSchema } from './revision.ts';
import { SlugSchema } from './slug.ts';

/** How long a session lasts without a request: a working day, sliding with each use. */
export const SESSION_IDLE_HOURS = 12;

/** The body of `POST /v1/sessions`: the key the administrator issued, pasted once. */
export const SessionInputSchema = z
  .strictObject({ key: z.string().trim().min(1, { message: 'paste the key the administrator gave you' }).max(200) })
  .meta({ id: 'SessionInput', example: { key: 'ct_3f9a0c1d2b4e5f60_…' } });

export type SessionInput = z.infer<typeof SessionInputSchema>;

/** Who is signed in: the newsroom and the key's label, never the key. */
export const SessionSchema = z
  .strictObject({
    newsroom: z.strictObject({ slug: SlugSchema, name: z.string() }),
    key: z.strictObject({ id: ApiKeyIdSchema, label: z.string().nullable() }),
    createdAt: TimestampSchema,
    /** When the session ends unless it is used before then (each use moves it on). */
    expiresAt: TimestampSchema,
  })
  .meta({ id: 'Session' });

export type Session = z.infer<typeof SessionSchema>;
