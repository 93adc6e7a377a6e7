/** npm run bench: every benchmark, each printing its own figures. */
import { runApiBench } from './api.ts';
import { runClassifyBench } from './classify.ts';
import { runMailSyncBench } from './mail-sync.ts';
import { runStartupBench } from './startup.ts';
import { runSubscribersBench } from './subscribers.ts';
import { runWsMemoryBench } from './ws-memory.ts';
import { runStatusMovesBench } from './status-moves.ts';
import { runSyncThroughputBench } from './sync-throughput.ts';
import { runGmailSyncThroughputBench } from './gmail-sync-throughput.ts';
import { runPushLatencyBench } from './push-latency.ts';

await runClassifyBench();
await runStartupBench();
await runMailSyncBench();
await runSyncThroughputBench();
await runGmailSyncThroughputBench();
await runPushLatencyBench();
await runStatusMovesBench();
await runApiBench();
await runSubscribersBench();
await runWsMemoryBench();
