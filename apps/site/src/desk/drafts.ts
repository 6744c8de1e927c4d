/**
 * Drafts that survive a reload, a closed tab or a crash: what a person types into a form is kept in
 * localStorage under the record it edits, until it is saved or thrown away. Only figures typed into
 * forms are kept there, never the key (the desk never holds it: the session is an HttpOnly cookie).
 */
const PREFIX = 'chitieu-desk-draft:';

/** A kept draft: the form's values and the revision they were typed over (null for a new record). */
export interface Draft<T> {
  readonly values: T;
  readonly baseRevision: number | null;
  readonly savedAt: string;
}

/** The draft kept for `key`, or null. A draft that cannot be read is dropped. */
export function readDraft<T>(key: string): Draft<T> | null {
  const text = localStorage.getItem(PREFIX + key);
  if (text === null) return null;
  try {
    return JSON.parse(text) as Draft<T>;
  } catch {
    localStorage.removeItem(PREFIX + key);
    return null;
  }
}

/** Keeps `values` as the draft for `key`. */
export function writeDraft<T>(key: string, values: T, baseRevision: number | null): void {
  const draft: Draft<T> = { values, baseRevision, savedAt: new Date().toISOString() };
  localStorage.setItem(PREFIX + key, JSON.stringify(draft));
}

/** Drops the draft for `key` (after a save, or when the person throws it away). */
export function dropDraft(key: string): void {
  localStorage.removeItem(PREFIX + key);
}
