import { describe, expect, it } from 'vitest';
import type { AdmissionInput } from './admission.ts';
import { admissionOutcome } from './admission-outcome.ts';

const input: AdmissionInput = {
  admitted: 53,
  target: { min: 20, max: 20 },
  breakdown: {},
  termToDate: null,
  totalMembers: 454,
  asOf: '2024-12-31',
  sources: [{ publisher: 'Báo Lào Cai', title: null, url: null, publishedOn: null }],
};

describe('admissionOutcome', () => {
  it('creates a record that does not exist', () => {
    expect(admissionOutcome(null, input)).toBe('created');
  });

  it('creates a record again after it was deleted, even with the same figures', () => {
    expect(admissionOutcome({ revision: 4, deleted: true, input }, input)).toBe('created');
  });

  it('changes nothing for the same figures, whatever the order of their keys', () => {
    const reordered = Object.fromEntries(Object.entries(input).reverse()) as AdmissionInput;
    expect(admissionOutcome({ revision: 2, deleted: false, input }, reordered)).toBe('unchanged');
  });

  it('updates a record when a figure or a source differs', () => {
    expect(admissionOutcome({ revision: 2, deleted: false, input }, { ...input, admitted: 54 })).toBe('updated');
    expect(
      admissionOutcome(
        { revision: 2, deleted: false, input },
        { ...input, sources: [...input.sources, { publisher: 'Báo B', title: null, url: null, publishedOn: null }] },
      ),
    ).toBe('updated');
  });
});
