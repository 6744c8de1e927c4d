import { describe, expect, it } from 'vitest';
import { repairNullableReferences } from './openapi-document.ts';

describe('repairNullableReferences', () => {
  it('turns the generator’s allOf form of a nullable reference into anyOf with null', () => {
    const broken = { properties: { target: { allOf: [{ $ref: '#/components/schemas/Target' }, { type: ['object', 'null'] }] } } };
    expect(repairNullableReferences(broken)).toEqual({
      properties: { target: { anyOf: [{ $ref: '#/components/schemas/Target' }, { type: 'null' }] } },
    });
  });

  it('leaves every other allOf, and arrays and scalars, as they are', () => {
    const fine = {
      a: { allOf: [{ $ref: '#/x' }, { description: 'more' }] },
      b: { allOf: [{ $ref: '#/x' }, { type: ['object', 'null'] }], description: 'has a sibling' },
      c: [1, 'two', null, { type: 'string' }],
    };
    expect(repairNullableReferences(fine)).toEqual(fine);
  });
});
