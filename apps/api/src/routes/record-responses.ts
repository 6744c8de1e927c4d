/** Stored records in the wire shape of the reads: computed progress and counts, the revision, and what a closing means for the day read. */
import { countStatuses, progress, succession, type AdmissionResponse, type CellsResponse } from '@chitieu/domain';
import type { AdmissionRecord } from '../db/admission-records.ts';
import type { CellCensusRecord } from '../db/cell-censuses.ts';

/** The admissions read of a record, as of `day`. */
export function admissionResponse(record: AdmissionRecord, day: string): AdmissionResponse {
  const computed = progress(record.admitted, record.target);
  return {
    organization: record.organization,
    period: record.period,
    admitted: record.admitted,
    target: record.target,
    delta: computed?.delta ?? null,
    progress: computed,
    breakdown: record.breakdown,
    termToDate: record.termToDate,
    totalMembers: record.totalMembers,
    asOf: record.asOf,
    sources: record.sources,
    revision: record.revision,
    updatedAt: record.updatedAt,
    succeededBy: succession({ validTo: record.organizationValidTo }, day, record.successors),
  };
}

/** The cells read of a census, as of `day`. */
export function cellsResponse(census: CellCensusRecord, day: string): CellsResponse {
  return {
    organization: census.organization,
    term: census.term,
    asOf: census.asOf,
    cells: census.cells,
    counts: countStatuses(census.cells),
    total: census.cells.length,
    sources: census.sources,
    revision: census.revision,
    updatedAt: census.updatedAt,
    succeededBy: succession({ validTo: census.organizationValidTo }, day, census.successors),
  };
}
