import { describe, expect, it } from 'vitest';
import { heightMessages, readHeightMessage, wordPressSecret } from './height-messages.ts';

describe('wordPressSecret', () => {
  it('reads the secret WordPress appends to an embed’s URL', () => {
    expect(wordPressSecret('#?secret=Ab12Cd')).toBe('Ab12Cd');
    expect(wordPressSecret('#?secret=Ab12Cd&other=1')).toBe('Ab12Cd');
  });

  it('is null without one, or for one WordPress itself would ignore', () => {
    expect(wordPressSecret('')).toBeNull();
    expect(wordPressSecret('#section')).toBeNull();
    expect(wordPressSecret('#?secret=a"b')).toBeNull();
    expect(wordPressSecret('#?secret=')).toBeNull();
  });
});

describe('heightMessages', () => {
  it('says the height in our own message, WordPress’s (with its secret) and AMP’s, rounded up', () => {
    expect(heightMessages(369.6, 'Ab12Cd')).toEqual([
      { type: 'chitieu:height', height: 370 },
      { message: 'height', value: 370, secret: 'Ab12Cd' },
      { sentinel: 'amp', type: 'embed-size', height: 370 },
    ]);
  });

  it('leaves WordPress out when the page is not in a WordPress embed', () => {
    expect(heightMessages(344, null).map((m) => ('type' in m ? m.type : m.message))).toEqual(['chitieu:height', 'embed-size']);
  });
});

describe('readHeightMessage', () => {
  it('reads ours and nothing else', () => {
    expect(readHeightMessage({ type: 'chitieu:height', height: 370 })).toBe(370);
    for (const data of [
      null,
      'height',
      { type: 'chitieu:height', height: '370' },
      { type: 'chitieu:height', height: -1 },
      { sentinel: 'amp', type: 'embed-size', height: 1 },
    ]) {
      expect(readHeightMessage(data)).toBeNull();
    }
  });
});
