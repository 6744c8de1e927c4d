/**
 * GET /embed/{element}?org=…: the iframe embed, a minimal page holding the element with the same
 * parameters as the tag, for CMSs that take only an iframe or a link (oEmbed). Any site may frame it;
 * its fallback for readers without JavaScript is rendered here from the same reads and words.
 */
import { resolveLang } from '@chitieu/domain';
import { EMBED_ELEMENT_SPECS, EMBED_ELEMENTS, embedHeightSteps, imageQuery, parseEmbedQuery, type EmbedParams } from '@chitieu/embed';
import type { Context } from 'hono';
import type { AppEnv } from '../http/app-env.ts';
import { cacheControlFor, EMBED_CACHE_CONTROL } from '../http/cache-policy.ts';
import { d1Session } from '../http/d1-session.ts';
import { createRouter } from '../http/router.ts';
import { pageHeaders } from '../http/page-security.ts';
import { renderImage } from '../http/render-image.ts';
import { strongEtag } from '../http/strong-etag.ts';
import { embedFigures } from '../pages/embed-figures.ts';
import { drawnStyle, renderEmbedPage, renderEmbedProblem, styleSource } from '../pages/embed-page.ts';
import { parseImageQuery } from './embed-image-query.ts';

/** `style`: the source of the page's one inline style (a page that arrives with its figure drawn, embed-page.ts), if it has one. */
function htmlHeaders(status: number, style?: string): Record<string, string> {
  const headers = pageHeaders('anyone');
  if (style !== undefined) headers['Content-Security-Policy'] = headers['Content-Security-Policy']!.replace("style-src 'self'", `style-src 'self' ${style}`);
  return { ...headers, 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': cacheControlFor(status, EMBED_CACHE_CONTROL) };
}

/**
 * The figure drawn as the `.svg` image draws it (the render Worker, the same read), so the page shows it
 * at its first paint, before any script; null when the renderer cannot draw it now (the element still will).
 */
async function drawnFigure(c: Context<AppEnv>, params: EmbedParams, read: unknown): Promise<string | null> {
  try {
    const query = parseImageQuery(params.element, 'svg', imageQuery(params, EMBED_ELEMENT_SPECS[params.element].imageWidth));
    return new TextDecoder().decode(await renderImage(c.env.RENDER, { ...query, format: 'svg', read: JSON.stringify(read) }));
  } catch (error) {
    console.warn('embed page without a drawn figure', error);
    return null;
  }
}

/** Routes for every element, rendered from the same read as the element's JSON. */
export function embedPages() {
  const router = createRouter();
  for (const element of EMBED_ELEMENTS) {
    // A strong ETag, so a reader whose copy is past its minute (a second article with the same frame)
    // revalidates it for a 304 instead of downloading the page and its drawn figure again.
    router.use(`/embed/${element}`, strongEtag(), d1Session());
    router.get(`/embed/${element}`, async (c) => {
      const url = new URL(c.req.url);
      const params = parseEmbedQuery(element, url.searchParams);
      if ('error' in params) {
        const lang = resolveLang(url.searchParams.get('lang'));
        const text = lang === 'vi' ? `Mã nhúng chưa đúng: ${params.error}` : `The embed code is not right: ${params.error}`;
        return c.html(renderEmbedProblem(lang, text), 400, htmlHeaders(400));
      }
      const figures = await embedFigures(c, params);
      if ('status' in figures) return c.html(renderEmbedProblem(params.lang, figures.text), figures.status, htmlHeaders(figures.status));
      const figure = await drawnFigure(c, params, figures.read.figures);
      // The heights its oEmbed answer and the builder's code give the frame, for these figures.
      const style = drawnStyle(embedHeightSteps(element, figures.kinds, figures.ranking ?? undefined));
      const html = renderEmbedPage({
        origin: url.origin,
        params,
        title: figures.title,
        summary: figures.summary,
        imageWidth: EMBED_ELEMENT_SPECS[element].imageWidth,
        figure,
        style,
      });
      return c.html(html, 200, htmlHeaders(200, figure ? await styleSource(style) : undefined));
    });
  }
  return router;
}
