import { describe, expect, it } from 'vitest';
import { publicUrlIssue, publicUrlSchema } from './public-url.ts';

describe('publicUrlIssue', () => {
  it.each(['https://baolaocai.vn/bai-viet?id=1', 'http://example.vn:8080/a', 'https://[2001:db8::1]/x', 'https://8.8.8.8/'])('accepts %s', (link) => {
    expect(publicUrlIssue(link)).toBeNull();
  });

  it.each(['https://user@baolaocai.vn/', 'https://baolaocai.vn:pw@evil.example/', 'https://:secret@example.vn/'])('refuses credentials in %s', (link) => {
    expect(publicUrlIssue(link)).toMatch(/user name or password/);
  });

  it.each([
    'http://127.0.0.1/',
    'http://127.1/',
    'http://2130706433/',
    'http://localhost:8787/',
    'http://api.localhost/',
    'http://[::1]/',
    'http://0.0.0.0/',
    'http://10.1.2.3/',
    'http://172.16.0.1/',
    'http://192.168.1.1/',
    'http://169.254.169.254/latest/meta-data',
    'http://[fd00::1]/',
    'http://[fe80::1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://intranet/',
    'http://printer.local/',
  ])('refuses the non-public host of %s', (link) => {
    expect(publicUrlIssue(link)).toMatch(/public host/);
  });
});

describe('publicUrlSchema', () => {
  it('refuses other protocols once, by the protocol check', () => {
    const result = publicUrlSchema(2000).safeParse('ftp://x');
    expect(result.error?.issues).toHaveLength(1);
  });

  it('measures the link after NFC', () => {
    expect(publicUrlSchema(30).safeParse(`https://a.vn/${'\uFB2C'.repeat(6)}`).success).toBe(false);
  });
});
