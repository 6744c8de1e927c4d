/**
 * Leaving with unsaved changes asks first: a form registers a check while it is on screen; the
 * desk asks before it changes screen, and the browser asks before the page is closed or reloaded
 * (a draft is kept in any case, see drafts.ts).
 */
const checks = new Set<() => boolean>();

/** Registers `hasUnsavedChanges` until the returned function is called. */
export function guardUnsaved(hasUnsavedChanges: () => boolean): () => void {
  checks.add(hasUnsavedChanges);
  return () => checks.delete(hasUnsavedChanges);
}

/** Whether any form on screen holds changes that are not saved. */
export function hasUnsavedChanges(): boolean {
  return [...checks].some((check) => check());
}

/** The question the desk asks before leaving a screen with unsaved changes. */
export const LEAVE_QUESTION =
  'Có thay đổi chưa lưu (bản nháp vẫn được giữ). Rời trang này? — There are unsaved changes (the draft is kept). Leave this screen?';

window.addEventListener('beforeunload', (event) => {
  if (hasUnsavedChanges()) event.preventDefault();
});
