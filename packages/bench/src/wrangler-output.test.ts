import { describe, expect, it } from 'vitest';
import { parseStartupTime, parseTotalUpload } from './wrangler-output.ts';

describe('parseTotalUpload', () => {
  it('reads both sizes of the dry run’s summary line', () => {
    const output = '✨ Read 29 files from the assets directory\nTotal Upload: 957.88 KiB / gzip: 162.92 KiB\nYour Worker has access to';
    expect(parseTotalUpload(output)).toEqual({ kib: 957.88, gzipKib: 162.92 });
  });

  it('reads sizes with thousands separators and colour codes around them', () => {
    expect(parseTotalUpload('\u001b[2mTotal Upload: 1,957.00 KiB / gzip: 1,062.50 KiB\u001b[22m')).toEqual({ kib: 1957, gzipKib: 1062.5 });
  });

  it('is null when the build printed no summary', () => {
    expect(parseTotalUpload('✘ [ERROR] Could not resolve "hono"')).toBeNull();
  });
});

describe('parseStartupTime', () => {
  it('reads the time a real upload reports, and is null for a dry run', () => {
    expect(parseStartupTime('Worker Startup Time: 14 ms')).toBe(14);
    expect(parseStartupTime('--dry-run: exiting now.')).toBeNull();
  });
});
