/**
 * After a write, retires every edge-cached read it changed: it raises the read generation of the
 * organisations the paths name (and of every organisation for the list, which a rename changes),
 * and the edge cache keys every read by those generations (see ./edge-cache.ts). So images, `?asOf=`
 * reads and other spellings of a URL are retired with the canonical one, in every location at once.
 * Reads pinned with `?revision=` never change, so they are not keyed by generation. The parent of
 * each organisation is raised too: its ranking of subordinates (/subordinates/admissions/{period})
 * shows their figures. (A change of parent is an organisation write, which raises every organisation.)
 */
import type { Context } from 'hono';
import { findOrganizationParents } from '../db/organizations.ts';
import { EVERY_ORGANIZATION, raiseGenerations } from '../db/read-generations.ts';
import { forgetGenerations } from './edge-cache.ts';
import type { AppEnv } from './app-env.ts';

const ORGANIZATION_PATH = /^\/v1\/organizations(?:\/([^/?]+))?/;

/** The generation scopes of the reads at `paths`: an organisation's slug, or every organisation for the list. */
function scopesOf(paths: readonly string[]): string[] {
  return paths.flatMap((path) => {
    const match = ORGANIZATION_PATH.exec(path);
    if (!match) return [];
    return match[1] === undefined ? [EVERY_ORGANIZATION] : [decodeURIComponent(match[1])];
  });
}

/** @example await invalidateReads(c, ['/v1/organizations/muong-khuong/cells']) */
export async function invalidateReads(c: Context<AppEnv>, paths: readonly string[]): Promise<void> {
  const scopes = scopesOf(paths);
  const parents = await findOrganizationParents(c.env.DB, [...new Set(scopes.filter((scope) => scope !== EVERY_ORGANIZATION))]);
  await raiseGenerations(c.env.DB, [...scopes, ...[...parents.values()].filter((parent): parent is string => parent !== null)]);
  forgetGenerations();
}
