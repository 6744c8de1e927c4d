// What the image tests need to know of a PNG: that it is one, whole (every chunk's CRC right, IEND
// last), and the size its IHDR declares.

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

/** @throws {Error} when the bytes are not a complete, uncorrupted PNG. */
export function pngHeader(png: Uint8Array): { width: number; height: number; chunks: string[] } {
  if (!SIGNATURE.every((byte, i) => png[i] === byte)) throw new Error('no PNG signature');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: string[] = [];
  let offset = 8;
  while (offset < png.length) {
    const length = view.getUint32(offset);
    const typeAndData = png.subarray(offset + 4, offset + 8 + length);
    const type = String.fromCharCode(...typeAndData.subarray(0, 4));
    if (crc32(typeAndData) !== view.getUint32(offset + 8 + length)) throw new Error(`bad CRC in ${type}`);
    chunks.push(type);
    offset += 12 + length;
  }
  if (chunks[0] !== 'IHDR' || chunks.at(-1) !== 'IEND' || !chunks.includes('IDAT')) throw new Error(`chunks out of order: ${chunks.join(' ')}`);
  return { width: view.getUint32(16), height: view.getUint32(20), chunks };
}
