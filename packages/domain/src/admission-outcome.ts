/** The admission-outcome rule: whether a write creates, changes or leaves alone an admission record; knows nothing of storage. */
import type { AdmissionInput } from './admission.ts';
import { changedKeys } from './canonical-json.ts';

/** A record's live state as a write sees it, deleted or not. */
export type AdmissionState = { revision: number; deleted: boolean; input: AdmissionInput };

/**
 * What a write of `input` does to a record: create it (there is none, or it was deleted), change it,
 * or nothing (the same figures and the same sources).
 *
 * @example admissionOutcome(null, input) // 'created'
 * @example admissionOutcome({ revision: 3, deleted: false, input }, input) // 'unchanged'
 */
export function admissionOutcome(current: AdmissionState | null, input: AdmissionInput): 'created' | 'updated' | 'unchanged' {
  if (current === null || current.deleted) return 'created';
  return changedKeys(current.input, input).length === 0 ? 'unchanged' : 'updated';
}
