/** The CORS of everything public (the JSON reads, the images, oEmbed): any origin may read it; preflights are cached by browsers for a day. */
import { cors } from 'hono/cors';

/** One middleware for every public route, so the reads, images and oEmbed never disagree on what a page may see. */
export const publicCors = cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'], exposeHeaders: ['ETag'], maxAge: 86_400 });
