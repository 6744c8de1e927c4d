import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { findCellCensus } from './cell-censuses.ts';

describe('findCellCensus', () => {
  it('maps the census and its cells, in the order the source lists them', async () => {
    const census = await findCellCensus(env.DB.withSession('first-unconstrained'), 'muong-khuong', { kind: 'current' });
    expect(census).toMatchObject({ organization: { slug: 'muong-khuong' }, term: '2020-2025', asOf: '2024-12-31', revision: 1 });
    expect(census?.cells).toHaveLength(25);
    expect(census?.cells[0]).toEqual({
      slug: 'na-day',
      name: 'Na Đẩy',
      kind: 'residential',
      committee: 'formed',
      committeeFormedOn: null,
      fullMembers: null,
    });
    expect(census?.sources.map((s) => s.title)).toEqual(['Kết quả vượt bậc trong phát triển đảng viên']);
    expect(census).toMatchObject({ organizationValidTo: '2025-06-30', successors: [] });
  });

  it('finds a census by revision, the seed’s revision 1 included', async () => {
    expect((await findCellCensus(env.DB, 'muong-khuong', { kind: 'revision', revision: 1 }))?.asOf).toBe('2024-12-31');
    expect(await findCellCensus(env.DB, 'muong-khuong', { kind: 'revision', revision: 999 })).toBeNull();
  });

  it('takes the census of the asOf day itself, and none before the first', async () => {
    expect((await findCellCensus(env.DB, 'muong-khuong', { kind: 'asOf', asOf: '2024-12-31' }))?.asOf).toBe('2024-12-31');
    expect(await findCellCensus(env.DB, 'muong-khuong', { kind: 'asOf', asOf: '2024-12-30' })).toBeNull();
  });

  it('gives null for an unknown organisation', async () => {
    expect(await findCellCensus(env.DB, 'ha-noi', { kind: 'current' })).toBeNull();
  });
});
