import { parseEmbedQuery, type EmbedParams } from '@chitieu/embed';
import { describe, expect, it } from 'vitest';
import { embedReadPath, reservedHeight } from './embed-figures.ts';

const params = (element: 'party-target-gauge' | 'party-cell-map' | 'party-target-ranking', query: string) =>
  parseEmbedQuery(element, new URLSearchParams(query)) as EmbedParams;

describe('embedReadPath', () => {
  it('reads a gauge’s period, live or pinned as the embed is', () => {
    expect(embedReadPath(params('party-target-gauge', 'org=muong-khuong&period=2024'))).toBe('/v1/organizations/muong-khuong/admissions/2024');
    expect(embedReadPath(params('party-target-gauge', 'org=muong-khuong&period=2020-2025&revision=3'))).toBe(
      '/v1/organizations/muong-khuong/admissions/2020-2025?revision=3',
    );
  });

  it('reads a map’s cells, as of a day when pinned so', () => {
    expect(embedReadPath(params('party-cell-map', 'org=muong-khuong'))).toBe('/v1/organizations/muong-khuong/cells');
    expect(embedReadPath(params('party-cell-map', 'org=muong-khuong&as-of=2024-12-31'))).toBe('/v1/organizations/muong-khuong/cells?asOf=2024-12-31');
  });

  it('reads a ranking’s subordinates for its period, as of a day when pinned so', () => {
    expect(embedReadPath(params('party-target-ranking', 'org=huyen-muong-khuong&period=2024'))).toBe(
      '/v1/organizations/huyen-muong-khuong/subordinates/admissions/2024',
    );
    expect(embedReadPath(params('party-target-ranking', 'org=huyen-muong-khuong&period=2024&as-of=2024-12-31'))).toBe(
      '/v1/organizations/huyen-muong-khuong/subordinates/admissions/2024?asOf=2024-12-31',
    );
  });
});

describe('reservedHeight', () => {
  it('reserves a full-column embed at a phone’s width, and a map by its cells', () => {
    const gauge = params('party-target-gauge', 'org=muong-khuong&period=2024');
    const none = { title: '', summary: '', kinds: [], ranking: null };
    expect(reservedHeight(gauge, none, null)).toBe(reservedHeight(gauge, none, 320));
    const map = params('party-cell-map', 'org=muong-khuong');
    expect(reservedHeight(map, { ...none, kinds: Array(25).fill('residential') }, 640)).toBeGreaterThan(
      reservedHeight(map, { ...none, kinds: ['residential'] }, 640),
    );
    const ranking = params('party-target-ranking', 'org=huyen-muong-khuong&period=2024');
    expect(reservedHeight(ranking, { ...none, ranking: { rows: 22, withTotal: true } }, 640)).toBeGreaterThan(
      reservedHeight(ranking, { ...none, ranking: { rows: 5, withTotal: true } }, 640),
    );
  });
});
