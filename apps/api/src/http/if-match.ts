/**
 * Conditional writes: `If-Match` with the record's revision (`"3"`, `W/"3"` never matches, bare `3`
 * is accepted too, `*` means "exists"), and `If-None-Match: *` for "create only". A write whose
 * condition fails changes nothing and answers 412.
 */
import { parseRevision } from '@chitieu/domain';
import { ApiException } from './api-exception.ts';

export type Precondition = { kind: 'none' } | { kind: 'exists' } | { kind: 'absent' } | { kind: 'revisions'; revisions: readonly number[] };

function malformed(header: string, message: string): ApiException {
  return new ApiException(400, 'validation_failed', `The ${header} header is not valid`, {
    issues: [{ path: ['header', header], message }],
  });
}

/**
 * Reads the write's conditions from its If-Match and If-None-Match headers.
 *
 * @throws {ApiException} 400 for a header that is not a list of entity tags, or both headers at once.
 * @example parsePrecondition('"3"', undefined) // { kind: 'revisions', revisions: [3] }
 */
export function parsePrecondition(ifMatch: string | undefined, ifNoneMatch: string | undefined): Precondition {
  if (ifMatch !== undefined && ifNoneMatch !== undefined) {
    throw malformed('If-None-Match', 'send If-Match or If-None-Match, not both');
  }
  if (ifNoneMatch !== undefined) {
    if (ifNoneMatch.trim() !== '*') throw malformed('If-None-Match', 'a write accepts only If-None-Match: * (create, never replace)');
    return { kind: 'absent' };
  }
  if (ifMatch === undefined) return { kind: 'none' };
  if (ifMatch.trim() === '*') return { kind: 'exists' };
  const revisions: number[] = [];
  for (const raw of ifMatch.split(',')) {
    const tag = raw.trim();
    const quoted = /^(W\/)?"([^"]*)"$/.exec(tag);
    if (quoted) {
      // A weak tag never matches for a write (RFC 9110 §13.1.1 compares strongly).
      const revision = quoted[1] ? null : parseRevision(quoted[2] ?? '');
      if (revision !== null) revisions.push(revision);
    } else if (parseRevision(tag) !== null) {
      revisions.push(parseRevision(tag) ?? 0);
    } else {
      throw malformed('If-Match', 'must be the record’s revision, such as "3" or 3');
    }
  }
  return { kind: 'revisions', revisions };
}

/**
 * Throws the 412 unless the record meets the condition. `current` is the record's revision and
 * whether it exists (a deleted record keeps its revision but does not exist); null when it never did.
 */
export function checkPrecondition(precondition: Precondition, current: { revision: number; exists: boolean } | null): void {
  const exists = current?.exists ?? false;
  const holds =
    precondition.kind === 'none' ||
    (precondition.kind === 'exists' && exists) ||
    (precondition.kind === 'absent' && !exists) ||
    (precondition.kind === 'revisions' && current !== null && precondition.revisions.includes(current.revision));
  if (holds) return;
  throw stale(current?.revision ?? null);
}

/** The 412, saying what the record's revision is now so the client can read it again. */
function stale(current: number | null): ApiException {
  const now = current === null ? 'it does not exist' : `it is at revision ${current}`;
  return new ApiException(412, 'precondition_failed', `The record changed or is not as the request expected: ${now}. Read it again, then retry.`, {
    headers: current === null ? {} : { ETag: `"${current}"` },
  });
}

/** The ETag of a record's revision. */
export function revisionEtag(revision: number): string {
  return `"${revision}"`;
}
