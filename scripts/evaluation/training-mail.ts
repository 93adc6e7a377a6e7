/**
 * The labelled mail the status model learns from, each message with its source group: the dev
 * corpus (grouped by corpus source and sender domain, so one sender's mail never sits on both
 * sides of a split) and every labelled .eml set (one group per set: each round is one writer's
 * session). Dev tooling, not engine code.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ClassifiableMessage, ThreadContext } from '../../src/classifier/classification.types.ts';
import { messageFromFields } from '../../src/classifier/prepare/message-from-fields.ts';
import { parseEml } from '../../src/classifier/prepare/parse-eml.ts';
import { domainOf, parseAddress } from '../../src/classifier/prepare/parse-address.ts';
import { loadFixtureLabels } from './evaluate.ts';
import { LABELLED_SETS } from './labelled-sets.ts';
import type { LabelledSet } from './labelled-sets.ts';
import { devCorpusAvailable, loadDevCorpus } from './load-dev-corpus.ts';

export interface TrainingMessage {
  id: string;
  group: string;
  /** The labelled category (the dev corpus labels the no-status classes as OTHER_JOB_RELATED). */
  label: string;
  message: ClassifiableMessage;
  context?: ThreadContext;
  now?: Date;
}

export async function loadTrainingMail(sets: readonly LabelledSet[] = LABELLED_SETS): Promise<TrainingMessage[]> {
  const mail: TrainingMessage[] = [];
  if (devCorpusAvailable()) {
    for (const row of loadDevCorpus()) {
      const domain = domainOf(parseAddress(row.from).address) || 'unknown';
      mail.push({
        id: row.id,
        group: `dev:${row.source}:${domain}`,
        label: row.label,
        message: messageFromFields({ from: row.from, subject: row.subject, text: row.text }),
      });
    }
  }
  for (const set of sets) {
    for (const [file, label] of Object.entries(loadFixtureLabels(set.dir))) {
      mail.push({
        id: `${set.name}/${file}`,
        group: set.name,
        label: label.category,
        message: await parseEml(readFileSync(resolve(set.dir, file))),
        ...(label.context ? { context: label.context } : {}),
        ...(label.now ? { now: new Date(label.now) } : {}),
      });
    }
  }
  return mail;
}
