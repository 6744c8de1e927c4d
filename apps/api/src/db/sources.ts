/** Sources (publisher, title, link, date) and how records link to them; maps rows to the domain's Source. */
import { SourceSchema, type Source } from '@chitieu/domain';

/**
 * The canonical identity of a source: the same article cited by several records is stored once.
 *
 * @example sourceFingerprint({ publisher: 'Báo Lào Cai', title: 'Kết quả…', url: null, publishedOn: null })
 * // '["Báo Lào Cai","Kết quả…",null,null]'
 */
export function sourceFingerprint(source: Source): string {
  return JSON.stringify([source.publisher, source.title, source.url, source.publishedOn]);
}

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

/** Parses the JSON built by `sourcesJsonSql` into checked Sources. */
export function parseSourcesJson(json: string): Source[] {
  return SourceSchema.array().parse(JSON.parse(json));
}
