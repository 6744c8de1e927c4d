import { describe, expect, it } from 'vitest';
import { RANKING_MESSAGE_KEYS, rankingMessage } from './ranking-messages.ts';

describe('rankingMessage', () => {
  it('has every string in Vietnamese and English, in NFC', () => {
    for (const key of RANKING_MESSAGE_KEYS) {
      for (const lang of ['vi', 'en'] as const) {
        const text = rankingMessage(lang, key, { count: 2 });
        expect(text, `${key} ${lang}`).not.toBe('');
        expect(text.normalize('NFC')).toBe(text);
      }
    }
  });

  it('fills params and plurals as message does', () => {
    expect(rankingMessage('en', 'ranking.rows', { count: 1 })).toBe('1 subordinate organisation');
    expect(rankingMessage('vi', 'ranking.until', { date: '30/06/2025' })).toBe('đến 30/06/2025');
  });
});
