// The demo article's body as HTML, from its plain text (content/*.txt, our own text on the figures
// Báo Lào Cai reported) with the live elements placed after the paragraphs that talk about their
// figures. Runs at build time; knows nothing of the DOM.
import { escapeHtml } from '@chitieu/embed';

/** An element to place after the first paragraph that `after` matches. */
export interface ArticleEmbed {
  readonly after: RegExp;
  /** Trusted markup (our own), inserted as is. */
  readonly html: string;
}

export interface Article {
  readonly headline: string;
  readonly lede: string;
  /** The paragraphs after the lede, as `<p>` elements, with the embeds in place. */
  readonly bodyHtml: string;
}

/**
 * Splits the article into headline, lede and body, and places each embed after its paragraph.
 *
 * @throws {Error} when an embed's paragraph is not in the text, so an edit of the article cannot
 *   silently drop an element.
 */
export function renderArticle(text: string, embeds: readonly ArticleEmbed[]): Article {
  const blocks = text
    .normalize('NFC')
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const [headline, lede, ...body] = blocks;
  if (headline === undefined) throw new Error('the article is empty');
  if (lede === undefined) throw new Error('the article has no text under its headline');
  const placed = new Set<ArticleEmbed>();
  const html = body.map((paragraph) => {
    const after = embeds.filter((embed) => !placed.has(embed) && embed.after.test(paragraph));
    for (const embed of after) placed.add(embed);
    return [`<p>${escapeHtml(paragraph)}</p>`, ...after.map((embed) => embed.html)].join('\n');
  });
  const missing = embeds.filter((embed) => !placed.has(embed));
  if (missing.length > 0) throw new Error(`no paragraph of the article matches ${missing.map((embed) => embed.after).join(', ')}`);
  return { headline, lede, bodyHtml: html.join('\n') };
}
