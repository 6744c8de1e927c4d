// Prints the report reader's precision and recall on its test corpus, per figure type, as Markdown
// (`pnpm --filter @chitieu/domain extract-report`), with what it got wrong or missed.
import { EXTRACTION_CORPUS } from './extraction-corpus.ts';
import { scoreExtraction, scoreTable } from './score-extraction.ts';

// The domain is built without Node's or the DOM's types (it runs in both); this script only prints.
declare const console: { info: (...lines: unknown[]) => void };

const score = scoreExtraction(EXTRACTION_CORPUS);
const texts = EXTRACTION_CORPUS.length;
const silent = EXTRACTION_CORPUS.filter((item) => item.figures.length === 0).length;
console.info(`Corpus: ${texts} texts (${silent} that must yield nothing), ${score.overall.expected} expected figures.\n`);
console.info(scoreTable(score));
for (const { case: id, figure, quoted } of score.wrong) console.info(`\nwrong (${id}): ${figure.type} ${JSON.stringify(figure.value)} from "${quoted}"`);
for (const { case: id, figure } of score.missed) console.info(`\nmissed (${id}): ${JSON.stringify(figure)}`);
