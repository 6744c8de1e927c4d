import { describe, expect, it } from 'vitest';
import { CELL_KINDS, COMMITTEE_STATUSES } from './cell.ts';
import { LANGS } from './locale.ts';
import { cellDisplayName, cellKindLabel, committeeStatusLabel } from './map-messages.ts';
import { MESSAGE_KEYS, message } from './messages.ts';
import { messagesOf } from './template.ts';

describe('message', () => {
  it('has a non-empty Vietnamese and English text for every key, in NFC', () => {
    for (const key of MESSAGE_KEYS) {
      for (const lang of LANGS) {
        const text = message(lang, key, { count: 2 });
        expect(text.length, `${lang} ${key}`).toBeGreaterThan(0);
        expect(text.normalize('NFC')).toBe(text);
      }
    }
  });

  it('gives the loading, error and empty states', () => {
    expect(message('vi', 'state.loading')).toBe('Đang tải số liệu…');
    expect(message('vi', 'state.error')).toBe('Không tải được số liệu');
    expect(message('vi', 'state.empty')).toBe('Chưa có số liệu');
    expect(message('en', 'state.loading')).toBe('Loading figures…');
  });

  it('gives the figure labels in both languages', () => {
    const pairs = [
      ['label.unknown', 'Không rõ', 'Unknown'],
      ['label.source', 'Nguồn', 'Source'],
      ['label.updated', 'Cập nhật', 'Updated'],
      ['label.target', 'Chỉ tiêu', 'Target'],
      ['label.admitted', 'Đã kết nạp', 'Admitted'],
    ] as const;
    for (const [key, vi, en] of pairs) {
      expect(message('vi', key)).toBe(vi);
      expect(message('en', key)).toBe(en);
    }
  });

  it('says in both languages that an organisation closed, and who took over or that the source names no one', () => {
    expect(message('vi', 'org.closed', { date: '30/06/2025' })).toBe('Tổ chức này đã kết thúc hoạt động ngày 30/06/2025');
    expect(message('en', 'org.closed', { date: '30 Jun 2025' })).toBe('This organisation ceased to exist on 30 Jun 2025');
    expect(message('vi', 'org.successors', { names: 'Đảng bộ xã Mường Khương' })).toBe('được kế tục bởi Đảng bộ xã Mường Khương');
    expect(message('en', 'org.successors', { names: 'Mường Khương commune' })).toBe('succeeded by Mường Khương commune');
    expect(message('vi', 'org.noSuccessor')).toBe('nguồn không nêu tổ chức kế tục');
    expect(message('en', 'org.noSuccessor')).toBe('the source names no successor');
  });

  it('keeps the as-of date and the update date apart', () => {
    expect(message('vi', 'label.asOf', { date: '31/12/2024' })).toBe('Số liệu đến ngày 31/12/2024');
    expect(message('vi', 'label.updatedOn', { date: '15/07/2025' })).toBe('Cập nhật 15/07/2025');
    expect(message('en', 'label.updatedOn', { date: '15 Jul 2025' })).toBe('Updated 15 Jul 2025');
  });

  it('writes number params with the language separators', () => {
    expect(message('vi', 'label.members', { count: 1783 })).toBe('1.783 đảng viên');
    expect(message('en', 'label.members', { count: 1783 })).toBe('1,783 members');
  });

  it('picks the English singular for a count of one', () => {
    expect(message('en', 'cell.count', { count: 1 })).toBe('1 cell');
    expect(message('en', 'cell.count', { count: 25 })).toBe('25 cells');
    expect(message('vi', 'cell.count', { count: 1 })).toBe('1 chi bộ');
  });

  it('leaves a placeholder visible when its param is missing', () => {
    expect(message('vi', 'label.asOf')).toBe('Số liệu đến ngày {date}');
  });
});

describe('messagesOf', () => {
  it("reads its own table's template in the language and fills it as message does", () => {
    const own = messagesOf({ 'x.count': { vi: '{count} chi bộ ở {place}', en: { one: '{count} cell in {place}', other: '{count} cells in {place}' } } });
    expect(own('vi', 'x.count', { count: 1783, place: 'Lào Cai' })).toBe('1.783 chi bộ ở Lào Cai');
    expect(own('en', 'x.count', { count: 1, place: 'Lào Cai' })).toBe('1 cell in Lào Cai');
    expect(own('en', 'x.count', { count: 1783 })).toBe('1,783 cells in {place}');
  });
});

describe('committeeStatusLabel', () => {
  it('names every status in Vietnamese as the newsroom writes it', () => {
    expect(COMMITTEE_STATUSES.map((s) => committeeStatusLabel(s, 'vi'))).toEqual([
      'Có chi ủy từ đầu nhiệm kỳ',
      'Thành lập trong nhiệm kỳ',
      'Chưa có chi ủy',
      'Không đủ điều kiện lập chi ủy',
      'Không rõ',
    ]);
  });

  it('gives every status a distinct English label', () => {
    const labels = COMMITTEE_STATUSES.map((s) => committeeStatusLabel(s, 'en'));
    expect(new Set(labels).size).toBe(COMMITTEE_STATUSES.length);
    expect(committeeStatusLabel('unknown', 'en')).toBe('Unknown');
  });
});

describe('cellKindLabel', () => {
  it('names the kinds of the Mường Khương article', () => {
    expect(cellKindLabel('residential', 'vi')).toBe('Chi bộ tổ dân phố');
    expect(cellKindLabel('residential', 'en')).toBe('Residential-group cell');
    expect(cellKindLabel('agencyOrSchool', 'vi')).toBe('Chi bộ cơ quan, trường học');
    expect(cellKindLabel('agencyOrSchool', 'en')).toBe('Agency or school cell');
  });

  it('gives every kind a distinct label in each language', () => {
    for (const lang of LANGS) {
      expect(new Set(CELL_KINDS.map((k) => cellKindLabel(k, lang))).size).toBe(CELL_KINDS.length);
    }
  });
});

describe('cellDisplayName', () => {
  it('shows the name the source gives, in NFC', () => {
    expect(cellDisplayName({ name: 'Na Đẩy', kind: 'residential' }, 'vi')).toBe('Na Đẩy');
    expect(cellDisplayName({ name: 'Sả Hồ'.normalize('NFD'), kind: 'residential' }, 'en')).toBe('Sả Hồ');
  });

  it('marks an unnamed cell as such instead of inventing a name', () => {
    expect(cellDisplayName({ name: null, kind: 'residential' }, 'vi')).toBe('Chi bộ tổ dân phố (chưa rõ tên)');
    expect(cellDisplayName({ name: null, kind: 'residential' }, 'en')).toBe('Residential-group cell (name not given)');
  });

  it('numbers unnamed cells when given an ordinal', () => {
    expect(cellDisplayName({ name: null, kind: 'residential' }, 'vi', 3)).toBe('Chi bộ tổ dân phố (chưa rõ tên 3)');
    expect(cellDisplayName({ name: null, kind: 'agencyOrSchool' }, 'en', 3)).toBe('Agency or school cell (name not given, no. 3)');
  });

  it('treats a blank name as unnamed', () => {
    expect(cellDisplayName({ name: '  ', kind: 'school' }, 'vi')).toBe('Chi bộ trường học (chưa rõ tên)');
  });
});
