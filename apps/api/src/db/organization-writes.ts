/** Creating and changing organisations (closing one with successors included), with history and the audit log, in one batch. */
import type { ApiIssue, OrganizationInput } from '@chitieu/domain';
import { auditStatement, type Actor } from './audit-log.ts';
import type { Database } from './database.ts';
import { findOrganizationParents, type StoredOrganization } from './organizations.ts';
import { precondition, runGuarded } from './write-guard.ts';

const MAX_DEPTH = 20;

/**
 * What the input names that does not exist or would make no sense for `slug`: a parent or successor
 * that is not an organisation, the organisation itself, or a parent among its own descendants.
 * Issue paths are the body's.
 */
export async function referenceIssues(db: Database, slug: string, input: OrganizationInput): Promise<ApiIssue[]> {
  const issues: ApiIssue[] = [];
  const named = [...(input.parent === null ? [] : [input.parent]), ...input.successors];
  const known = await findOrganizationParents(db, named);
  if (input.parent === slug) issues.push({ path: ['body', 'parent'], message: 'an organisation cannot be its own parent' });
  else if (input.parent !== null && !known.has(input.parent)) {
    issues.push({ path: ['body', 'parent'], message: `no organisation named "${input.parent}"; write it first` });
  } else if (input.parent !== null) {
    // Walk up from the new parent: meeting `slug` means the parent is one of its descendants.
    let ancestor: string | null | undefined = known.get(input.parent);
    for (let depth = 0; ancestor && depth < MAX_DEPTH; depth += 1) {
      if (ancestor === slug) {
        issues.push({ path: ['body', 'parent'], message: `"${input.parent}" is below "${slug}"; that would make a cycle` });
        break;
      }
      ancestor = (await findOrganizationParents(db, [ancestor])).get(ancestor);
    }
  }
  input.successors.forEach((successor, i) => {
    if (successor === slug) issues.push({ path: ['body', 'successors', i], message: 'an organisation cannot succeed itself' });
    else if (!known.has(successor)) issues.push({ path: ['body', 'successors', i], message: `no organisation named "${successor}"; write it first` });
  });
  return issues;
}

/** The fields a write would change, compared with the stored record; empty when it changes nothing. */
export function changedFields(current: StoredOrganization['record'], input: OrganizationInput): string[] {
  const fields = ['name', 'kind', 'parent', 'validFrom', 'validTo'] as const;
  const changed: string[] = fields.filter((f) => current[f] !== input[f]);
  if (JSON.stringify(current.successors) !== JSON.stringify(input.successors)) changed.push('successors');
  return changed;
}

const ORG_ID = '(SELECT id FROM organizations WHERE slug = ?1)';

/**
 * Stores the organisation: creates it for `newsroomId` when `current` is null, else supersedes its
 * current revision (kept in organization_revisions). Runs only while the organisation is still as
 * `current` describes it.
 *
 * @throws {StaleRevisionError} when another write changed it first.
 */
export async function saveOrganization(
  db: Database,
  write: { slug: string; input: OrganizationInput; current: StoredOrganization | null; newsroomId: number; actor: Actor; at: string },
): Promise<number> {
  const { slug, input, current, at } = write;
  const revision = (current?.record.revision ?? 0) + 1;
  const statements: D1PreparedStatement[] = [];
  const parentId = '(SELECT id FROM organizations WHERE slug = ?2)';
  if (current === null) {
    statements.push(
      db
        .prepare(
          `INSERT INTO organizations (slug, name, kind, parent_id, valid_from, valid_to, newsroom_id, revision, created_at, updated_at)
           VALUES (?1, ?3, ?4, ${parentId}, ?5, ?6, ?7, 1, ?8, ?8)`,
        )
        .bind(slug, input.parent, input.name, input.kind, input.validFrom, input.validTo, write.newsroomId, at),
    );
  } else {
    statements.push(
      db
        .prepare(
          `INSERT INTO organization_revisions (organization_id, revision, record, updated_at)
           SELECT o.id, o.revision, json_object('slug', o.slug, 'name', o.name, 'kind', o.kind, 'parent', p.slug,
             'validFrom', o.valid_from, 'validTo', o.valid_to, 'successors',
             (SELECT json_group_array(slug) FROM (SELECT s.slug FROM organization_successors os JOIN organizations s ON s.id = os.successor_id
               WHERE os.organization_id = o.id ORDER BY os.position))), o.updated_at
           FROM organizations o LEFT JOIN organizations p ON p.id = o.parent_id WHERE o.slug = ?1`,
        )
        .bind(slug),
      db
        .prepare(
          `UPDATE organizations SET name = ?3, kind = ?4, parent_id = ${parentId}, valid_from = ?5, valid_to = ?6, revision = ?7, updated_at = ?8
           WHERE slug = ?1`,
        )
        .bind(slug, input.parent, input.name, input.kind, input.validFrom, input.validTo, revision, at),
      db.prepare(`DELETE FROM organization_successors WHERE organization_id = ${ORG_ID}`).bind(slug),
    );
  }
  input.successors.forEach((successor, position) => {
    statements.push(
      db
        .prepare(
          `INSERT INTO organization_successors (organization_id, successor_id, position)
           SELECT ${ORG_ID}, s.id, ?3 FROM organizations s WHERE s.slug = ?2`,
        )
        .bind(slug, successor, position),
    );
  });
  statements.push(
    auditStatement(db, {
      at,
      actor: write.actor,
      action: current === null ? 'organization.create' : 'organization.update',
      organization: slug,
      resource: `/v1/organizations/${slug}`,
      revision,
      detail: current === null ? null : { changed: changedFields(current.record, input) },
    }),
  );
  await runGuarded(db, [precondition(db, '(SELECT revision FROM organizations WHERE slug = ?1) IS ?2', slug, current?.record.revision ?? null)], statements);
  return revision;
}
