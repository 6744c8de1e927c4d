import { describe, expect, it } from 'vitest';
import * as domain from './index.ts';

describe('@chitieu/domain', () => {
  it('exports every function and constant of the shared contract', () => {
    const names = [
      'normalizeText',
      'slugify',
      'MIN_CELL_FULL_MEMBERS',
      'CELL_COMMITTEE_MIN_FULL_MEMBERS',
      'MAX_CELL_COMMITTEE_MEMBERS',
      'GRASSROOTS_COMMITTEE_MIN_MEMBERS',
      'cellCommitteeEligibility',
      'grassrootsKind',
      'progress',
      'countStatuses',
      'LANGS',
      'resolveLang',
      'formatNumber',
      'formatPercent',
      'formatDate',
      'formatTarget',
      'deltaSentence',
      'admissionValueText',
      'sourceLine',
      'message',
      'committeeStatusLabel',
      'cellKindLabel',
      'cellDisplayName',
      'gaugeGeometry',
      'arcPath',
      'STATUS_ORDER',
      'statusColor',
      'statusPattern',
      'tileLayout',
    ];
    for (const name of names) expect(domain, name).toHaveProperty(name);
  });

  it('re-exports the wire schemas', () => {
    const schemas = [
      'IsoDateSchema',
      'isIsoDate',
      'SourceSchema',
      'parsePeriod',
      'PeriodSchema',
      'TermSchema',
      'TargetSchema',
      'SlugSchema',
      'SLUG_PATTERN',
      'OrganizationSchema',
      'ORGANIZATION_KINDS',
      'OrganizationRefSchema',
      'BreakdownValueSchema',
      'BreakdownSchema',
      'BREAKDOWN_KEYS',
      'AdmissionInputSchema',
      'ProgressSchema',
      'PROGRESS_STATUSES',
      'AdmissionResponseSchema',
      'TermToDateSchema',
      'CELL_KINDS',
      'COMMITTEE_STATUSES',
      'CellInputSchema',
      'CellSchema',
      'StatusCountsSchema',
      'CellsResponseSchema',
      'ApiErrorSchema',
      'ERROR_CODES',
      'toApiIssues',
      'SeedDatasetSchema',
    ];
    for (const name of schemas) expect(domain, name).toHaveProperty(name);
  });

  it('exports the write path: revisions, succession, newsrooms and keys, the audit log, CSV imports', () => {
    const names = [
      'RevisionSchema',
      'RevisionTextSchema',
      'TimestampSchema',
      'parseRevision',
      'DeletionSchema',
      'SuccessionSchema',
      'succession',
      'OrganizationInputSchema',
      'OrganizationRecordSchema',
      'CellWriteSchema',
      'NewsroomInputSchema',
      'NewsroomSchema',
      'ApiKeyIdSchema',
      'ApiKeySchema',
      'IssuedApiKeySchema',
      'AUDIT_ACTIONS',
      'ADMIN_ACTOR',
      'AuditEntrySchema',
      'AuditLogSchema',
      'parseCsv',
      'CsvSyntaxError',
      'CSV_DELIMITERS',
      'readCount',
      'readDate',
      'readTarget',
      'readText',
      'columnKey',
      'mapColumns',
      'CELL_IMPORT_COLUMNS',
      'readCellRow',
      'ADMISSION_IMPORT_COLUMNS',
      'readAdmissionRow',
      'IMPORT_KINDS',
      'IMPORT_OUTCOMES',
      'detectImportKind',
      'ImportReportSchema',
    ];
    for (const name of names) expect(domain, name).toHaveProperty(name);
  });

  it('exports the data desk: key labels, sessions, histories, search', () => {
    const names = [
      'searchText',
      'foldDiacritics',
      'KeyLabelSchema',
      'ApiKeyInputSchema',
      'SESSION_IDLE_HOURS',
      'SessionInputSchema',
      'SessionSchema',
      'RevisionAuthorSchema',
      'AdmissionRevisionSchema',
      'AdmissionHistorySchema',
      'CellCensusRevisionSchema',
      'CellHistorySchema',
      'OrganizationRevisionSchema',
      'OrganizationHistorySchema',
    ];
    for (const name of names) expect(domain, name).toHaveProperty(name);
  });

  it('serves the seed at its own entry point', async () => {
    const seed = await import('@chitieu/domain/seed');
    expect(seed.SEED.admissions[0]?.admitted).toBe(53);
  });
});
