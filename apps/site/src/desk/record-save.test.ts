import { describe, expect, it } from 'vitest';
import { etagRevision } from './record-save.ts';

describe('etagRevision', () => {
  it('reads the revision a write’s ETag names, and nothing else', () => {
    expect(etagRevision('"3"')).toBe(3);
    expect(etagRevision('W/"3"')).toBeNull();
    expect(etagRevision('"abc123"')).toBeNull();
    expect(etagRevision(null)).toBeNull();
  });
});
