/** Which organisation a write is about, and whether the key's newsroom may write it. */
import type { ApiIssue } from '@chitieu/domain';
import type { Context } from 'hono';
import { newsroomOf } from '../auth/principal.ts';
import { findOrganization, type StoredOrganization } from '../db/organizations.ts';
import { ApiException } from '../http/api-exception.ts';
import type { AppEnv } from '../http/app-env.ts';
import { organizationNotFound } from './organization-not-found.ts';

/** The organisation, when it exists (404) and the key's newsroom maintains it (403). */
export async function ownedOrganization(c: Context<AppEnv>, slug: string): Promise<StoredOrganization> {
  const organization = await findOrganization(c.var.db, slug);
  if (!organization) throw organizationNotFound(slug);
  const principal = newsroomOf(c);
  if (organization.newsroomId !== principal.newsroomId) {
    throw new ApiException(
      403,
      'forbidden',
      `"${slug}" is maintained by the newsroom "${organization.record.newsroom}"; this key belongs to "${principal.newsroom}".`,
    );
  }
  return organization;
}

/** The 422 for input that is well formed but contradicts what is stored. */
export function unprocessable(issues: ApiIssue[]): ApiException {
  return new ApiException(422, 'validation_failed', 'The request does not fit what is stored; `issues` says why', { issues });
}
