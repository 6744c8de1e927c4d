// The shape of a seed dataset (organisations, admission records, cell censuses) that the API loads; knows nothing of storage.
import { z } from 'zod';
import { AdmissionInputSchema } from './admission.ts';
import { CellInputSchema } from './cell.ts';
import { IsoDateSchema } from './date.ts';
import { OrganizationSchema } from './organization.ts';
import { PeriodSchema, TermSchema } from './period.ts';
import { SlugSchema } from './slug.ts';
import { SourceSchema } from './source.ts';

/** An admission record of one organisation in one period (a year or a term). */
export const SeedAdmissionSchema = AdmissionInputSchema.safeExtend({ organization: SlugSchema, period: PeriodSchema }).meta({
  id: 'SeedAdmission',
});
export type SeedAdmission = z.infer<typeof SeedAdmissionSchema>;

/** A cell as the data desk enters it, with the slug that identifies it. */
export const SeedCellSchema = CellInputSchema.safeExtend({ slug: SlugSchema }).meta({ id: 'SeedCell' });
export type SeedCell = z.infer<typeof SeedCellSchema>;

/** All cells of one organisation as a source reports them at one date, with committee statuses for one term. */
export const CellCensusSchema = z
  .strictObject({
    organization: SlugSchema,
    term: TermSchema,
    asOf: IsoDateSchema,
    sources: z.array(SourceSchema).min(1).max(20),
    cells: z.array(SeedCellSchema).max(10_000),
  })
  .refine((census) => new Set(census.cells.map((c) => c.slug)).size === census.cells.length, {
    message: 'cell slugs must be unique within a census',
    path: ['cells'],
  })
  .meta({ id: 'CellCensus' });
export type CellCensus = z.infer<typeof CellCensusSchema>;

/**
 * A whole dataset. Checks what single records cannot: slugs are unique and every organisation a
 * record, parent or successor names is in the dataset.
 *
 * @example SeedDatasetSchema.parse(SEED) // from '@chitieu/domain/seed'
 */
export const SeedDatasetSchema = z
  .strictObject({
    organizations: z.array(OrganizationSchema),
    admissions: z.array(SeedAdmissionSchema),
    cellCensuses: z.array(CellCensusSchema),
  })
  .superRefine((data, ctx) => {
    const slugs = new Set(data.organizations.map((o) => o.slug));
    if (slugs.size !== data.organizations.length) {
      ctx.addIssue({ code: 'custom', message: 'organisation slugs must be unique', path: ['organizations'] });
    }
    const check = (slug: string | null, path: PropertyKey[]) => {
      if (slug !== null && !slugs.has(slug)) ctx.addIssue({ code: 'custom', message: `no organisation named "${slug}"`, path });
    };
    data.organizations.forEach((o, i) => {
      check(o.parent, ['organizations', i, 'parent']);
      o.successors.forEach((s, j) => check(s, ['organizations', i, 'successors', j]));
    });
    data.admissions.forEach((a, i) => check(a.organization, ['admissions', i, 'organization']));
    data.cellCensuses.forEach((c, i) => check(c.organization, ['cellCensuses', i, 'organization']));
    const keys = data.admissions.map((a) => `${a.organization}|${a.period}`);
    if (new Set(keys).size !== keys.length) {
      ctx.addIssue({ code: 'custom', message: 'one admission record per organisation and period', path: ['admissions'] });
    }
  })
  .meta({ id: 'SeedDataset' });
export type SeedDataset = z.infer<typeof SeedDatasetSchema>;
