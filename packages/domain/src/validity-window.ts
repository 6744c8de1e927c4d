/** The validity-window rule: figures may only describe a day on which their organisation existed; knows nothing of storage. */
import type { ApiIssue } from './api-error.ts';
import type { Organization } from './organization.ts';

/**
 * An issue when figures as of `day` fall outside the organisation's existence (after `validTo`, or
 * before `validFrom`); null when they fit. Figures after a closing belong to the successors, which
 * the issue names. `path` is where the day was given (e.g. `['body', 'asOf']`).
 *
 * @example validityIssue({ slug: 'tt-muong-khuong', validFrom: null, validTo: '2025-06-30', successors: ['xa-muong-khuong'] }, '2025-07-01', ['asOf'])
 * // { path: ['asOf'], code: 'after_valid_to', message: '"tt-muong-khuong" existed until 2025-06-30; record later figures on xa-muong-khuong' }
 */
export function validityIssue(
  organization: Pick<Organization, 'slug' | 'validFrom' | 'validTo' | 'successors'>,
  day: string,
  path: (string | number)[],
): ApiIssue | null {
  if (organization.validTo !== null && day > organization.validTo) {
    const successors = organization.successors.length > 0 ? `; record later figures on ${organization.successors.join(', ')}` : '';
    return { path, message: `"${organization.slug}" existed until ${organization.validTo}${successors}`, code: 'after_valid_to' };
  }
  if (organization.validFrom !== null && day < organization.validFrom) {
    return { path, message: `"${organization.slug}" existed only from ${organization.validFrom}`, code: 'before_valid_from' };
  }
  return null;
}
