import { describe, expect, it } from 'vitest';
import { embedQuery, imageQuery, MAX_LABEL_LENGTH, normalizeLabel, parseEmbedQuery, parseLabel, tagAttributes, type EmbedParams } from './embed-params.ts';

const parse = (element: 'party-target-gauge' | 'party-cell-map' | 'party-target-ranking', query: string) =>
  parseEmbedQuery(element, new URLSearchParams(query));

describe('parseEmbedQuery', () => {
  it('reads a revision pin and writes it back in the query, the tag and the image query', () => {
    const pinned = parse('party-target-gauge', 'org=muong-khuong&period=2024&revision=1') as EmbedParams;
    expect(pinned.revision).toBe(1);
    expect(embedQuery(pinned).toString()).toBe('org=muong-khuong&period=2024&revision=1');
    expect(tagAttributes(pinned)).toContainEqual(['revision', '1']);
    expect(imageQuery(pinned).toString()).toBe('org=muong-khuong&period=2024&revision=1');
  });

  it('reads a gauge with defaults: Vietnamese, automatic colours, no theme or title', () => {
    expect(parse('party-target-gauge', 'org=muong-khuong&period=2024')).toEqual({
      element: 'party-target-gauge',
      org: 'muong-khuong',
      period: '2024',
      asOf: null,
      revision: null,
      lang: 'vi',
      colorScheme: 'auto',
      theme: null,
      label: null,
    });
  });

  it('reads every parameter the tag has', () => {
    expect(parse('party-cell-map', 'org=muong-khuong&as-of=2024-12-31&lang=en&color-scheme=dark&theme=paper&label=%20Na%20%C4%90%E1%BA%A9y%20')).toMatchObject({
      asOf: '2024-12-31',
      lang: 'en',
      colorScheme: 'dark',
      theme: 'paper',
      label: 'Na Đẩy',
    });
  });

  it.each([
    ['party-target-gauge', 'period=2024', 'org'],
    ['party-target-gauge', 'org=Muong Khuong&period=2024', 'org'],
    ['party-target-gauge', 'org=muong-khuong', 'period'],
    ['party-target-gauge', 'org=muong-khuong&period=2024-2023', 'period'],
    ['party-cell-map', 'org=muong-khuong&period=2024', 'period'],
    ['party-cell-map', 'org=muong-khuong&as-of=2024-02-30', 'as-of'],
    ['party-target-gauge', 'org=muong-khuong&period=2024&revision=0', 'revision'],
    ['party-target-gauge', 'org=muong-khuong&period=2024&revision=01', 'revision'],
    ['party-cell-map', 'org=muong-khuong&revision=abc', 'revision'],
    ['party-cell-map', 'org=muong-khuong&revision=2&as-of=2024-12-31', 'revision'],
    ['party-cell-map', 'org=muong-khuong&lang=fr', 'lang'],
    ['party-cell-map', 'org=muong-khuong&color-scheme=blue', 'color-scheme'],
    ['party-cell-map', 'org=muong-khuong&theme=comic', 'theme'],
    ['party-cell-map', 'org=muong-khuong&label=', 'label'],
    ['party-cell-map', 'org=muong-khuong&label=%20%20', 'label'],
    ['party-cell-map', `org=muong-khuong&label=${'a'.repeat(MAX_LABEL_LENGTH + 1)}`, 'label'],
    ['party-cell-map', 'org=muong-khuong&label=Na%07%C4%90%E1%BA%A9y', 'label'],
    ['party-cell-map', 'org=muong-khuong&colour=dark', 'colour'],
    ['party-cell-map', 'org=muong-khuong&org=ha-noi', 'org'],
    ['party-target-ranking', 'org=tinh-a', 'period'],
    ['party-target-ranking', 'org=tinh-a&period=2024&revision=1', 'revision'],
    ['party-target-ranking', 'org=tinh-a&period=2024&sort=size', 'sort'],
    ['party-target-ranking', 'org=tinh-a&period=2024&highlight=Huyen%20A', 'highlight'],
    ['party-target-gauge', 'org=muong-khuong&period=2024&sort=name', 'sort'],
    ['party-cell-map', 'org=muong-khuong&highlight=na-day', 'highlight'],
  ] as const)('refuses %s?%s, naming %s', (element, query, name) => {
    const result = parse(element, query);
    expect(result).toHaveProperty('error');
    expect((result as { error: string }).error).toContain(name);
  });
});

