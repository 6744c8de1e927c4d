/** Organisations that closed and the ones that took over (the 2025 mergers): what a read about a later day must say. */
import { z } from 'zod';
import { IsoDateSchema } from './date.ts';
import { OrganizationRefSchema, type OrganizationRef } from './organization.ts';

/**
 * Sent with a read whose day is after the organisation's last day: the figures are the last it
 * has, and `successors` (possibly empty, when the source names none) took over.
 *
 * @example { validTo: '2025-06-30', successors: [{ slug: 'xa-muong-khuong', name: 'Đảng bộ xã Mường Khương' }] }
 */
export const SuccessionSchema = z
  .strictObject({
    /** The organisation's last day. */
    validTo: IsoDateSchema,
    /** The organisations that took over, in the order recorded; empty when no source names them. */
    successors: z.array(OrganizationRefSchema),
  })
  .meta({
    id: 'Succession',
    description: 'The organisation had closed by the day this read is about: its last day and the organisations that took over. Null while it existed.',
  });

export type Succession = z.infer<typeof SuccessionSchema>;

/**
 * What a read about `day` must say about the organisation's closing: null while it still existed on
 * that day (or has no last day), else its last day and successors.
 *
 * @example succession({ validTo: '2025-06-30' }, '2025-07-01', []) // { validTo: '2025-06-30', successors: [] }
 * @example succession({ validTo: '2025-06-30' }, '2025-06-30', []) // null
 */
export function succession(organization: { validTo: string | null }, day: string, successors: readonly OrganizationRef[]): Succession | null {
  const { validTo } = organization;
  if (validTo === null || day <= validTo) return null;
  return { validTo, successors: [...successors] };
}

/** Where a figure says that its organisation closed: a callout above the figure, or a muted line in its footer. */
export type ClosingPlacement = 'callout' | 'footer';

/**
 * Where the closing goes, or null when the read says none. Figures whose period ended on or before
 * the organisation's last day (2024 figures of an organisation closed on 30 June 2025) are complete
 * and still true: the closing is only a footnote to them. Figures reaching past that day (a term
 * that ran on, a census after it) may mislead without it, so it stands above them.
 *
 * @param figuresEnd the last day the figures describe: a period's end (periodEnd), a census's day; null when unknown.
 * @example closingPlacement({ validTo: '2025-06-30', successors: [] }, '2024-12-31') // 'footer'
 * @example closingPlacement({ validTo: '2025-06-30', successors: [] }, '2025-12-31') // 'callout'
 */
export function closingPlacement(succeededBy: Succession | null | undefined, figuresEnd: string | null): ClosingPlacement | null {
  if (!succeededBy) return null;
  return figuresEnd !== null && figuresEnd <= succeededBy.validTo ? 'footer' : 'callout';
}
