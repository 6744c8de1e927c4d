// Bytes of JavaScript as a browser receives them compressed. Payloads are compressed at the strongest
// settings (gzip -9, brotli 11), as a CDN's static compression would; the Worker's size is gzipped the
// way wrangler reports it (zlib's default level over the concatenated modules).
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface CompressedSize {
  readonly raw: number;
  readonly gzip: number;
  readonly brotli: number;
}

/** gzip -9 byte count. */
export function gzipBytes(data: Uint8Array | string): number {
  return gzipSync(data, { level: 9 }).byteLength;
}

/** brotli quality 11 (text mode) byte count. */
export function brotliBytes(data: Uint8Array | string): number {
  return brotliCompressSync(data, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT },
  }).byteLength;
}

/** Raw, gzip and brotli bytes of one file's content. */
export function compressedSize(data: Uint8Array | string): CompressedSize {
  const raw = typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
  return { raw, gzip: gzipBytes(data), brotli: brotliBytes(data) };
}

/**
 * What a page downloads for several files, each compressed on its own (as each is its own HTTP
 * response): the sums of the per-file figures.
 */
export function totalCompressedSize(files: ReadonlyArray<Uint8Array | string>): CompressedSize {
  return files.map(compressedSize).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });
}

/**
 * Gzip size of a Worker's modules as `wrangler deploy` prints it ("Total Upload: … / gzip: …"):
 * the modules concatenated, source maps left out, zlib's default level.
 */
export function workerGzipBytes(modules: ReadonlyArray<Uint8Array>): number {
  return gzipSync(Buffer.concat(modules)).byteLength;
}
