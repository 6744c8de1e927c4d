// The report reader's public face (`@chitieu/domain/extract`): read a Vietnamese party-building report into proposed figures, each traced to its words.
export { extractFigures, type ExtractionContext } from './extract-figures.ts';
export { ExtractionSchema, ExtractedOrganizationSchema, type Extraction, type ExtractedOrganization } from './extraction.ts';
export {
  DERIVATION_RULES,
  DerivationSchema,
  ExtractedFigureSchema,
  FIGURE_TYPES,
  SpanSchema,
  TARGET_STATUSES,
  type Derivation,
  type ExtractedFigure,
  type FigureOf,
  type FigureType,
} from './extracted-figure.ts';
export { proposeRecords, RecordProposalsSchema, type RecordProposals } from './propose-records.ts';
export type { Span } from './normalized-text.ts';
export { ExtractRequestSchema, ExtractResponseSchema, MAX_EXTRACT_TEXT_LENGTH, type ExtractRequest, type ExtractResponse } from './extract-request.ts';
