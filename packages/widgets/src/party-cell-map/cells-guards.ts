// The map's reads, checked as ../internal/wire-guards.ts says (and tested there against the domain's zod schemas).
import { CELL_KINDS, STATUS_ORDER, type Cell, type CellsResponse } from '@chitieu/domain';
import { date, list, nullable, natural, object, organization, record, slug, source, string, type Guard } from '../internal/wire-guards.ts';

// Only the map checks a closed set of words, so this stays out of the chunk every gauge downloads.
const oneOf =
  (values: readonly string[]) =>
  (value: unknown): boolean =>
    values.includes(value as string);

const cell = object({
  slug,
  name: nullable(string),
  kind: oneOf(CELL_KINDS),
  // STATUS_ORDER lists every committee status (the domain tests it), and the map has it already.
  committee: oneOf(STATUS_ORDER),
  committeeFormedOn: nullable(date),
  fullMembers: nullable(natural),
});

/** The cells read (`GET …/cells`): what a map draws. */
export const cellsResponse = object({
  organization,
  term: nullable(string),
  asOf: date,
  cells: list(cell),
  sources: list(source),
  ...record,
}) as Guard<CellsResponse>;

/** Cells a page script hands to a map. */
export const inlineCells = list(cell) as Guard<Cell[]>;
