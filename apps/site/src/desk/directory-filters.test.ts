import type { OrganizationRecord } from '@chitieu/domain';
import { describe, expect, it } from 'vitest';
import { filtersHash, filtersSearch, nestOrganizations, NO_FILTERS, readFilters } from './directory-filters.ts';

function organization(slug: string, parent: string | null): OrganizationRecord {
  return {
    slug,
    name: `Đảng bộ ${slug}`,
    kind: 'grassroots',
    parent,
    validFrom: null,
    validTo: null,
    successors: [],
    newsroom: 'bao-lao-cai',
    revision: 1,
    updatedAt: '2026-12-03T00:00:00.000Z',
  };
}

describe('readFilters and filtersHash', () => {
  it('keep the search and filters in the fragment and read them back', () => {
    const filters = { q: 'mường khương', kind: 'district' as const, parent: 'lao-cai', own: true, status: 'closed' as const };
    const hash = filtersHash(filters);
    expect(hash).toBe('#/?q=m%C6%B0%E1%BB%9Dng+kh%C6%B0%C6%A1ng&kind=district&parent=lao-cai&own=1&status=closed');
    expect(readFilters(hash)).toEqual(filters);
  });

  it('write nothing for no filters, and ignore unknown values', () => {
    expect(filtersHash(NO_FILTERS)).toBe('#/');
    expect(readFilters('#/')).toEqual(NO_FILTERS);
    expect(readFilters('#/?kind=village&status=sleeping&own=yes')).toEqual(NO_FILTERS);
  });
});

describe('filtersSearch', () => {
  it('asks for the newsroom’s own only when so filtered, with the cursor of the next page', () => {
    expect(filtersSearch({ ...NO_FILTERS, q: 'muong', own: true }, 'bao-lao-cai', 'bzE6YQ', 50)).toEqual({
      q: 'muong',
      newsroom: 'bao-lao-cai',
      cursor: 'bzE6YQ',
      limit: 50,
    });
    expect(filtersSearch({ ...NO_FILTERS, kind: 'grassroots', parent: 'lao-cai' }, 'bao-lao-cai', null, 20)).toEqual({
      q: '',
      kind: 'grassroots',
      parent: 'lao-cai',
      limit: 20,
    });
  });
});

describe('nestOrganizations', () => {
  it('puts each organisation under its parent when the list holds it, in the order given', () => {
    const nodes = nestOrganizations([organization('huyen', 'tinh'), organization('tinh', null), organization('xa-a', 'huyen'), organization('xa-b', 'huyen')]);
    expect(nodes.map((node) => node.organization.slug)).toEqual(['tinh']);
    const huyen = nodes[0]!.children[0]!;
    expect(huyen.organization.slug).toBe('huyen');
    expect(huyen.children.map((node) => node.organization.slug)).toEqual(['xa-a', 'xa-b']);
  });

  it('keeps at the top those whose parent the list does not hold', () => {
    expect(nestOrganizations([organization('xa-a', 'huyen'), organization('xa-b', null)]).map((node) => node.organization.slug)).toEqual(['xa-a', 'xa-b']);
  });

  it('shows every organisation once even when parents make a cycle', () => {
    const nodes = nestOrganizations([organization('a', 'b'), organization('b', 'a'), organization('c', 'a')]);
    const slugs = (list: typeof nodes): string[] => list.flatMap((node) => [node.organization.slug, ...slugs([...node.children])]);
    expect(slugs(nodes).sort()).toEqual(['a', 'b', 'c']);
  });
});
