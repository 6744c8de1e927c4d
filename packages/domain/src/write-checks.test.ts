import { describe, expect, it } from 'vitest';
import type { AdmissionInput } from './admission.ts';
import type { CellInput } from './cell.ts';
import { admissionChecks, cellChecks, grassrootsWarning, WRITE_RULES } from './write-checks.ts';
import { WRITE_WARNING_CODES } from './write-warning.ts';

const body = (field: string) => ['body', field];
const cell = (committee: CellInput['committee'], fullMembers: number | null, committeeFormedOn: string | null = null): CellInput => ({
  name: 'Sả Hồ',
  kind: 'residential',
  committee,
  committeeFormedOn,
  fullMembers,
});
const record = (fields: Partial<AdmissionInput> = {}) => ({
  admitted: 53,
  asOf: '2024-12-31',
  termToDate: { term: '2020-2025', admitted: 93 },
  totalMembers: 454,
  ...fields,
});

describe('cellChecks', () => {
  it('warns, in Vietnamese then English, that a formed committee with 2 full members breaks two rules', () => {
    const { refusals, warnings } = cellChecks(cell('formed', 2), '2024-12-31', body);
    expect(refusals).toEqual([]);
    expect(warnings).toEqual([
      {
        path: ['body', 'fullMembers'],
        code: 'cell_too_small',
        message: 'Chi bộ cần ít nhất 3 đảng viên chính thức; số liệu ghi 2 / A cell needs at least 3 full members; the figures say 2',
      },
      {
        path: ['body', 'committee'],
        code: 'committee_too_small',
        message:
          'Chỉ chi bộ có từ 9 đảng viên chính thức trở lên mới bầu chi ủy; chi bộ này ghi 2 đảng viên chính thức và tình trạng “Thành lập trong nhiệm kỳ” / ' +
          'Only a cell with 9 or more full members elects a cell committee; this one has 2 full members and the status “Thành lập trong nhiệm kỳ”',
      },
    ]);
  });

  it('warns only about the committee for a cell of 3 to 8 full members with one', () => {
    expect(cellChecks(cell('existing', 8), null, body).warnings.map((w) => w.code)).toEqual(['committee_too_small']);
    expect(cellChecks(cell('existing', 3), null, body).warnings.map((w) => w.code)).toEqual(['committee_too_small']);
  });

  it('warns about a cell marked too small for a committee that has 9 full members', () => {
    expect(cellChecks(cell('ineligible', 9), null, body).warnings).toMatchObject([{ code: 'eligible_marked_ineligible', path: ['body', 'committee'] }]);
  });

  it('finds nothing in a cell that fits the Charter, or whose members the source does not give', () => {
    expect(cellChecks(cell('formed', 9, '2023-05-01'), '2024-12-31', body)).toEqual({ refusals: [], warnings: [] });
    expect(cellChecks(cell('ineligible', 8), null, body)).toEqual({ refusals: [], warnings: [] });
    expect(cellChecks(cell('none', 3), null, body)).toEqual({ refusals: [], warnings: [] });
    expect(cellChecks(cell('formed', null), '2024-12-31', body)).toEqual({ refusals: [], warnings: [] });
  });

  it('refuses a committee formed after the census day, and says where', () => {
    expect(cellChecks(cell('formed', null, '2025-01-01'), '2024-12-31', (f) => [f === 'committeeFormedOn' ? 'Ngày thành lập chi ủy' : f]).refusals).toEqual([
      {
        path: ['Ngày thành lập chi ủy'],
        code: 'formed_after_as_of',
        message: 'a committee formed on 2025-01-01 cannot be in the census of 2024-12-31, an earlier day',
      },
    ]);
    expect(cellChecks(cell('formed', null, '2024-12-31'), '2024-12-31', body).refusals).toEqual([]);
  });
});

describe('admissionChecks', () => {
  it('finds nothing in the Mường Khương figures of 2024', () => {
    expect(admissionChecks('2024', record(), body)).toEqual({ refusals: [], warnings: [] });
  });

  it('refuses figures as of a day before the period began', () => {
    expect(admissionChecks('2024', record({ asOf: '2023-12-31' }), body).refusals).toMatchObject([{ path: ['body', 'asOf'], code: 'as_of_before_period' }]);
    expect(admissionChecks('2020-2025', record({ asOf: '2019-12-31', termToDate: null }), body).refusals).toMatchObject([{ code: 'as_of_before_period' }]);
    expect(admissionChecks('2024', record({ asOf: '2024-01-01' }), body).refusals).toEqual([]);
  });

  it('refuses fewer admitted since the start of the term than in a year inside it, or in the term itself', () => {
    const below = (period: string) =>
      admissionChecks(period, record({ termToDate: { term: '2020-2025', admitted: 52 } }), (f) =>
        f === 'termToDateAdmitted' ? ['body', 'termToDate', 'admitted'] : ['body', f],
      );
    expect(below('2024').refusals).toMatchObject([{ path: ['body', 'termToDate', 'admitted'], code: 'term_to_date_below_period' }]);
    expect(below('2020-2025').refusals).toMatchObject([{ code: 'term_to_date_below_period' }]);
  });

  it('accepts it for a first or last year, which the term shares with its neighbours, and for another term', () => {
    const small = { term: '2020-2025', admitted: 10 };
    expect(admissionChecks('2025', record({ asOf: '2025-12-31', termToDate: small }), body).refusals).toEqual([]);
    expect(admissionChecks('2020', record({ asOf: '2020-12-31', termToDate: small }), body).refusals).toEqual([]);
    expect(admissionChecks('2015-2020', record({ termToDate: small }), body).refusals).toEqual([]);
  });

  it('warns when the total membership is below the members admitted', () => {
    expect(admissionChecks('2024', record({ totalMembers: 52 }), body).warnings).toEqual([
      {
        path: ['body', 'totalMembers'],
        code: 'total_below_admitted',
        message:
          'Tổng số đảng viên (52) ít hơn số đảng viên mới kết nạp trong kỳ (53) / Total membership (52) is below the members admitted in the period (53)',
      },
    ]);
  });
});

describe('grassrootsWarning', () => {
  it('warns about a grassroots organisation of fewer than 30 members with cells', () => {
    expect(grassrootsWarning('grassroots', { members: 29, cells: 3 }, ['body', 'kind'])).toMatchObject({
      code: 'grassroots_too_small_for_cells',
      path: ['body', 'kind'],
    });
  });

  it('says nothing at 30 members, without cells, with unknown membership, or above the grassroots level', () => {
    expect(grassrootsWarning('grassroots', { members: 30, cells: 3 }, [])).toBeNull();
    expect(grassrootsWarning('grassroots', { members: 12, cells: 0 }, [])).toBeNull();
    expect(grassrootsWarning('grassroots', { members: null, cells: 3 }, [])).toBeNull();
    expect(grassrootsWarning('district', { members: 12, cells: 3 }, [])).toBeNull();
  });
});

describe('WRITE_RULES', () => {
  it('documents every warning code', () => {
    const documented = new Set(WRITE_RULES.filter((r) => r.outcome === 'warning').map((r) => r.code));
    expect([...documented].sort()).toEqual([...WRITE_WARNING_CODES].sort());
  });
});
