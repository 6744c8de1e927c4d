import { describe, expect, it } from 'vitest';
import { searchText } from './search-text.ts';

describe('searchText', () => {
  it.each([
    ['Đảng bộ thị trấn Mường Khương', 'dang bo thi tran muong khuong'],
    ['muong khuong', 'muong khuong'],
    ['MƯỜNG-KHƯƠNG', 'muong khuong'],
    ['  Chúng   Chải B ', 'chung chai b'],
    ['đĐ', 'dd'],
    ['huyen-muong-khuong', 'huyen muong khuong'],
  ])('folds %j to %j', (input, folded) => expect(searchText(input)).toBe(folded));

  it('folds NFD input as its NFC', () => {
    const name = 'Đảng bộ Sả Hồ';
    expect(searchText(name.normalize('NFD'))).toBe(searchText(name.normalize('NFC')));
  });

  it('is empty for text with no letters or digits', () => {
    expect(searchText(' %_*- ')).toBe('');
  });
});
