/** npm run bench: every benchmark, each printing its own figures. */
import { runApiBench } from './api.ts';
import { runClassifyBench } from './classify.ts';
import { runStartupBench } from './startup.ts';
import { runSyncThroughputBench } from './sync-throughput.ts';

await runClassifyBench();
await runStartupBench();
await runApiBench();
await runSyncThroughputBench();
// Push → subscriber latency needs the push webhooks (/webhooks/gmail, /webhooks/outlook), not in this build yet.
console.log('\nPush → subscriber latency: skipped (no push webhook in this build; syncMail is the only trigger).');
