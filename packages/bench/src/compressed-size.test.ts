import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { brotliBytes, compressedSize, gzipBytes, totalCompressedSize, workerGzipBytes } from './compressed-size.ts';

const SCRIPT = 'export function gauge(value){return `<svg viewBox="0 0 200 110">${value}</svg>`}\n'.repeat(40);

describe('compressedSize', () => {
  it('counts raw bytes as UTF-8, not UTF-16 code units', () => {
    expect(compressedSize('vượt').raw).toBe(Buffer.byteLength('vượt'));
    expect(compressedSize('vượt').raw).toBeGreaterThan('vượt'.length);
  });

  it('counts the bytes of real gzip and brotli streams that decode back to the input', () => {
    const size = compressedSize(SCRIPT);
    expect(size.raw).toBe(SCRIPT.length);
    expect(size.gzip).toBe(gzipBytes(SCRIPT));
    expect(size.brotli).toBe(brotliBytes(SCRIPT));
    expect(size.gzip).toBeLessThan(size.raw);
    expect(size.brotli).toBeLessThan(size.gzip);
  });

  it('is the same for a string and its bytes', () => {
    expect(compressedSize(Buffer.from(SCRIPT))).toEqual(compressedSize(SCRIPT));
  });
});

describe('totalCompressedSize', () => {
  it('compresses each file on its own, as separate responses are', () => {
    const total = totalCompressedSize([SCRIPT, SCRIPT]);
    expect(total.gzip).toBe(2 * gzipBytes(SCRIPT));
    expect(total.gzip).toBeGreaterThan(gzipBytes(SCRIPT + SCRIPT));
  });

  it('is zero for no files', () => {
    expect(totalCompressedSize([])).toEqual({ raw: 0, gzip: 0, brotli: 0 });
  });
});

describe('workerGzipBytes', () => {
  it('gzips the concatenated modules at the default level, as wrangler does', () => {
    const a = Buffer.from(SCRIPT);
    const b = Buffer.from('export default { fetch() { return new Response("ok") } }');
    expect(workerGzipBytes([a, b])).toBe(gzipSync(Buffer.concat([a, b])).byteLength);
  });
});
