// Figures that wrangler prints, read back from its output. Knows the wording of wrangler 4.x only.

/** Both in KiB, as wrangler prints them. */
export interface TotalUpload {
  readonly kib: number;
  readonly gzipKib: number;
}

/**
 * Reads "Total Upload: 957.88 KiB / gzip: 162.92 KiB" from `wrangler deploy --dry-run`; null when
 * the line is absent (a failed build, or a wrangler that words it differently).
 */
export function parseTotalUpload(output: string): TotalUpload | null {
  // eslint-disable-next-line no-control-regex
  const plain = output.replace(/\u001b\[[0-9;]*m/g, '');
  const m = /Total Upload:\s*([\d.,]+)\s*KiB\s*\/\s*gzip:\s*([\d.,]+)\s*KiB/.exec(plain);
  if (!m) return null;
  return { kib: Number(m[1]!.replace(/,/g, '')), gzipKib: Number(m[2]!.replace(/,/g, '')) };
}

/** Reads "Worker Startup Time: 12 ms", which wrangler prints only after a real upload; null otherwise. */
export function parseStartupTime(output: string): number | null {
  const m = /Worker Startup Time:\s*([\d.]+)\s*ms/.exec(output);
  return m ? Number(m[1]) : null;
}
