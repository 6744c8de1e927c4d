/**
 * Which record a history screen is about (`organization`, `admissions/{period}` or `cells`, as the
 * route's `record` says) and its addresses: its history, where a restore writes, and the embed page
 * pinned to one of its revisions. Knows the API's paths, nothing of the screen.
 */

/** A write that restores a revision: a PUT of its record, or (cells, which have no one record to PUT) a POST naming it. */
interface RestoreRequest {
  readonly path: string;
  readonly method: 'PUT' | 'POST';
  readonly json?: unknown;
}

/** A record whose history the desk shows. */
export interface HistoryRecord {
  readonly kind: 'organization' | 'admissions' | 'cells';
  /** Its name in the screen's heading. */
  readonly title: { readonly vi: string; readonly en: string };
  /** GET: its revisions, newest first. */
  readonly historyPath: string;
  /** The request that writes revision `revision` (holding `record`) back as a new revision. */
  restore(revision: number, record: unknown): RestoreRequest;
  /** The iframe embed page pinned to a revision; null when the record has no element. */
  previewPath(revision: number): string | null;
}

const PERIOD = /^\d{4}(-\d{4})?$/;

/**
 * The record `record` names for organisation `org`, or null when it names none.
 *
 * @example historyRecord('muong-khuong', 'admissions/2024')?.historyPath // '/v1/organizations/muong-khuong/admissions/2024/revisions'
 */
export function historyRecord(org: string, record: string): HistoryRecord | null {
  const base = `/v1/organizations/${encodeURIComponent(org)}`;
  if (record === 'organization') {
    return {
      kind: 'organization',
      title: { vi: 'tổ chức', en: 'organisation' },
      historyPath: `${base}/revisions`,
      restore: (_revision, record) => ({ path: base, method: 'PUT', json: record }),
      previewPath: () => null,
    };
  }
  if (record === 'cells') {
    return {
      kind: 'cells',
      title: { vi: 'chi bộ', en: 'cells' },
      historyPath: `${base}/cells/revisions`,
      restore: (revision) => ({ path: `${base}/cells/revisions/${revision}/restore`, method: 'POST' }),
      previewPath: (revision) => `/embed/party-cell-map?${new URLSearchParams({ org, revision: String(revision) })}`,
    };
  }
  const period = /^admissions\/(.+)$/.exec(record)?.[1];
  if (period === undefined || !PERIOD.test(period)) return null;
  return {
    kind: 'admissions',
    title: { vi: `kết nạp đảng viên ${period}`, en: `admissions ${period}` },
    historyPath: `${base}/admissions/${period}/revisions`,
    restore: (_revision, record) => ({ path: `${base}/admissions/${period}`, method: 'PUT', json: record }),
    previewPath: (revision) => `/embed/party-target-gauge?${new URLSearchParams({ org, period, revision: String(revision) })}`,
  };
}
