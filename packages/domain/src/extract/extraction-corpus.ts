/**
 * Test texts for the report reader, written for this project in the style of provincial papers'
 * party-building reports (no sentence is copied from an article), each with every figure it must
 * yield. Places are real communes' names; the figures are made up, except the Mường Khương text,
 * which restates the source article's facts (see domain.md) in our own words.
 */
import { ADMISSION_TEXTS } from './corpus/admission-texts.ts';
import { CELL_TEXTS } from './corpus/cell-texts.ts';
import type { CorpusCase } from './corpus/corpus-case.ts';
import { LATER_BATCH_TEXTS } from './corpus/later-batch-texts.ts';
import { MUONG_KHUONG_TEXTS } from './corpus/muong-khuong-text.ts';
import { SECOND_BATCH_TEXTS } from './corpus/second-batch-texts.ts';
import { SILENT_TEXTS } from './corpus/silent-texts.ts';

export type { CorpusCase, ExpectedFigure } from './corpus/corpus-case.ts';

export const EXTRACTION_CORPUS: CorpusCase[] = [
  ...ADMISSION_TEXTS,
  ...CELL_TEXTS,
  ...SECOND_BATCH_TEXTS,
  ...LATER_BATCH_TEXTS,
  ...SILENT_TEXTS,
  ...MUONG_KHUONG_TEXTS,
];
