/** SVG to pixels and PNG with resvg (WebAssembly) and the bundled DejaVu Sans; knows nothing of HTTP. */
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import resvgWasm from '@resvg/resvg-wasm/index_bg.wasm';
import dejaVuSansBold from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf';
import dejaVuSans from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf';
import { MAX_PIXELS, MAX_WIDTH } from './limits.ts';
import { RenderError } from './render-error.ts';

/**
 * DejaVu Sans, Book and Bold: every Vietnamese letter (ắ ặ ề ệ ổ ờ ợ ữ ự Đ…) in one file per weight.
 * resvg 2.6 does not fall back between faces of one family, so Be Vietnam Pro's separate latin and
 * vietnamese subsets would lose letters; DejaVu needs no fallback.
 */
const FONTS = [new Uint8Array(dejaVuSans), new Uint8Array(dejaVuSansBold)];
const FAMILY = 'DejaVu Sans';

let ready: Promise<void> | undefined;

/** Instantiates the wasm once per isolate; a failed start is retried by the next request. */
function start(): Promise<void> {
  ready ??= initWasm(resvgWasm).catch((error: unknown) => {
    ready = undefined;
    throw error;
  });
  return ready;
}

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, row by row. */
  rgba: Uint8Array;
}

type Output<T> = (image: { width: number; height: number; pixels: Uint8Array; asPng(): Uint8Array }) => T;

async function render<T>(svg: string, width: number | undefined, output: Output<T>): Promise<T> {
  if (width !== undefined && (!Number.isInteger(width) || width < 1 || width > MAX_WIDTH)) {
    throw new RenderError(400, 'bad_request', `width must be a whole number of px from 1 to ${MAX_WIDTH}`);
  }
  // Entity declarations can expand a small file into gigabytes; our SVG never has a DTD.
  if (/<!DOCTYPE|<!ENTITY/i.test(svg)) throw new RenderError(400, 'bad_request', 'SVG with a DOCTYPE or entities is not accepted');
  await start();
  let resvg: InstanceType<typeof Resvg>;
  try {
    resvg = new Resvg(svg, {
      fitTo: width === undefined ? { mode: 'original' } : { mode: 'width', value: width },
      font: { fontBuffers: FONTS, loadSystemFonts: false, defaultFontFamily: FAMILY, sansSerifFamily: FAMILY, serifFamily: FAMILY, monospaceFamily: FAMILY },
      shapeRendering: 2,
      textRendering: 1,
    });
  } catch (error) {
    throw new RenderError(400, 'bad_request', `Not an SVG the renderer can read: ${String(error).slice(0, 200)}`);
  }
  try {
    const outWidth = width ?? Math.ceil(resvg.width);
    const outHeight = Math.ceil((resvg.height * outWidth) / resvg.width);
    if (!(outWidth >= 1 && outHeight >= 1)) throw new RenderError(400, 'bad_request', 'The SVG has no size');
    if (outWidth > MAX_WIDTH || outWidth * outHeight > MAX_PIXELS) {
      throw new RenderError(413, 'payload_too_large', `A ${outWidth} × ${outHeight} px image is more than ${MAX_PIXELS} pixels or ${MAX_WIDTH} px wide`);
    }
    const image = resvg.render();
    try {
      return output(image);
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
}

/**
 * Renders an SVG document to PNG bytes, `width` px wide (height in proportion), or at its own size.
 *
 * @throws {RenderError} 400 for unreadable SVG or a bad width, 413 for an image over MAX_PIXELS.
 * @example const png = await rasterise('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>', 20);
 */
export function rasterise(svg: string, width?: number): Promise<Uint8Array> {
  return render(svg, width, (image) => image.asPng());
}

/** Like rasterise(), but the raw RGBA pixels: for checking what was drawn. */
export function rasterisePixels(svg: string, width?: number): Promise<Pixels> {
  return render(svg, width, (image) => ({ width: image.width, height: image.height, rgba: image.pixels.slice() }));
}
