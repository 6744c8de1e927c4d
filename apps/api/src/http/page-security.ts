/**
 * Security headers of the pages people open (/, /builder) and of the iframe embed pages (/embed/*):
 * a Content Security Policy with no inline script or style, and framing allowed only for embeds.
 */

/** Where a page may be shown: nowhere but its own tab, or inside any site's iframe. */
export type Framing = 'none' | 'anyone';

/**
 * The page's Content Security Policy. Scripts, styles, images and API reads come from this origin
 * only; no 'unsafe-inline' or 'unsafe-eval' anywhere (the elements style themselves with constructed
 * stylesheets, the pages set styles through the CSSOM).
 */
export function pageCsp(framing: Framing): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${framing === 'anyone' ? '*' : "'none'"}`,
  ].join('; ');
}

/**
 * The data desk's policy: the pages' policy, plus its live previews (the embed pages of this origin
 * in iframes) and Web Awesome's built-in icons, which it reads from `data:` URLs. Still no inline
 * script or style.
 */
export function deskCsp(): string {
  return pageCsp('none')
    .replace("connect-src 'self'", "connect-src 'self' data:")
    .replace("img-src 'self'", "img-src 'self' data:")
    .concat("; frame-src 'self'");
}

/** Every security header of a page. */
export function pageHeaders(framing: Framing): Record<string, string> {
  return {
    'Content-Security-Policy': pageCsp(framing),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    // For browsers that predate frame-ancestors; an embed page sends none, so it may be framed.
    ...(framing === 'none' ? { 'X-Frame-Options': 'DENY' } : {}),
  };
}
