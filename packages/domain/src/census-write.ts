/** A whole census written at once: the data desk's table of cells, saved as one revision. */
import { z } from 'zod';
import { CellInputSchema } from './cell.ts';
import { IsoDateSchema } from './date.ts';
import { TermSchema } from './period.ts';
import { SlugSchema } from './slug.ts';
import { SourceSchema } from './source.ts';

/** Cells one census write takes (the import allows as many). */
export const MAX_CENSUS_CELLS = 400;

/** One row of the table: a cell and the slug that names it. */
export const CensusCellSchema = CellInputSchema.safeExtend({ slug: SlugSchema }).meta({ id: 'CensusCell' });

export type CensusCell = z.infer<typeof CensusCellSchema>;

/**
 * The census of `asOf` as a newsroom writes it (`PUT /v1/organizations/{org}/cells`): exactly these
 * cells (cells of the census not listed are deleted), its term and the sources to add. A day with no
 * census yet starts one, and then needs `sources`.
 *
 * @example { asOf: '2024-12-31', term: '2020-2025', sources: [{ publisher: 'Báo Lào Cai' }], cells: [{ slug: 'na-day', name: 'Na Đẩy', kind: 'residential', committee: 'formed' }] }
 */
export const CensusWriteSchema = z
  .strictObject({
    asOf: IsoDateSchema,
    term: TermSchema.optional(),
    sources: z.array(SourceSchema).max(20).optional(),
    cells: z
      .array(CensusCellSchema)
      .max(MAX_CENSUS_CELLS)
      .superRefine((cells, context) => {
        const seen = new Set<string>();
        cells.forEach((cell, index) => {
          if (seen.has(cell.slug)) context.addIssue({ code: 'custom', path: [index, 'slug'], message: `the slug "${cell.slug}" is used by another cell` });
          seen.add(cell.slug);
        });
      }),
  })
  .meta({ id: 'CensusWrite' });

export type CensusWriteBody = z.infer<typeof CensusWriteSchema>;
