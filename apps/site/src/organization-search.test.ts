import { describe, expect, it } from 'vitest';
import { searchable, searchQuery } from './organization-search.ts';

describe('searchQuery', () => {
  it('writes the given fields and a page size, leaving out an empty search', () => {
    expect(searchQuery({ q: ' muong khuong ', kind: 'grassroots', limit: 20 })).toBe('q=muong+khuong&kind=grassroots&limit=20');
    expect(searchQuery({ q: '   ' })).toBe('limit=50');
    expect(searchQuery({ newsroom: 'bao-lao-cai', status: 'closed', cursor: 'bzE6YQ' })).toBe('newsroom=bao-lao-cai&status=closed&cursor=bzE6YQ&limit=50');
  });

  it('keeps an empty parent, which asks for the organisations under none', () => {
    expect(searchQuery({ parent: '' })).toBe('parent=&limit=50');
  });

  it('sends Vietnamese as typed (the API folds it)', () => {
    expect(new URLSearchParams(searchQuery({ q: 'Mường Khương' })).get('q')).toBe('Mường Khương');
  });
});

describe('searchable', () => {
  it('needs a letter or a digit, in any script', () => {
    expect(searchable('Đ')).toBe(true);
    expect(searchable('2024')).toBe(true);
    expect(searchable(' -- ')).toBe(false);
    expect(searchable('')).toBe(false);
  });
});
