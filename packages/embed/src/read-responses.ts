// Stored records in the wire shape of the reads: computed progress and counts, the revision, and what
// a closing means for the day read. The API's JSON reads, its embed pages, images and oEmbed all answer
// through these, so none can disagree with another. Knows nothing of storage or HTTP.
import {
  countStatuses,
  progress,
  succession,
  type AdmissionInput,
  type AdmissionResponse,
  type Cell,
  type CellsResponse,
  type OrganizationRef,
  type Source,
} from '@chitieu/domain';

/** What a closed organisation's reads need of it: its last day and its successors. */
interface Closing {
  /** The organisation's last day, or null while it exists. */
  organizationValidTo: string | null;
  successors: OrganizationRef[];
}

/** A stored admission record as the database layer returns it: what the data desk entered, whose it is, and its revision. */
export type StoredAdmission = AdmissionInput &
  Closing & {
    organization: OrganizationRef;
    period: string;
    revision: number;
    updatedAt: string;
  };

/** A stored census as the database layer returns it: the cells in the source's order, the term their statuses refer to, and its sources. */
export type StoredCensus = Closing & {
  organization: OrganizationRef;
  term: string | null;
  asOf: string;
  cells: Cell[];
  sources: Source[];
  revision: number;
  updatedAt: string;
};

/** The admissions read of a record, as of `day`. */
export function admissionResponse(record: StoredAdmission, day: string): AdmissionResponse {
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
export function cellsResponse(census: StoredCensus, day: string): CellsResponse {
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
