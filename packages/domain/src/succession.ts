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
    description:
      'The organisation had closed by the day this read is about: its last day and the organisations that took over. Null while it existed.',
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
