/** Party cells (chi bộ) and the status of their cell committee (chi ủy) within a term. */
import { z } from 'zod';
import { IsoDateSchema } from './date.ts';
import { OrganizationRefSchema } from './organization.ts';
import { TermSchema } from './period.ts';
import { recordFields } from './record-fields.ts';
import { SlugSchema } from './slug.ts';
import { normalizedTextSchema } from './normalized-text.ts';
import { SourceSchema, StoredSourceSchema } from './source.ts';

/**
 * Kinds of cell. `agencyOrSchool` is for sources that, like the Mường Khương article ("các chi bộ cơ
 * quan, trường học"), group agency and school cells without saying which each one is.
 */
export const CELL_KINDS = ['residential', 'agency', 'school', 'agencyOrSchool', 'enterprise', 'police', 'military'] as const;
export type CellKind = (typeof CELL_KINDS)[number];

/**
 * Committee status within the current term:
 * - `existing`: had a cell committee at the start of the term;
 * - `formed`: formed one during the term;
 * - `none`: eligible or not, still has none according to the source;
 * - `ineligible`: fewer than 9 full members, so elects only a secretary;
 * - `unknown`: the source does not say.
 */
export const COMMITTEE_STATUSES = ['existing', 'formed', 'none', 'ineligible', 'unknown'] as const;
export type CommitteeStatus = (typeof COMMITTEE_STATUSES)[number];

export const CellInputSchema = z
  .strictObject({
    /** null when the source does not name the cell; never invent a name. */
    name: normalizedTextSchema(200).nullable().default(null),
    kind: z.enum(CELL_KINDS),
    committee: z.enum(COMMITTEE_STATUSES),
    /** Day the committee was formed, only for `formed`, when known. */
    committeeFormedOn: IsoDateSchema.nullable().default(null),
    /** Full (official) members, when known. */
    fullMembers: z.number().int().nonnegative().max(100_000).nullable().default(null),
  })
  .refine((cell) => cell.committeeFormedOn === null || cell.committee === 'formed', {
    message: 'committeeFormedOn is only for a committee formed this term',
    path: ['committeeFormedOn'],
  })
  .meta({ id: 'CellInput' });

export type CellInput = z.infer<typeof CellInputSchema>;

/**
 * A cell as a newsroom writes it (`PUT /v1/organizations/{org}/cells/{slug}`): the cell, and the
 * census it belongs to. `asOf` names the census (the organisation's latest when left out); a day
 * with no census yet starts one from the latest before it, and then needs `sources`. Sources given
 * are added to the census's own.
 *
 * @example { kind: 'residential', name: 'Choán Ván', committee: 'formed', committeeFormedOn: '2025-05-20', asOf: '2025-06-30', sources: [{ publisher: 'Báo Lào Cai', url: 'https://…' }] }
 */
export const CellWriteSchema = CellInputSchema.safeExtend({
  /** The day of the census this cell belongs to. */
  asOf: IsoDateSchema.optional(),
  /** The term the committee statuses refer to; only when a write starts a census. */
  term: TermSchema.optional(),
  sources: z.array(SourceSchema).min(1).max(20).optional(),
}).meta({ id: 'CellWrite' });

export type CellWrite = z.infer<typeof CellWriteSchema>;

export const CellSchema = z
  .strictObject({
    slug: SlugSchema,
    name: z.string().nullable(),
    kind: z.enum(CELL_KINDS),
    committee: z.enum(COMMITTEE_STATUSES),
    committeeFormedOn: IsoDateSchema.nullable(),
    fullMembers: z.number().int().nonnegative().nullable(),
  })
  .meta({ id: 'Cell' });

export type Cell = z.infer<typeof CellSchema>;

/** Number of cells per committee status; every status is present, zero when none. */
export const StatusCountsSchema = z
  .strictObject(
    Object.fromEntries(COMMITTEE_STATUSES.map((s) => [s, z.number().int().nonnegative()])) as {
      [K in CommitteeStatus]: z.ZodNumber;
    },
  )
  .meta({ id: 'StatusCounts' });

export type StatusCounts = Record<CommitteeStatus, number>;

/** The cells read that the cell map uses. */
export const CellsResponseSchema = z
  .strictObject({
    organization: OrganizationRefSchema,
    /** The term the committee statuses refer to. */
    term: z.string().nullable(),
    asOf: IsoDateSchema,
    cells: z.array(CellSchema),
    counts: StatusCountsSchema,
    total: z.number().int().nonnegative(),
    sources: z.array(StoredSourceSchema),
    ...recordFields,
  })
  .meta({ id: 'CellsResponse' });

export type CellsResponse = z.infer<typeof CellsResponseSchema>;
