/** Reads the shared dev corpus (other people's mail, read in place, never copied). Dev tooling, not engine code. */

import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CorpusRow {
  id: string;
  source: string;
  from: string;
  subject: string;
  text: string;
  label: string;
}

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Relative to the project root, as the corpus README asks. */
export const DEV_CORPUS_PATH = resolve(PROJECT_ROOT, '../shared/corpus/dev.jsonl');

export function devCorpusAvailable(): boolean {
  return existsSync(DEV_CORPUS_PATH);
}

export function loadDevCorpus(): CorpusRow[] {
  return readFileSync(DEV_CORPUS_PATH, 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as CorpusRow);
}

export function projectRoot(): string {
  return PROJECT_ROOT;
}
