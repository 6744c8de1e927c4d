import { describe, expect, it } from 'vitest';
import { escapeXml } from './escape-xml.ts';

describe('escapeXml', () => {
  it('escapes the five characters markup is made of', () => {
    expect(escapeXml(`<script>alert("x" & 'y')</script>`)).toBe('&lt;script&gt;alert(&quot;x&quot; &amp; &apos;y&apos;)&lt;/script&gt;');
  });

  it('keeps Vietnamese text, no-break spaces and typographic quotes as they are', () => {
    expect(escapeXml('Đạt 265\u00a0% “vượt bậc”')).toBe('Đạt 265\u00a0% “vượt bậc”');
  });

  it('drops control characters and lone surrogates that XML cannot carry, keeps emoji pairs', () => {
    expect(escapeXml('A\u0000B\u0007C\u001FD\uD800E\uDC00F😀')).toBe('ABCDEF😀');
  });

  it('keeps tabs and newlines, which XML allows', () => {
    expect(escapeXml('a\tb\nc')).toBe('a\tb\nc');
  });
});
