/** The audit log: who (which key) changed what, and when. Knows nothing of storage. */
import { z } from 'zod';
import { RevisionSchema, TimestampSchema } from './revision.ts';
import { SlugSchema } from './slug.ts';

/** Every kind of change the log records. */
export const AUDIT_ACTIONS = [
  'newsroom.create',
  'key.issue',
  'key.revoke',
  'organization.create',
  'organization.update',
  'admission.create',
  'admission.update',
  'admission.delete',
  'census.create',
  'census.update',
  'cell.create',
  'cell.update',
  'cell.delete',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The actor of a change made with the administrator token rather than a newsroom key. */
export const ADMIN_ACTOR = 'admin';

export const AuditEntrySchema = z
  .strictObject({
    id: z.number().int().positive(),
    at: TimestampSchema,
    /** The id of the key that made the change, or `admin`. */
    actor: z.string(),
    /** Who holds that key, as the administrator labelled it; null for the administrator and for unlabelled keys. */
    label: z.string().nullable(),
    /** The newsroom of that key; null for the administrator. */
    newsroom: SlugSchema.nullable(),
    action: z.enum(AUDIT_ACTIONS),
    /** The organisation the change is about, when it is about one. */
    organization: SlugSchema.nullable(),
    /** The API path of what changed. */
    resource: z.string(),
    /** The record's revision after the change, for records that have one. */
    revision: RevisionSchema.nullable(),
    /** More about the change: the fields it changed, the import row it came from. */
    detail: z.record(z.string(), z.unknown()).nullable(),
  })
  .meta({ id: 'AuditEntry' });

export type AuditEntry = z.infer<typeof AuditEntrySchema>;

/** A page of the log, newest first; `next` is the `before` value of the following page, null on the last. */
export const AuditLogSchema = z.strictObject({ entries: z.array(AuditEntrySchema), next: z.number().int().positive().nullable() }).meta({ id: 'AuditLog' });

export type AuditLog = z.infer<typeof AuditLogSchema>;
