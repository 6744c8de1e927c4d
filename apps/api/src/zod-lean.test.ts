import * as zod from 'zod';
import { describe, expect, it } from 'vitest';
import * as lean from './zod-lean.ts';

describe('the Worker’s zod (zod-lean.ts)', () => {
  it('names everything zod names except its locales, JSON Schema import and core namespace', () => {
    const dropped = ['locales', 'fromJSONSchema', 'core'];
    const expected = Object.keys(zod.z)
      .filter((name) => !dropped.includes(name))
      .concat('z', 'default')
      .sort();
    expect(Object.keys(lean).sort()).toEqual(expected);
  });

  it('is the same zod: a schema of one parses with the other’s classes', () => {
    expect(lean.z.string()).toBeInstanceOf(zod.z.ZodString);
    expect(lean.object({ a: lean.number() }).parse({ a: 1 })).toEqual({ a: 1 });
  });
});
