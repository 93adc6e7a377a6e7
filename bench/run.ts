/** npm run bench: every benchmark, each printing its own figures. */
import { runClassifyBench } from './classify.ts';
import { runStartupBench } from './startup.ts';
import { runWsMemoryBench } from './ws-memory.ts';

await runClassifyBench();
await runStartupBench();
await runWsMemoryBench();
