import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { articleFingerprints, copiedPassages, RUN_WORDS, words } from './own-words.mjs';

// An invented report, standing in for a newspaper article.
const ARTICLE = `Trong năm qua, chi bộ thôn Bản Mới đã tổ chức mười hai buổi sinh hoạt chuyên đề về kinh tế hộ gia đình,
thu hút đông đảo bà con tham gia và góp ý cho kế hoạch năm sau.`;
const prints = new Set(articleFingerprints(ARTICLE));

describe('words', () => {
  it('folds case, punctuation and diacritics, so a copy cannot hide behind them', () => {
    assert.deepEqual(words('Đảng bộ, THỊ TRẤN!'), ['dang', 'bo', 'thi', 'tran']);
    assert.deepEqual(words('Mường Khương'), words('Mu\u0300o\u031Bng Khu\u031Bo\u031Bng'));
  });
});

describe('copiedPassages', () => {
  it('finds a sentence of the article inside other text, at its line', () => {
    const file = `// a fixture\nconst note = 'Chi bộ thôn Bản Mới đã tổ chức mười hai buổi sinh hoạt chuyên đề về kinh tế hộ gia đình';\n`;
    assert.deepEqual(copiedPassages(file, prints), [
      { line: 2, words: 'chi bo thon ban moi da to chuc muoi hai buoi sinh hoat chuyen de ve kinh te ho gia dinh' },
    ]);
  });

  it('finds a copy spread over several lines, with other punctuation and without diacritics', () => {
    const file = 'x\nda to chuc muoi hai buoi\nsinh hoat: chuyen de ve kinh te ho gia dinh.';
    assert.deepEqual(copiedPassages(file, prints), [{ line: 2, words: 'da to chuc muoi hai buoi sinh hoat chuyen de ve kinh te ho gia dinh' }]);
  });

  it(`lets a fact repeat fewer than ${RUN_WORDS} words of the article`, () => {
    const eleven = 'chi bộ thôn Bản Mới đã tổ chức mười hai buổi';
    assert.equal(words(eleven).length, RUN_WORDS - 1);
    assert.deepEqual(copiedPassages(`Năm nay ${eleven} họp mặt.`, prints), []);
  });

  it('finds nothing in our own sentence on the same facts', () => {
    assert.deepEqual(copiedPassages('Bản Mới họp 12 lần trong năm về cách làm kinh tế của các hộ; nhiều người dân đến dự và góp ý.', prints), []);
  });
});

describe('articleFingerprints', () => {
  it('keeps one hash per run of words, and no text', () => {
    const all = articleFingerprints(ARTICLE);
    assert.equal(all.length, words(ARTICLE).length - RUN_WORDS + 1);
    assert.ok(all.every((print) => /^[0-9a-f]{16}$/.test(print)));
  });
});
