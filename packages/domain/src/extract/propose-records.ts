/**
 * Groups an extraction's figures into drafts of the records the data desk writes: per organisation,
 * an admissions draft per period (the fields of `PUT …/admissions/{period}`) and the named cells
 * (`PUT …/cells/{slug}`). A field two figures disagree on stays empty and is listed as a conflict.
 * Knows nothing of storage.
 */
import { z } from 'zod';
import { TermToDateSchema } from '../admission.ts';
import { CELL_KINDS, COMMITTEE_STATUSES } from '../cell.ts';
import { ORGANIZATION_KINDS } from '../organization.ts';
import { PeriodSchema } from '../period.ts';
import { SourceSchema, type Source } from '../source.ts';
import { TargetSchema } from '../target.ts';
import { IsoDateSchema } from '../date.ts';
import type { Extraction } from './extraction.ts';

const AdmissionDraftSchema = z.strictObject({
  /** The record's period; null when the text names none (the desk must pick one). */
  period: PeriodSchema.nullable(),
  /** The fields of AdmissionInput the text gave; what it did not give is left out, never guessed. */
  // Not AdmissionInputSchema.partial(): its defaults would fill in as null what the text did not say.
  record: z.strictObject({
    admitted: z.number().int().nonnegative().optional(),
    target: TargetSchema.optional(),
    termToDate: TermToDateSchema.optional(),
    totalMembers: z.number().int().nonnegative().optional(),
    asOf: IsoDateSchema.optional(),
    sources: z.array(SourceSchema).optional(),
  }),
  /** Indexes into the extraction's figures that fill this draft. */
  figures: z.array(z.number().int().nonnegative()),
  /** Fields left empty because figures disagree. */
  conflicts: z.array(z.string()),
});

/** Drafts of the records the data desk writes (`PUT …/admissions/{period}`, `PUT …/cells/{slug}`), per organisation. */
export const RecordProposalsSchema = z
  .strictObject({
    organizations: z.array(
      z.strictObject({
        organization: z.strictObject({ name: z.string(), kind: z.enum(ORGANIZATION_KINDS).nullable() }),
        admissions: z.array(AdmissionDraftSchema),
        cells: z.array(
          z.strictObject({
            /** A CellInput's fields as far as the text says: a null kind is for the desk to choose. */
            cell: z.strictObject({ name: z.string(), kind: z.enum(CELL_KINDS).nullable(), committee: z.enum(COMMITTEE_STATUSES) }),
            figure: z.number().int().nonnegative(),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'RecordProposals' });

export type RecordProposals = z.infer<typeof RecordProposalsSchema>;
type AdmissionDraft = RecordProposals['organizations'][number]['admissions'][number];

/**
 * @example proposeRecords(extractFigures(text), source).organizations[0].admissions[0].record // { admitted: 53, target: { min: 20, max: 20 }, … }
 */
export function proposeRecords(extraction: Extraction, source: Source | null = null): RecordProposals {
  const organizations: RecordProposals['organizations'] = extraction.organizations.map((org) => ({
    organization: { name: org.name, kind: org.kind },
    admissions: [],
    cells: [],
  }));
  const values = new Map<AdmissionDraft, Map<string, string>>();
  extraction.figures.forEach((figure, index) => {
    const org = figure.organization === null ? undefined : organizations[figure.organization];
    if (!org) return;
    if (figure.type === 'namedCell') {
      org.cells.push({ cell: { name: figure.value, kind: figure.cellKind, committee: figure.committee }, figure: index });
      return;
    }
    const field =
      figure.type === 'admitted'
        ? 'admitted'
        : figure.type === 'target' && !figure.perYear
          ? 'target'
          : figure.type === 'termToDate' && figure.term !== null
            ? 'termToDate'
            : figure.type === 'totalMembers'
              ? 'totalMembers'
              : null;
    if (field === null) return;
    let draft = org.admissions.find((d) => d.period === figure.period);
    if (!draft) {
      draft = { period: figure.period, record: source ? { sources: [source] } : {}, figures: [], conflicts: [] };
      org.admissions.push(draft);
      values.set(draft, new Map());
    }
    const value = figure.type === 'termToDate' ? { term: figure.term, admitted: figure.value } : figure.value;
    const seen = values.get(draft)!;
    const key = JSON.stringify(value);
    draft.figures.push(index);
    if (seen.has(field) && seen.get(field) !== key) {
      if (!draft.conflicts.includes(field)) draft.conflicts.push(field);
      delete (draft.record as Record<string, unknown>)[field];
      return;
    }
    seen.set(field, key);
    if (!draft.conflicts.includes(field)) (draft.record as Record<string, unknown>)[field] = value;
    if (figure.asOf !== null && draft.record.asOf === undefined) draft.record.asOf = figure.asOf;
  });
  return { organizations };
}
