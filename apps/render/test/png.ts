// Decodes the PNGs the renderer writes (8-bit RGBA, non-interlaced) with web APIs only, so tests can
// look at the pixels a reader gets: every chunk's CRC checked, IDAT inflated, scanlines unfiltered.

export interface DecodedPng {
  width: number;
  height: number;
  rgba: Uint8Array;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

async function inflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** @throws {Error} for anything but a valid 8-bit RGBA PNG. */
export async function decodePng(png: Uint8Array): Promise<DecodedPng> {
  if (!SIGNATURE.every((byte, i) => png[i] === byte)) throw new Error('no PNG signature');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let offset = 8;
  let header: { width: number; height: number } | null = null;
  const idat: Uint8Array[] = [];
  let ended = false;
  while (offset < png.length && !ended) {
    const length = view.getUint32(offset);
    const typeAndData = png.subarray(offset + 4, offset + 8 + length);
    const type = String.fromCharCode(...typeAndData.subarray(0, 4));
    if (crc32(typeAndData) !== view.getUint32(offset + 8 + length)) throw new Error(`bad CRC in ${type}`);
    const data = typeAndData.subarray(4);
    if (type === 'IHDR') {
      const [depth, colour, interlace] = [data[8], data[9], data[12]];
      if (depth !== 8 || colour !== 6 || interlace !== 0) throw new Error(`unsupported PNG: depth ${depth}, colour ${colour}`);
      header = { width: view.getUint32(offset + 8), height: view.getUint32(offset + 12) };
    } else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') ended = true;
    offset += 12 + length;
  }
  if (!header || !ended || idat.length === 0) throw new Error('missing IHDR, IDAT or IEND');
  const raw = await inflate(new Uint8Array(await new Blob(idat).arrayBuffer()));
  const stride = header.width * 4;
  if (raw.length !== header.height * (stride + 1)) throw new Error('image data does not match the declared size');
  const rgba = new Uint8Array(header.height * stride);
  for (let y = 0; y < header.height; y++) {
    const filter = raw[y * (stride + 1)] ?? 0;
    if (filter > 4) throw new Error(`unknown filter ${filter}`);
    const input = y * (stride + 1) + 1;
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= 4 ? rgba[row + x - 4]! : 0;
      const b = y > 0 ? rgba[row - stride + x]! : 0;
      const c = x >= 4 && y > 0 ? rgba[row - stride + x - 4]! : 0;
      const predictor = filter === 0 ? 0 : filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : paeth(a, b, c);
      rgba[row + x] = (raw[input + x]! + predictor) & 0xff;
    }
  }
  return { ...header, rgba };
}

/** Number of distinct RGBA colours: a blank image has one. */
export function colourCount(image: DecodedPng): number {
  const colours = new Set<number>();
  const view = new DataView(image.rgba.buffer, image.rgba.byteOffset, image.rgba.byteLength);
  for (let i = 0; i < image.rgba.length; i += 4) colours.add(view.getUint32(i));
  return colours.size;
}
