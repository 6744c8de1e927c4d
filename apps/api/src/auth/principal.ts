/** Who a request is from, once its bearer token checked out: the administrator, or a newsroom's key. */
import { ADMIN_ACTOR } from '@chitieu/domain';
import type { Context } from 'hono';
import type { Actor } from '../db/audit-log.ts';
import type { AppEnv } from '../http/app-env.ts';

export type Principal = { kind: 'admin' } | { kind: 'newsroom'; keyId: string; newsroomId: number; newsroom: string };

export type NewsroomPrincipal = Extract<Principal, { kind: 'newsroom' }>;

/** The audit log's name for the principal. */
export function actorOf(principal: Principal): Actor {
  return principal.kind === 'admin' ? { id: ADMIN_ACTOR, newsroomId: null } : { id: principal.keyId, newsroomId: principal.newsroomId };
}

/** The newsroom key a write route's middleware (requireNewsroomKey) accepted. */
export function newsroomOf(c: Context<AppEnv>): NewsroomPrincipal {
  const principal = c.get('principal');
  if (principal?.kind !== 'newsroom') throw new Error('newsroomOf() on a route without requireNewsroomKey()');
  return principal;
}
