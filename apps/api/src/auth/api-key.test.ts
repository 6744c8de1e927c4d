import { describe, expect, it } from 'vitest';
import { apiKeyId, issueApiKey, sameDigest, sha256Hex } from './api-key.ts';

describe('issueApiKey', () => {
  it('makes a ct_ key holding its id and 256 random bits', () => {
    const { id, key } = issueApiKey();
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(key).toMatch(new RegExp(`^ct_${id}_[A-Za-z0-9_-]{43}$`));
    expect(apiKeyId(key)).toBe(id);
  });

  it('never makes the same key twice', () => {
    const keys = new Set(Array.from({ length: 200 }, () => issueApiKey().key));
    expect(keys.size).toBe(200);
  });
});

describe('apiKeyId', () => {
  it.each(['', 'ct_', 'Bearer ct_0123456789abcdef_x', 'ct_0123456789ABCDEF_' + 'a'.repeat(43), 'ct_0123456789abcdef_' + 'a'.repeat(42), 'local-admin-token'])(
    'finds no id in %j',
    (token) => expect(apiKeyId(token)).toBeNull(),
  );
});

describe('sha256Hex and sameDigest', () => {
  it('hash to 64 hex digits and compare digests', async () => {
    const a = await sha256Hex('ct_key');
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(sameDigest(a, await sha256Hex('ct_key'))).toBe(true);
    expect(sameDigest(a, await sha256Hex('ct_kex'))).toBe(false);
  });

  it('hash the known test vector', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
