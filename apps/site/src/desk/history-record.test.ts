import { describe, expect, it } from 'vitest';
import { historyRecord } from './history-record.ts';

describe('historyRecord', () => {
  it('reads an admissions record: its history, where a restore writes, the gauge pinned to a revision', () => {
    const record = historyRecord('muong-khuong', 'admissions/2024');
    expect(record?.kind).toBe('admissions');
    expect(record?.historyPath).toBe('/v1/organizations/muong-khuong/admissions/2024/revisions');
    expect(record?.restore(1, { admitted: 53 })).toEqual({ path: '/v1/organizations/muong-khuong/admissions/2024', method: 'PUT', json: { admitted: 53 } });
    expect(record?.previewPath(3)).toBe('/embed/party-target-gauge?org=muong-khuong&period=2024&revision=3');
  });

  it('reads a term as a period', () => {
    expect(historyRecord('x', 'admissions/2020-2025')?.restore(2, {}).path).toBe('/v1/organizations/x/admissions/2020-2025');
  });

  it('pins the cell map to a census revision, and restores cells by naming the revision', () => {
    const record = historyRecord('muong-khuong', 'cells');
    expect(record?.historyPath).toBe('/v1/organizations/muong-khuong/cells/revisions');
    expect(record?.previewPath(2)).toBe('/embed/party-cell-map?org=muong-khuong&revision=2');
    expect(record?.restore(2, { cells: [] })).toEqual({ path: '/v1/organizations/muong-khuong/cells/revisions/2/restore', method: 'POST' });
  });

  it('restores an organisation with a PUT of the organisation, and previews nothing', () => {
    const record = historyRecord('muong-khuong', 'organization');
    expect(record?.restore(1, { name: 'A' })).toEqual({ path: '/v1/organizations/muong-khuong', method: 'PUT', json: { name: 'A' } });
    expect(record?.previewPath(1)).toBeNull();
  });

  it.each(['admissions/', 'admissions/24', 'admissions/2024/x', 'census', ''])('names no record for %j', (value) => {
    expect(historyRecord('x', value)).toBeNull();
  });
});
