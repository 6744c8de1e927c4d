import { describe, expect, it } from 'vitest';

describe('@chitieu/domain/extract', () => {
  it('serves the report reader, its wire schemas and the record drafts at its own entry point', async () => {
    const extract = await import('@chitieu/domain/extract');
    for (const name of [
      'extractFigures',
      'proposeRecords',
      'ExtractionSchema',
      'ExtractedFigureSchema',
      'ExtractRequestSchema',
      'ExtractResponseSchema',
      'RecordProposalsSchema',
      'FIGURE_TYPES',
    ]) {
      expect(extract, name).toHaveProperty(name);
    }
    expect(extract.extractFigures('kết nạp 12 đảng viên').figures).toEqual([expect.objectContaining({ type: 'admitted', value: 12 })]);
  });
});
