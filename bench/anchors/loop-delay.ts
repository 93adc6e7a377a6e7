import type { IncomingMessage, ServerResponse } from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';

/**
 * An anchor's event-loop delay, served at /metrics under prom-client's gauge name and reset on each
 * read as prom-client does, so bench/api.ts reads the anchors and the project alike: on a shared
 * machine a delay that the bare server shows too is the machine's, not the project's.
 */
export function withEventLoopDelay(handler: (req: IncomingMessage, res: ServerResponse) => void) {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  return (req: IncomingMessage, res: ServerResponse) => {
    if (req.url !== '/metrics') return handler(req, res);
    const p99Seconds = delay.percentile(99) / 1e9;
    delay.reset();
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end(`nodejs_eventloop_lag_p99_seconds ${p99Seconds}\n`);
  };
}
