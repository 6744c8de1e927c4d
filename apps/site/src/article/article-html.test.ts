import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderArticle } from './article-html.ts';

const ARTICLE = readFileSync(new URL('../../content/bao-lao-cai-muong-khuong-2024.txt', import.meta.url), 'utf8');
const GAUGE = { after: /kết nạp được 53 đảng viên/, html: '<party-target-gauge></party-target-gauge>' };
const MAP = { after: /thành lập được chi ủy/, html: '<party-cell-map></party-cell-map>' };

describe('renderArticle', () => {
  const article = renderArticle(ARTICLE, [GAUGE, MAP]);

  it('takes the headline once and the first paragraph as the lede', () => {
    expect(article.headline).toBe('Kết quả vượt bậc trong phát triển đảng viên');
    expect(article.lede).toMatch(/^Năm 2024, công tác phát triển đảng viên của Đảng bộ thị trấn Mường Khương/);
    expect(article.bodyHtml).not.toContain(article.headline);
  });

  it('places each element right after the paragraph that gives its figures', () => {
    const [beforeGauge] = article.bodyHtml.split(GAUGE.html);
    expect(beforeGauge!.trim().split('\n').at(-1)).toMatch(/53 đảng viên \(vượt 33 đảng viên/);
    const [beforeMap] = article.bodyHtml.split(MAP.html);
    expect(beforeMap!.trim().split('\n').at(-1)).toMatch(/Na Đẩy, Na Khui, Chúng Chải B, Lao Chải, Sa Pả/);
  });

  it('ends with the article, not the newspaper’s list of related stories', () => {
    expect(article.bodyHtml).toMatch(/khẳng định\.<\/p>$/);
    expect(article.bodyHtml).not.toContain('Có thể bạn quan tâm');
  });

  it('writes the text as text', () => {
    expect(renderArticle('Tiêu đề\n\nMở <b>bài</b>\n\nA & B', []).bodyHtml).toBe('<p>A &amp; B</p>');
  });

  it('refuses to drop an element whose paragraph is gone', () => {
    expect(() => renderArticle(ARTICLE, [{ after: /không có trong bài/, html: '<x></x>' }])).toThrow(/không có trong bài/);
  });
});