describe('parseLabel', () => {
  it('keeps a title as shown: NFC, trimmed, up to the longest allowed', () => {
    // "Đẩy" written with combining marks, as some keyboards send it.
    expect(parseLabel(' Na \u0110a\u0302\u0309y ')).toBe('Na Đẩy');
    expect(parseLabel(` ${'a'.repeat(MAX_LABEL_LENGTH)} `)).toBe('a'.repeat(MAX_LABEL_LENGTH));
  });

  it.each(['', ' \u00a0 ', 'a'.repeat(MAX_LABEL_LENGTH + 1), 'Na\u0000Đẩy', 'Na\tĐẩy', 'Na\u0085Đẩy'])('refuses %j', (raw) => {
    expect(parseLabel(raw)).toBeNull();
  });
});

describe('embedQuery, tagAttributes and imageQuery', () => {
  const params = parse('party-target-gauge', 'org=muong-khuong&period=2024&lang=en&theme=paper&color-scheme=light&label=A%20%26%20B') as EmbedParams;

  it('write the page query back in a fixed order, leaving defaults out', () => {
    expect(embedQuery(params).toString()).toBe('org=muong-khuong&period=2024&lang=en&color-scheme=light&theme=paper&label=A+%26+B');
    expect(embedQuery(parse('party-cell-map', 'org=muong-khuong') as EmbedParams).toString()).toBe('org=muong-khuong');
  });

  it('give the tag the same attributes, less the theme (a style on the tag instead)', () => {
    expect(tagAttributes(params)).toEqual([
      ['org', 'muong-khuong'],
      ['period', '2024'],
      ['lang', 'en'],
      ['color-scheme', 'light'],
      ['label', 'A & B'],
    ]);
  });

  it('give the image only what the image endpoint reads, in one fixed colour scheme', () => {
    expect(imageQuery(params, 360).toString()).toBe('org=muong-khuong&period=2024&lang=en&width=360&label=A+%26+B');
    const dark = parse('party-cell-map', 'org=muong-khuong&color-scheme=dark') as EmbedParams;
    expect(imageQuery(dark).toString()).toBe('org=muong-khuong&color-scheme=dark');
    const auto = parse('party-cell-map', 'org=muong-khuong') as EmbedParams;
    expect(imageQuery(auto).get('color-scheme')).toBeNull();
    expect(imageQuery(auto).has('label')).toBe(false);
  });

  it('round-trips: what embedQuery writes, parseEmbedQuery reads back the same', () => {
    expect(parseEmbedQuery('party-target-gauge', embedQuery(params))).toEqual(params);
  });
});

describe('the ranking’s parameters', () => {
  it('reads its order and the organisation it highlights, and writes them back to the page, the tag and (order only) not the image', () => {
    const ranking = parse('party-target-ranking', 'org=tinh-a&period=2024&as-of=2024-12-31&sort=name&highlight=huyen-b&lang=en') as EmbedParams;
    expect(ranking).toMatchObject({ element: 'party-target-ranking', period: '2024', asOf: '2024-12-31', sort: 'name', highlight: 'huyen-b' });
    expect(embedQuery(ranking).toString()).toBe('org=tinh-a&period=2024&as-of=2024-12-31&sort=name&highlight=huyen-b&lang=en');
    expect(tagAttributes(ranking)).toContainEqual(['highlight', 'huyen-b']);
    expect(imageQuery(ranking).toString()).toBe('org=tinh-a&period=2024&as-of=2024-12-31&lang=en');
    expect(parseEmbedQuery('party-target-ranking', embedQuery(ranking))).toEqual(ranking);
  });

  it('leaves the default order (percentage of target) and no highlight out', () => {
    const ranking = parse('party-target-ranking', 'org=tinh-a&period=2024&sort=percent') as EmbedParams;
    expect(ranking).toMatchObject({ sort: null, highlight: null });
    expect(embedQuery(ranking).toString()).toBe('org=tinh-a&period=2024');
  });
});

describe('normalizeLabel', () => {
  it('composes Vietnamese typed decomposed and trims; absent or blank gives none', () => {
    expect(normalizeLabel(' Mu\u031Bo\u031B\u0300ng Khu\u031Bo\u031Bng\n')).toBe('M\u01B0\u1EDDng Kh\u01B0\u01A1ng');
    expect(normalizeLabel(' \u00A0 ')).toBeNull();
    expect(normalizeLabel(null)).toBeNull();
    expect(normalizeLabel(undefined)).toBeNull();
  });
});
