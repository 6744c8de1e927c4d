/**
 * Turns a seed dataset (by default the article's, from '@chitieu/domain/seed') into idempotent SQL:
 * running the statements again changes nothing, and never overwrites what the data desk changed since.
 */
import { SeedDatasetSchema, sourceFingerprint, type Organization, type SeedDataset, type Source } from '@chitieu/domain';
import { SEED } from '@chitieu/domain/seed';
import { sqlLiteral as lit } from './sql-literal.ts';

const CELLS_PER_STATEMENT = 100;

const orgId = (slug: string) => `(SELECT id FROM organizations WHERE slug = ${lit(slug)})`;

/** Parents before children, so every parent_id subquery finds its row. */
function parentsFirst(organizations: readonly Organization[]): Organization[] {
  const bySlug = new Map(organizations.map((o) => [o.slug, o]));
  const ordered: Organization[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (org: Organization) => {
    if (state.get(org.slug) === 'done') return;
    if (state.get(org.slug) === 'visiting') throw new Error(`organisation "${org.slug}" is its own ancestor`);
    state.set(org.slug, 'visiting');
    const parent = org.parent === null ? undefined : bySlug.get(org.parent);
    if (parent) visit(parent);
    state.set(org.slug, 'done');
    ordered.push(org);
  };
  organizations.forEach(visit);
  return ordered;
}

// Links and successors are added only while their record is at revision 1, as the seed left it: once
// the data desk has written it (replacing its sources, say), running the seed again must not add
// the seed's back.
function sourceLinks(table: string, ownerColumn: string, ownerTable: string, ownerSelect: string, sources: readonly Source[]): string[] {
  return sources.map(
    (source, position) =>
      `INSERT INTO ${table} (${ownerColumn}, source_id, position) SELECT (${ownerSelect}), s.id, ${position} FROM sources s WHERE s.fingerprint = ${lit(sourceFingerprint(source))} AND (SELECT revision FROM ${ownerTable} WHERE id = (${ownerSelect})) = 1 ON CONFLICT DO NOTHING;`,
  );
}

/**
 * SQL statements that load `dataset` into the schema of migrations/, one statement per string.
 * The dataset is checked with the domain's SeedDatasetSchema first.
 *
 * @example (await import('./seed.ts')).seedStatements().join('\n') // what scripts/seed.mjs runs
 */
export function seedStatements(dataset: SeedDataset = SEED): string[] {
  const data = SeedDatasetSchema.parse(dataset);
  const statements: string[] = [];

  for (const org of parentsFirst(data.organizations)) {
    statements.push(
      `INSERT INTO organizations (slug, name, kind, parent_id, valid_from, valid_to) VALUES (${lit(org.slug)}, ${lit(org.name)}, ${lit(org.kind)}, ${org.parent === null ? 'NULL' : orgId(org.parent)}, ${lit(org.validFrom)}, ${lit(org.validTo)}) ON CONFLICT (slug) DO NOTHING;`,
    );
  }
  for (const org of data.organizations) {
    org.successors.forEach((successor, position) => {
      statements.push(
        `INSERT INTO organization_successors (organization_id, successor_id, position) SELECT ${orgId(org.slug)}, ${orgId(successor)}, ${position} WHERE (SELECT revision FROM organizations WHERE slug = ${lit(org.slug)}) = 1 ON CONFLICT DO NOTHING;`,
      );
    });
  }

  const sources = new Map<string, Source>();
  for (const record of [...data.admissions, ...data.cellCensuses]) {
    for (const source of record.sources) sources.set(sourceFingerprint(source), source);
  }
  for (const [fingerprint, s] of sources) {
    statements.push(
      `INSERT INTO sources (fingerprint, publisher, title, url, published_on) VALUES (${lit(fingerprint)}, ${lit(s.publisher)}, ${lit(s.title)}, ${lit(s.url)}, ${lit(s.publishedOn)}) ON CONFLICT (fingerprint) DO NOTHING;`,
    );
  }

  for (const a of data.admissions) {
    statements.push(
      `INSERT INTO admission_records (organization_id, period, admitted, target_min, target_max, breakdown, term_to_date_term, term_to_date_admitted, total_members, as_of) VALUES (${orgId(a.organization)}, ${lit(a.period)}, ${lit(a.admitted)}, ${lit(a.target?.min ?? null)}, ${lit(a.target?.max ?? null)}, ${lit(JSON.stringify(a.breakdown))}, ${lit(a.termToDate?.term ?? null)}, ${lit(a.termToDate?.admitted ?? null)}, ${lit(a.totalMembers)}, ${lit(a.asOf)}) ON CONFLICT (organization_id, period) DO NOTHING;`,
    );
    const record = `SELECT id FROM admission_records WHERE organization_id = ${orgId(a.organization)} AND period = ${lit(a.period)}`;
    statements.push(...sourceLinks('admission_record_sources', 'admission_record_id', 'admission_records', record, a.sources));
  }

  for (const census of data.cellCensuses) {
    statements.push(
      `INSERT INTO cell_censuses (organization_id, term, as_of) VALUES (${orgId(census.organization)}, ${lit(census.term)}, ${lit(census.asOf)}) ON CONFLICT (organization_id, as_of) DO NOTHING;`,
    );
    const censusId = `SELECT id FROM cell_censuses WHERE organization_id = ${orgId(census.organization)} AND as_of = ${lit(census.asOf)}`;
    statements.push(...sourceLinks('cell_census_sources', 'cell_census_id', 'cell_censuses', censusId, census.sources));
    const rows = census.cells.map(
      (cell, position) =>
        `((${censusId}), ${lit(cell.slug)}, ${lit(cell.name)}, ${lit(cell.kind)}, ${lit(cell.committee)}, ${lit(cell.committeeFormedOn)}, ${lit(cell.fullMembers)}, ${position})`,
    );
    // Chunks keep each statement well under D1's statement size limit, even for a large census.
    for (let start = 0; start < rows.length; start += CELLS_PER_STATEMENT) {
      statements.push(
        `INSERT INTO cells (census_id, slug, name, kind, committee, committee_formed_on, full_members, position) VALUES\n  ${rows.slice(start, start + CELLS_PER_STATEMENT).join(',\n  ')}\nON CONFLICT (census_id, slug) DO NOTHING;`,
      );
    }
  }
  return statements;
}
