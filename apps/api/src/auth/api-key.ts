/**
 * Newsroom API keys: `ct_<id>_<secret>`, where the id (8 random bytes, hex) finds the key's row and
 * the secret is 256 random bits (base64url). Only the SHA-256 of the whole key is stored, and hashes
 * are compared in constant time.
 */

/** The recognisable start of every key, so a leaked one is easy to spot in logs and repositories. */
const API_KEY_PREFIX = 'ct_';

const KEY_PATTERN = /^ct_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

function hex(bytes: Uint8Array): string {
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function base64url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');
}

/**
 * A new key and its id. Show `key` once; store only `sha256Hex(key)`.
 *
 * @example issueApiKey() // { id: '3f9a0c1d2b4e5f60', key: 'ct_3f9a0c1d2b4e5f60_…43 characters…' }
 */
export function issueApiKey(): { id: string; key: string } {
  const id = hex(crypto.getRandomValues(new Uint8Array(8)));
  const secret = base64url(crypto.getRandomValues(new Uint8Array(32)));
  return { id, key: `${API_KEY_PREFIX}${id}_${secret}` };
}

/** The id inside a well-formed key, or null for anything else (the administrator token included). */
export function apiKeyId(token: string): string | null {
  return KEY_PATTERN.exec(token)?.[1] ?? null;
}

/** The SHA-256 of a text (UTF-8), as 64 lower-case hex digits. */
export async function sha256Hex(text: string): Promise<string> {
  return hex(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))));
}

function bytesOfHex(digest: string): Uint8Array {
  const bytes = new Uint8Array(32);
  for (let i = 0; i < 32; i += 1) bytes[i] = Number.parseInt(digest.slice(i * 2, i * 2 + 2), 16) || 0;
  return bytes;
}

/**
 * Whether two SHA-256 hex digests are equal, in time that does not depend on where they differ.
 * Digests of secrets are compared rather than the secrets, so the lengths always match too.
 */
export function sameDigest(a: string, b: string): boolean {
  return crypto.subtle.timingSafeEqual(bytesOfHex(a), bytesOfHex(b));
}
