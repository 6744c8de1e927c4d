/** Sources (publisher, title, link, date) and how records link to them; maps rows to the domain's Source. */
import { StoredSourceSchema, sourceFingerprint, type Source } from '@chitieu/domain';
import type { Database } from './database.ts';

/** The tables that link a record to its sources, and the column naming the record. */
export const SOURCE_LINKS = {
  admissionRecord: { table: 'admission_record_sources', owner: 'admission_record_id' },
  cellCensus: { table: 'cell_census_sources', owner: 'cell_census_id' },
} as const;

/**
 * A scalar subquery giving the sources of one record as a JSON array, in the order the record cites them.
 * `ownerId` is an SQL expression of the outer query (e.g. `a.id`), never user input.
 */
export function sourcesJsonSql(link: keyof typeof SOURCE_LINKS, ownerId: string): string {
  const { table, owner } = SOURCE_LINKS[link];
  return `(SELECT json_group_array(json_object('publisher', s.publisher, 'title', s.title, 'url', s.url, 'publishedOn', s.published_on))
    FROM (SELECT src.* FROM ${table} l JOIN sources src ON src.id = l.source_id WHERE l.${owner} = ${ownerId} ORDER BY l.position) s)`;
}

/** Parses the JSON built by `sourcesJsonSql` into Sources, as stored (today's write limits are not re-applied to what older rules let in). */
export function parseSourcesJson(json: string): Source[] {
  return StoredSourceSchema.array().parse(JSON.parse(json));
}

/** Statements storing each source once (a source already stored by fingerprint is reused). */
export function insertSourcesStatements(db: Database, sources: readonly Source[]): D1PreparedStatement[] {
  return sources.map((s) =>
    db
      .prepare(
        `INSERT INTO sources (fingerprint, publisher, title, url, published_on) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (fingerprint) DO NOTHING`,
      )
      .bind(sourceFingerprint(s), s.publisher, s.title, s.url, s.publishedOn),
  );
}

/**
 * A statement linking a stored source to a record. `owner` is an SQL expression for the record's id
 * using the parameters ?1..?n of `ownerParams`; `position` is the source's place in the record's
 * list, or 'next' to append it (a source the record already cites stays where it is).
 */
export function linkSourceStatement(
  db: Database,
  link: keyof typeof SOURCE_LINKS,
  owner: string,
  ownerParams: readonly unknown[],
  source: Source,
  position: number | 'next',
): D1PreparedStatement {
  const { table, owner: column } = SOURCE_LINKS[link];
  const n = ownerParams.length;
  const place = position === 'next' ? `COALESCE((SELECT MAX(position) + 1 FROM ${table} WHERE ${column} = ${owner}), 0)` : `?${n + 2}`;
  return db
    .prepare(
      `INSERT INTO ${table} (${column}, source_id, position) SELECT ${owner}, s.id, ${place} FROM sources s
       WHERE s.fingerprint = ?${n + 1} ON CONFLICT DO NOTHING`,
    )
    .bind(...ownerParams, sourceFingerprint(source), ...(position === 'next' ? [] : [position]));
}
