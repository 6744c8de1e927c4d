import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderArticle } from './article-html.ts';

const ARTICLE = readFileSync(new URL('../../content/demo-muong-khuong-2024.txt', import.meta.url), 'utf8');
const GAUGE = { after: /Con số 53/, html: '<party-target-gauge></party-target-gauge>' };
const MAP = { after: /bầu được chi ủy/, html: '<party-cell-map></party-cell-map>' };

describe('renderArticle', () => {
  const article = renderArticle(ARTICLE, [GAUGE, MAP]);

  it('takes the headline once and the first paragraph as the lede', () => {
    expect(article.headline).toBe('Mường Khương: 53 đảng viên mới trong năm 2024, gấp hơn hai lần rưỡi chỉ tiêu');
    expect(article.lede).toMatch(/^Đảng bộ thị trấn Mường Khương \(Lào Cai\) khép lại năm 2024/);
    expect(article.bodyHtml).not.toContain(article.headline);
  });

  it('places each element right after the paragraph that gives its figures', () => {
    const [beforeGauge] = article.bodyHtml.split(GAUGE.html);
    expect(beforeGauge!.trim().split('\n').at(-1)).toMatch(/^<p>Con số 53 cao hơn chỉ tiêu năm 33 người/);
    const [beforeMap] = article.bodyHtml.split(MAP.html);
    expect(beforeMap!.trim().split('\n').at(-1)).toMatch(/Na Đẩy, Na Khui, Chúng Chải B, Lao Chải và Sa Pả/);
  });

  it('keeps every paragraph after the lede, through the last', () => {
    expect(article.bodyHtml.match(/<p>/g)).toHaveLength(7);
    expect(article.bodyHtml).toMatch(/đến hết năm 2024\.<\/p>$/);
  });

  it('writes the text as text', () => {
    expect(renderArticle('Tiêu đề\n\nMở <b>bài</b>\n\nA & B', []).bodyHtml).toBe('<p>A &amp; B</p>');
  });

  it('refuses to drop an element whose paragraph is gone', () => {
    expect(() => renderArticle(ARTICLE, [{ after: /không có trong bài/, html: '<x></x>' }])).toThrow(/không có trong bài/);
  });
});
