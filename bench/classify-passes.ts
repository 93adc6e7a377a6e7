/**
 * Classifies the dev corpus rendered to HTML a given number of times and prints how many messages it
 * classified: a fixed workload for counting instructions, which stay steady where wall-clock figures
 * on a shared machine do not. Two runs differ only by the passes, so their difference is the engine's
 * cost per message, start-up and loading left out:
 *
 *   valgrind --tool=callgrind --smc-check=all-non-file node bench/classify-passes.ts 1
 *   valgrind --tool=callgrind --smc-check=all-non-file node bench/classify-passes.ts 4
 *   (I refs of the second − the first) / (3 × messages per pass)
 */
import { classify } from '../src/classifier/classify.ts';
import { messageFromFields } from '../src/classifier/prepare/message-from-fields.ts';
import { devCorpusAvailable, loadDevCorpus } from '../scripts/evaluation/load-dev-corpus.ts';
import { renderHtml } from './classify.ts';

if (!devCorpusAvailable()) {
  console.error('the dev corpus (../shared/corpus) is not next to this checkout');
  process.exit(1);
}
const messages = loadDevCorpus().map((row) => messageFromFields({ from: row.from, subject: row.subject, html: renderHtml(row.text) }));
const passes = Number(process.argv[2] ?? 1);
for (let pass = 0; pass < passes; pass++) for (const message of messages) classify(message);
console.log(`classified ${messages.length} messages × ${passes} passes`);
