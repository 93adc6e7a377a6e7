/** `npm run classify -- PATH.eml`: prints the classification of one message as JSON. */

import { readFile } from 'node:fs/promises';
import { classify, parseEml } from '../classifier/index.ts';

const USAGE = 'usage: npm run classify -- PATH.eml';

async function main(argv: readonly string[]): Promise<number> {
  const path = argv.find((a) => !a.startsWith('-'));
  if (!path) {
    console.error(`error: no file given\n${USAGE}`);
    return 1;
  }
  let raw: Buffer;
  try {
    raw = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : String(error);
    console.error(`error: cannot read ${path}: ${reason}`);
    return 1;
  }
  const message = await parseEml(raw);
  console.log(JSON.stringify(classify(message), null, 2));
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
