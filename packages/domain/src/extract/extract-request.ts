/** The wire shapes of `POST /v1/extract`: a report's text (and its source) in, proposed figures and record drafts out. */
import { z } from 'zod';
import { SourceSchema } from '../source.ts';
import { ExtractionSchema } from './extraction.ts';
import { RecordProposalsSchema } from './propose-records.ts';

/** Longest text read at once, in characters after NFC: a long report is about 20 000. */
export const MAX_EXTRACT_TEXT_LENGTH = 50_000;

/**
 * @example { text: 'Năm 2024, Đảng bộ xã Bản Xen kết nạp được 28 đảng viên…', source: { publisher: 'Báo Lào Cai', title: null, url: 'https://…', publishedOn: '2025-01-05' } }
 */
export const ExtractRequestSchema = z
  .strictObject({
    text: z
      .string()
      .refine((text) => text.trim() !== '', { message: 'must hold some text' })
      // Counted in NFC, so the same words typed decomposed are not refused for being longer.
      .refine((text) => text.normalize('NFC').length <= MAX_EXTRACT_TEXT_LENGTH, { message: `must be at most ${MAX_EXTRACT_TEXT_LENGTH} characters` })
      .meta({ description: 'The report, as pasted. Offsets in the answer count UTF-16 code units of this very string.' }),
    /** The article the text comes from; put into every record draft's `sources`, and its day dates "đến ngày 15-9". */
    source: SourceSchema.optional(),
  })
  .meta({ id: 'ExtractRequest' });

export type ExtractRequest = z.infer<typeof ExtractRequestSchema>;

export const ExtractResponseSchema = ExtractionSchema.safeExtend({
  /** The source as validated (NFC), or null. */
  source: SourceSchema.nullable(),
  /** The figures grouped into drafts of the records the data desk writes. */
  records: RecordProposalsSchema,
}).meta({ id: 'ExtractResponse' });

export type ExtractResponse = z.infer<typeof ExtractResponseSchema>;
