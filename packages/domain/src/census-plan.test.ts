import { assert, describe, expect, it } from 'vitest';
import type { CellInput } from './cell.ts';
import { planCensusWrite, type CensusContext, type CensusState } from './census-plan.ts';
import type { Source } from './source.ts';

const A: Source = { publisher: 'Báo A', title: null, url: null, publishedOn: null };
const B: Source = { publisher: 'Báo B', title: null, url: null, publishedOn: null };
const cell = (committee: CellInput['committee'], name: string | null = null): CellInput => ({
  name,
  kind: 'residential',
  committee,
  committeeFormedOn: null,
  fullMembers: null,
});

function census(asOf: string, revision: number, cells: Record<string, CellInput>, options: { term?: string | null; deleted?: string[] } = {}): CensusState {
  const map = new Map(Object.entries(cells).map(([slug, c]) => [slug, { cell: c, deleted: options.deleted?.includes(slug) ?? false }]));
  return { id: revision, asOf, term: options.term === undefined ? '2020-2025' : options.term, revision, sources: [A], cells: map };
}

const CURRENT = census('2024-12-31', 3, { 'na-day': cell('formed'), 'sa-ho': cell('none') }, { deleted: [] });

describe('planCensusWrite', () => {
  it('changes the census of the day in place, as the organisation’s next revision', () => {
    const context: CensusContext = { maxRevision: 5, target: CURRENT, previous: null };
    const result = planCensusWrite(context, { asOf: '2024-12-31', term: undefined, sources: [], changes: [{ slug: 'sa-ho', cell: cell('formed') }] });
    expect(result).toMatchObject({ ok: true, plan: { createsCensus: false, base: CURRENT, revision: 6, sourcesToAdd: [] } });
    assert(result.ok);
    expect([...result.plan.outcomes]).toEqual([['sa-ho', 'updated']]);
  });

  it('plans nothing for a cell sent as it is, with sources the census cites already', () => {
    const context: CensusContext = { maxRevision: 3, target: CURRENT, previous: null };
    const result = planCensusWrite(context, { asOf: '2024-12-31', term: '2020-2025', sources: [A], changes: [{ slug: 'na-day', cell: cell('formed') }] });
    expect(result).toMatchObject({ ok: true, plan: { revision: null } });
  });

  it('adds only the sources the census does not cite yet', () => {
    const context: CensusContext = { maxRevision: 3, target: CURRENT, previous: null };
    const result = planCensusWrite(context, { asOf: '2024-12-31', term: undefined, sources: [A, B, B], changes: [{ slug: 'na-day', cell: cell('formed') }] });
    expect(result).toMatchObject({ ok: true, plan: { sourcesToAdd: [B], revision: 4 } });
  });

  it('counts a deleted cell written again as created, and deleting it again as nothing', () => {
    const withDeleted = census('2024-12-31', 3, { 'na-day': cell('formed') }, { deleted: ['na-day'] });
    const context: CensusContext = { maxRevision: 3, target: withDeleted, previous: null };
    const put = planCensusWrite(context, { asOf: '2024-12-31', term: undefined, sources: [], changes: [{ slug: 'na-day', cell: cell('formed') }] });
    const del = planCensusWrite(context, { asOf: '2024-12-31', term: undefined, sources: [], changes: [{ slug: 'na-day', delete: true }] });
    expect(put.ok && put.plan.outcomes.get('na-day')).toBe('created');
    expect(del.ok && del.plan.revision).toBeNull();
  });

  it('starts a new day’s census from the one before it, for the same term, and needs sources for it', () => {
    const context: CensusContext = { maxRevision: 3, target: null, previous: CURRENT };
    const result = planCensusWrite(context, { asOf: '2025-06-30', term: undefined, sources: [B], changes: [{ slug: 'sa-ho', cell: cell('formed') }] });
    expect(result).toMatchObject({
      ok: true,
      plan: { createsCensus: true, copiesBase: true, base: CURRENT, term: '2020-2025', sourcesToAdd: [B], revision: 4 },
    });
    assert(result.ok);
    expect(result.plan.outcomes.get('sa-ho')).toBe('updated');
    const sourceless = planCensusWrite(context, { asOf: '2025-06-30', term: undefined, sources: [], changes: [] });
    expect(sourceless).toMatchObject({ ok: false, issues: [{ path: ['sources'], code: 'census_needs_sources' }] });
  });

  it('starts a census of another term empty', () => {
    const context: CensusContext = { maxRevision: 3, target: null, previous: CURRENT };
    const result = planCensusWrite(context, { asOf: '2025-10-01', term: '2025-2030', sources: [B], changes: [{ slug: 'sa-ho', cell: cell('none') }] });
    expect(result).toMatchObject({ ok: true, plan: { copiesBase: false, term: '2025-2030', sourcesToAdd: [B] } });
    assert(result.ok);
    expect(result.plan.outcomes.get('sa-ho')).toBe('created');
  });

  it('refuses another term for an existing census', () => {
    const context: CensusContext = { maxRevision: 3, target: CURRENT, previous: null };
    expect(planCensusWrite(context, { asOf: '2024-12-31', term: '2025-2030', sources: [], changes: [] })).toMatchObject({
      ok: false,
      issues: [{ path: ['term'], code: 'census_term_differs' }],
    });
  });

  it('starts an organisation’s first census at revision 1', () => {
    const context: CensusContext = { maxRevision: null, target: null, previous: null };
    const result = planCensusWrite(context, { asOf: '2024-12-31', term: undefined, sources: [A], changes: [{ slug: 'na-day', cell: cell('formed') }] });
    expect(result).toMatchObject({ ok: true, plan: { base: null, term: null, revision: 1 } });
  });
});
