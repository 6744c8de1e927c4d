/** Every string of a parsed body in Unicode NFC: Vietnamese typed decomposed (NFD) must store and match as the same text. */
export function nfc<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map(nfc) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([key, inner]) => [key, nfc(inner)])) as T;
  }
  return value;
}
