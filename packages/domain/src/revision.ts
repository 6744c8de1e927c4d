/** Revisions of stored records: a counter each change increments, and when the change was made. Knows nothing of storage. */
import { z } from 'zod';

const MAX_REVISION = 2_147_483_647;
const REVISION_TEXT = /^[1-9][0-9]{0,9}$/;

/**
 * A record's revision: 1 when it is first stored, one more with each change. A read pinned to a
 * revision (`?revision=2`) always answers the same figures.
 */
export const RevisionSchema = z
  .number()
  .int()
  .min(1)
  .max(MAX_REVISION)
  .meta({ description: 'The revision of the record: 1 when first stored, one more with each change.', example: 2 });

export type Revision = z.infer<typeof RevisionSchema>;

/** When a record last changed: an ISO 8601 instant in UTC with milliseconds. */
export const TimestampSchema = z.iso
  .datetime({ precision: 3 })
  .meta({ description: 'An instant in UTC, ISO 8601 with milliseconds', example: '2025-07-15T08:30:00.000Z' });

/**
 * Reads a revision written as text (a query parameter, an attribute, an If-Match value): digits
 * only, no sign, no leading zero. Null for anything else.
 *
 * @example parseRevision('2') // 2
 * @example parseRevision('02') // null
 */
export function parseRevision(text: string): number | null {
  if (!REVISION_TEXT.test(text)) return null;
  const value = Number(text);
  return value <= MAX_REVISION ? value : null;
}

/** A revision in a URL query (`?revision=2`). */
export const RevisionTextSchema = z
  .string()
  .refine((text) => parseRevision(text) !== null, { message: 'must be a revision number such as 2' })
  .meta({ description: 'A revision number (1, 2, …)', example: '1' });

/**
 * The answer to a DELETE: the record is gone from reads but kept in the history, and its deletion
 * is itself a revision (reads pinned to an earlier one still answer).
 */
export const DeletionSchema = z
  .strictObject({
    /** The API path of what was deleted. */
    resource: z.string(),
    deleted: z.literal(true),
    revision: RevisionSchema,
    updatedAt: TimestampSchema,
  })
  .meta({ id: 'Deletion' });

export type Deletion = z.infer<typeof DeletionSchema>;
