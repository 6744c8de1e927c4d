/**
 * GET /oembed?url=…&format=json: the oEmbed answer for an embed page's link (https://oembed.com), so
 * pasting the link into WordPress, Ghost or Drupal embeds it. A `rich` answer whose `html` is only an
 * iframe of the page; 404 for a link that is not one of our embed pages, 501 for XML.
 */
import { EMBED_ELEMENT_SPECS, embedHeight, escapeHtml, isEmbedElement, MIN_EMBED_WIDTH, parseEmbedQuery } from '@chitieu/embed';
import { ApiException } from '../http/api-exception.ts';
import { cacheControlFor, EMBED_CACHE_CONTROL } from '../http/cache-policy.ts';
import { d1Session } from '../http/d1-session.ts';
import { publicCors } from '../http/public-cors.ts';
import { createRouter } from '../http/router.ts';
import { embedFigures } from '../pages/embed-figures.ts';
import { embedPageUrl } from '../pages/embed-page.ts';

/** The answer's fields, as the oEmbed 1.0 spec names them. */
interface OEmbedRich {
  type: 'rich';
  version: '1.0';
  title: string;
  provider_name: string;
  provider_url: string;
  cache_age: number;
  html: string;
  width: number;
  height: number;
}

const NOT_OURS = 'The url is not a Chỉ Tiêu embed page (/embed/party-target-gauge?…, /embed/party-cell-map?… or /embed/party-target-ranking?…) of this site';

function dimension(raw: string | undefined, name: string): number | null {
  if (raw === undefined) return null;
  if (!/^\d{1,5}$/.test(raw) || Number(raw) === 0) throw new ApiException(400, 'bad_request', `${name} must be a whole number of pixels above 0`);
  return Number(raw);
}

export function oembed() {
  return createRouter()
    .use('/oembed', publicCors, d1Session())
    .get('/oembed', async (c) => {
      const format = c.req.query('format') ?? 'json';
      // oEmbed's answer to a format it does not serve is 501 Not Implemented.
      if (format !== 'json') throw new ApiException(501, 'unsupported_media_type', 'Only format=json is served');
      const raw = c.req.query('url');
      if (!raw) throw new ApiException(400, 'bad_request', 'url is required: the address of an embed page');
      const maxWidth = dimension(c.req.query('maxwidth'), 'maxwidth');
      const maxHeight = dimension(c.req.query('maxheight'), 'maxheight');

      const origin = new URL(c.req.url).origin;
      const url = URL.canParse(raw) ? new URL(raw) : null;
      const element = url?.pathname.replace(/^\/embed\//, '') ?? '';
      if (!url || url.origin !== origin || !url.pathname.startsWith('/embed/') || !isEmbedElement(element)) {
        throw new ApiException(404, 'not_found', NOT_OURS);
      }
      const params = parseEmbedQuery(element, url.searchParams);
      if ('error' in params) throw new ApiException(404, 'not_found', `${NOT_OURS}: ${params.error}`);
      const figures = await embedFigures(c, params);
      if ('status' in figures) throw new ApiException(404, 'not_found', `No figures behind ${raw}`);

      const width = Math.max(MIN_EMBED_WIDTH, Math.min(EMBED_ELEMENT_SPECS[element].defaultWidth, maxWidth ?? Infinity));
      const height = Math.min(embedHeight(element, width, figures.kinds, figures.ranking ?? undefined), maxHeight ?? Infinity);
      const src = embedPageUrl(origin, params);
      // No `loading="lazy"`: the consumer knows where the embed sits and we do not; WordPress, the common
      // consumer, makes a post's frames lazy itself except those above the fold, and a lazy frame on the
      // first screen shows its figure later (apps/site/src/embed-codes.ts measures it).
      const body: OEmbedRich = {
        type: 'rich',
        version: '1.0',
        title: figures.title,
        provider_name: 'Chỉ Tiêu',
        provider_url: `${origin}/`,
        cache_age: 3600,
        html: `<iframe src="${escapeHtml(src)}" width="${width}" height="${height}" title="${escapeHtml(figures.title)}" frameborder="0"></iframe>`,
        width,
        height,
      };
      return c.json(body, 200, { 'Cache-Control': cacheControlFor(200, EMBED_CACHE_CONTROL), 'X-Content-Type-Options': 'nosniff' });
    });
}
