// Prints the report reader's precision and recall per figure type, as Markdown, on its test corpus and
// on the held-out texts (`pnpm --filter @chitieu/domain extract-report`), with what it got wrong or missed.
import { EXTRACTION_CORPUS, type CorpusCase } from './extraction-corpus.ts';
import { HELD_OUT_CORPUS } from './held-out-corpus.ts';
import { scoreExtraction, scoreTable } from './score-extraction.ts';

// The domain is built without Node's or the DOM's types (it runs in both); this script only prints.
declare const console: { info: (...lines: unknown[]) => void };

function report(title: string, corpus: readonly CorpusCase[]): void {
  const score = scoreExtraction(corpus);
  const silent = corpus.filter((item) => item.figures.length === 0).length;
  console.info(`### ${title}\n\n${corpus.length} texts (${silent} that must yield nothing), ${score.overall.expected} expected figures.\n`);
  console.info(scoreTable(score));
  for (const { case: id, figure, quoted } of score.wrong) console.info(`\n- wrong (${id}): ${figure.type} ${JSON.stringify(figure.value)} from "${quoted}"`);
  for (const { case: id, figure } of score.missed) console.info(`\n- missed (${id}): ${JSON.stringify(figure)}`);
  console.info('');
}

report('Test corpus', EXTRACTION_CORPUS);
report('Held-out texts', HELD_OUT_CORPUS);
