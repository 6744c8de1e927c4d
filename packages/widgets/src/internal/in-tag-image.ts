// Which image the embed code holds in the element's tag, found the same way by the hosted loader
// (embed.ts, which then draws none of its own) and by the element's base (chitieu-element.ts, which
// shows it while the code loads): never two images, never none found.

/**
 * The embed code's own image of the figure (the builder writes an `<img>` of the render Worker's SVG
 * inside the tag), wherever it is in the tag: a CMS may wrap it in a `<p>`, a `<figure>`, a
 * `<picture>` or a link. The first image the element holds; null for a text-only code.
 */
export const inTagImage = (el: Element): HTMLImageElement | null => el.querySelector('img');
