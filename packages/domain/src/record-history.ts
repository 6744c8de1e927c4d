/**
 * The history of a record as the data desk reviews it: every revision, who made it and when, and the
 * figures as they stood, so two revisions can be compared field by field and an old one written back.
 * Knows nothing of storage.
 */
import { z } from 'zod';
import { AdmissionInputSchema } from './admission.ts';
import { IsoDateSchema } from './date.ts';
import { CellSchema } from './cell.ts';
import { OrganizationInputSchema } from './organization.ts';
import { TermSchema } from './period.ts';
import { RevisionSchema, TimestampSchema } from './revision.ts';
import { SlugSchema } from './slug.ts';
import { SourceSchema } from './source.ts';

/** Who made a revision: a newsroom key (its id and label) or the administrator (`admin`). */
export const RevisionAuthorSchema = z
  .strictObject({
    /** The key id, or `admin`. */
    actor: z.string(),
    /** Who holds the key, as the administrator labelled it; null for the administrator and for unlabelled keys. */
    label: z.string().nullable(),
    newsroom: SlugSchema.nullable(),
  })
  .meta({ id: 'RevisionAuthor' });

export type RevisionAuthor = z.infer<typeof RevisionAuthorSchema>;

const revisionFields = {
  revision: RevisionSchema,
  /** When this revision was written. */
  updatedAt: TimestampSchema,
  /** Who wrote it; null when nobody is on record (figures loaded with the database, such as the seed). */
  by: RevisionAuthorSchema.nullable(),
};

/**
 * One revision of an admission record. `record` is the body of a `PUT` that writes these figures
 * again; on a deletion it holds the figures the deletion took out of reads.
 */
export const AdmissionRevisionSchema = z
  .strictObject({ ...revisionFields, deleted: z.boolean(), record: AdmissionInputSchema })
  .meta({ id: 'AdmissionRevision' });

export type AdmissionRevision = z.infer<typeof AdmissionRevisionSchema>;

export const AdmissionHistorySchema = z
  .strictObject({ organization: SlugSchema, period: z.string(), revisions: z.array(AdmissionRevisionSchema) })
  .meta({ id: 'AdmissionHistory' });

export type AdmissionHistory = z.infer<typeof AdmissionHistorySchema>;

/** One revision of an organisation's cells: the census of one day, as it stood after that write. */
export const CellCensusRevisionSchema = z
  .strictObject({
    ...revisionFields,
    asOf: IsoDateSchema,
    term: TermSchema.nullable(),
    cells: z.array(CellSchema),
    sources: z.array(SourceSchema),
  })
  .meta({ id: 'CellCensusRevision' });

export type CellCensusRevision = z.infer<typeof CellCensusRevisionSchema>;

export const CellHistorySchema = z.strictObject({ organization: SlugSchema, revisions: z.array(CellCensusRevisionSchema) }).meta({ id: 'CellHistory' });

export type CellHistory = z.infer<typeof CellHistorySchema>;

/** One revision of an organisation: `record` is the body of a `PUT` that writes it again. */
export const OrganizationRevisionSchema = z.strictObject({ ...revisionFields, record: OrganizationInputSchema }).meta({ id: 'OrganizationRevision' });

export type OrganizationRevision = z.infer<typeof OrganizationRevisionSchema>;

export const OrganizationHistorySchema = z
  .strictObject({ organization: SlugSchema, revisions: z.array(OrganizationRevisionSchema) })
  .meta({ id: 'OrganizationHistory' });

export type OrganizationHistory = z.infer<typeof OrganizationHistorySchema>;
