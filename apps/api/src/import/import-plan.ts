/** What an import will do: the report of every row, and the guarded batch that carries it out. */
import type { ImportRowReport } from '@chitieu/domain';

export type ImportPlan = {
  rows: ImportRowReport[];
  preconditions: D1PreparedStatement[];
  statements: D1PreparedStatement[];
  /** The reads the import changes, to delete from the edge cache. */
  invalidate: string[];
};

/** Rows of a cells import allowed in one file (the batch writes two statements per changed cell). */
export const MAX_CELL_ROWS = 400;
/** Rows of an admissions import allowed in one file (the batch writes about seven statements per record). */
export const MAX_ADMISSION_ROWS = 100;
