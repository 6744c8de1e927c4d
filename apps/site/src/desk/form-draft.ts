/**
 * A form's draft over drafts.ts: restored when the form opens (if it differs from the record as
 * stored), kept while it differs, dropped once it matches again. Keys name the newsroom and the
 * record, so two newsrooms on one browser, or two records, never share a draft.
 */
import { dropDraft, readDraft, writeDraft } from './drafts.ts';

/**
 * The key of a record's draft.
 *
 * @example draftKey('bao-lao-cai', 'admissions', 'muong-khuong', '2024') // 'bao-lao-cai:admissions:muong-khuong:2024'
 */
export function draftKey(newsroom: string, ...record: string[]): string {
  return [newsroom, ...record].join(':');
}

/** What a form opens with: the stored values, or the draft typed over them. */
export interface Opened<V> {
  readonly values: V;
  readonly baseRevision: number | null;
  /** When the restored draft was kept; null when nothing was restored. */
  readonly restoredAt: string | null;
}

/** The values a form opens with for `key`: the draft when one differs from `stored`. */
export function openDraft<V>(key: string, stored: V, revision: number | null): Opened<V> {
  const draft = readDraft<V>(key);
  if (draft === null || JSON.stringify(draft.values) === JSON.stringify(stored)) {
    if (draft !== null) dropDraft(key);
    return { values: stored, baseRevision: revision, restoredAt: null };
  }
  return { values: draft.values, baseRevision: draft.baseRevision, restoredAt: draft.savedAt };
}

/** Keeps `values` as the draft while they differ from `stored`; drops it when they match. */
export function keepDraft<V>(key: string, values: V, stored: V, baseRevision: number | null): void {
  if (JSON.stringify(values) === JSON.stringify(stored)) dropDraft(key);
  else writeDraft(key, values, baseRevision);
}
