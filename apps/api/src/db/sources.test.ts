import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { parseSourcesJson, sourceFingerprint, sourcesJsonSql } from './sources.ts';

describe('sourceFingerprint', () => {
  it('is the same for equal sources and differs when any field differs', () => {
    const a = { publisher: 'Báo Lào Cai', title: 'T', url: null, publishedOn: null };
    expect(sourceFingerprint({ ...a })).toBe(sourceFingerprint(a));
    expect(sourceFingerprint({ ...a, publishedOn: '2024-12-31' })).not.toBe(sourceFingerprint(a));
    expect(sourceFingerprint({ ...a, title: null })).not.toBe(sourceFingerprint(a));
  });
});

describe('sourcesJsonSql', () => {
  it('gives a record’s sources in the order it cites them, checked by the domain schema', async () => {
    await env.DB.batch([
      env.DB.prepare("INSERT INTO sources (fingerprint, publisher, url) VALUES ('f-second', 'Second', 'https://example.vn/2')"),
      env.DB.prepare(`INSERT INTO admission_record_sources (admission_record_id, source_id, position)
        SELECT a.id, s.id, 1 FROM admission_records a, sources s WHERE a.period = '2024' AND s.fingerprint = 'f-second'`),
    ]);
    const json = await env.DB.prepare(
      `SELECT ${sourcesJsonSql('admissionRecord', 'a.id')} AS sources FROM admission_records a WHERE a.period = '2024'`,
    ).first<string>('sources');
    expect(parseSourcesJson(json ?? '')).toEqual([
      { publisher: 'Báo Lào Cai', title: 'Kết quả vượt bậc trong phát triển đảng viên', url: null, publishedOn: null },
      { publisher: 'Second', title: null, url: 'https://example.vn/2', publishedOn: null },
    ]);
  });

  it('gives an empty list for a record without sources', async () => {
    const json = await env.DB.prepare(`SELECT ${sourcesJsonSql('cellCensus', '-1')} AS sources`).first<string>('sources');
    expect(parseSourcesJson(json ?? '')).toEqual([]);
  });
});
