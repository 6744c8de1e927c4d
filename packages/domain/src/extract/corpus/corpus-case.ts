// What a corpus text must yield; shared by the corpus files and the scorer. Knows nothing of how figures are found.
import type { CellKind, CommitteeStatus } from '../../cell.ts';
import type { Target } from '../../target.ts';
import type { FigureType } from '../extracted-figure.ts';
import type { ExtractionContext } from '../extract-figures.ts';

export type ExpectedFigure = {
  type: FigureType;
  value: number | string | Target;
  org?: string | null;
  period?: string | null;
  asOf?: string | null;
  derived?: boolean;
  term?: string | null;
  cellKind?: CellKind | null;
  when?: 'termStart' | null;
  committee?: CommitteeStatus;
  perYear?: boolean;
};

export type CorpusCase = {
  id: string;
  text: string;
  /** The organisation of every expected figure that names none. */
  org?: string | null;
  context?: ExtractionContext;
  figures: ExpectedFigure[];
};

/** A target of `min` to `max` (one number when `max` is left out). */
export const target = (min: number, max = min): Target => ({ min, max });

/** The organisation figure a text naming `name` must yield. */
export const organizationFigure = (name: string): ExpectedFigure => ({ type: 'organization', value: name });
