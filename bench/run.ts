/** npm run bench: every benchmark, each printing its own figures. */
import { runClassifyBench } from './classify.ts';
import { runMailSyncBench } from './mail-sync.ts';
import { runStartupBench } from './startup.ts';

await runClassifyBench();
await runStartupBench();
await runMailSyncBench();
