/**
 * Saving a record from a form: a PUT that changes only the revision the form was typed over
 * (`If-Match: "<revision>"`, or `If-None-Match: *` to create only), and what came of it: saved (with
 * the new revision and the write's warnings), refused (the issues, by field), stale (someone saved
 * first: 412) or failed. Also the newest revision from the record's history, for the merge view.
 */
import { ApiError, api } from './api.ts';
import { problemsOf, type FieldProblem } from './form-problems.ts';
import { deskWarning, type DeskWarning } from './warnings-list.ts';

/** What a save came to. */
export type SaveOutcome<T> =
  | { readonly kind: 'saved'; readonly body: T; readonly revision: number; readonly warnings: readonly DeskWarning[]; readonly created: boolean }
  | { readonly kind: 'refused'; readonly problems: readonly FieldProblem[]; readonly message: string }
  | { readonly kind: 'stale' }
  | { readonly kind: 'failed'; readonly message: string };

/** The revision an ETag names (`"3"` → 3), or null. */
export function etagRevision(etag: string | null): number | null {
  const match = etag === null ? null : /^"(\d+)"$/.exec(etag.trim());
  return match ? Number(match[1]) : null;
}

/** The message of a request that failed for another reason than the record's figures, in both languages. */
export function failureMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 403) return `Tòa soạn của bạn không được sửa hồ sơ này. — ${error.message}`;
    if (error.status === 404) return `Không tìm thấy. — ${error.message}`;
    if (error.status === 429) return 'Quá nhiều yêu cầu; đợi một phút rồi thử lại. — Too many requests; wait a minute and try again.';
    return `Máy chủ từ chối (${error.status}). — ${error.message}`;
  }
  return 'Không kết nối được máy chủ; số liệu vẫn trong form và bản nháp. — The server could not be reached; the figures stay in the form and the draft.';
}

/**
 * PUTs `input` to `path` over `baseRevision` (null: create only).
 *
 * @example await putRecord('/v1/organizations/x/admissions/2024', input, 3) // { kind: 'saved', revision: 4, … }
 */
export async function putRecord<T extends { warnings?: unknown }>(path: string, input: unknown, baseRevision: number | null): Promise<SaveOutcome<T>> {
  try {
    const answer = await api<T>(path, {
      method: 'PUT',
      json: input,
      ...(baseRevision === null ? { ifNoneMatch: '*' } : { ifMatch: `"${baseRevision}"` }),
    });
    const warnings = Array.isArray(answer.body.warnings) ? (answer.body.warnings as Parameters<typeof deskWarning>[0][]).map(deskWarning) : [];
    return { kind: 'saved', body: answer.body, revision: etagRevision(answer.etag) ?? 0, warnings, created: answer.status === 201 };
  } catch (error) {
    if (error instanceof ApiError && error.status === 412) return { kind: 'stale' };
    if (error instanceof ApiError && (error.status === 400 || error.status === 422) && error.issues.length > 0) {
      return { kind: 'refused', problems: problemsOf(error.issues), message: error.message };
    }
    return { kind: 'failed', message: failureMessage(error) };
  }
}

/** The newest revision a history answers, as the merge view needs it. */
export interface LatestRevision<R> {
  readonly record: R;
  readonly revision: number;
  readonly deleted: boolean;
  /** Who wrote it and when, as people read it. */
  readonly by: string;
}

interface HistoryAnswer<R> {
  revisions: { revision: number; updatedAt: string; deleted?: boolean; by: { actor: string; label: string | null } | null; record: R }[];
}

/** The newest revision of a record, from its history (`…/revisions`, never cached). */
export async function latestRevision<R>(historyPath: string): Promise<LatestRevision<R> | null> {
  const newest = (await api<HistoryAnswer<R>>(historyPath)).body.revisions[0];
  if (!newest) return null;
  const who = newest.by === null ? 'Dữ liệu ban đầu · Seed data' : (newest.by.label ?? newest.by.actor);
  return {
    record: newest.record,
    revision: newest.revision,
    deleted: newest.deleted ?? false,
    by: `${who} · ${newest.updatedAt.slice(0, 16).replace('T', ' ')} UTC`,
  };
}
