// What every read of a stored record adds to its wire shape (internal to the package: the response schemas spread it).
import { RevisionSchema, TimestampSchema } from './revision.ts';
import { SuccessionSchema } from './succession.ts';

/**
 * The record's revision, when it last changed, and whether the organisation had closed by the day
 * the read is about. Optional only so that responses cached before these fields existed still
 * parse; the API always sends them.
 */
export const recordFields = {
  revision: RevisionSchema.optional(),
  updatedAt: TimestampSchema.optional(),
  succeededBy: SuccessionSchema.nullable().optional(),
};
