import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { load, organization, SOURCE } from '../../test/load.ts';
import { parseSourcesJson, sourcesJsonSql } from './sources.ts';

describe('sourcesJsonSql', () => {
  it('gives a record’s sources in the order it cites them, checked by the domain schema', async () => {
    const second = { publisher: 'Second', title: null, url: 'https://example.vn/2', publishedOn: '2024-06-01' };
    await load({
      organizations: [organization('two-sources')],
      admissions: [
        {
          organization: 'two-sources',
          period: '2024',
          admitted: 1,
          target: null,
          breakdown: {},
          termToDate: null,
          totalMembers: null,
          asOf: '2024-12-31',
          sources: [second, SOURCE],
        },
      ],
    });
    const json = await env.DB.prepare(
      `SELECT ${sourcesJsonSql('admissionRecord', 'a.id')} AS sources FROM admission_records a
       JOIN organizations o ON o.id = a.organization_id WHERE o.slug = 'two-sources'`,
    ).first<string>('sources');
    expect(parseSourcesJson(json ?? '')).toEqual([second, SOURCE]);
  });

  it('gives an empty list for a record without sources', async () => {
    const json = await env.DB.prepare(`SELECT ${sourcesJsonSql('cellCensus', '-1')} AS sources`).first<string>('sources');
    expect(parseSourcesJson(json ?? '')).toEqual([]);
  });
});
