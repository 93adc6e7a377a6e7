import { getOperationAST, type DocumentNode, type ExecutionResult } from 'graphql';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * Prometheus metrics of one server instance. Labels are bounded by the schema (operation type,
 * first root field, error code), never by what a client sends (operation names, variables).
 *
 * Errors are counted once, where they are answered: an HTTP answer (`onResultProcess`, which sees
 * parse, context and rate-limit failures too), a graphql-ws answer (`countErrors` from the socket
 * server), and each subscription event (`subscriptionEvent`, from server/subscription-bookkeeping.ts,
 * which also moves the subscription gauge: one iterator layer per subscription does all of it).
 */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const operationSeconds = new Histogram({
    name: 'graphql_operation_duration_seconds',
    help: 'Execution time of GraphQL queries and mutations, and of each subscription event',
    labelNames: ['type', 'field', 'outcome'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'graphql_errors_total',
    help: 'GraphQL errors answered, by extensions.code',
    labelNames: ['code'] as const,
    registers: [registry],
  });
  // Incremented only for an acknowledged (authenticated) connection, decremented only for such a one.
  const webSockets = new Gauge({ name: 'graphql_ws_connections', help: 'Open, authenticated graphql-ws connections', registers: [registry] });
  // Counts only subscriptions that started streaming: refused ones (no token, over a limit) never do.
  const subscriptions = new Gauge({ name: 'graphql_subscriptions_active', help: 'Running GraphQL subscriptions', registers: [registry] });

  const countErrors = (list: readonly { extensions?: Record<string, unknown> }[] | undefined) => {
    for (const error of list ?? []) errors.inc({ code: String(error.extensions?.code ?? 'UNKNOWN') });
  };

  /** An envelop/yoga plugin. */
  const plugin = {
    onExecute({ args }: { args: OperationArgs }) {
      const stop = operationSeconds.startTimer(operationLabels(args));
      return {
        onExecuteDone({ result }: { result: ExecutionResult | AsyncIterable<ExecutionResult> }) {
          if (Symbol.asyncIterator in result) return;
          stop({ outcome: result.errors?.length ? 'error' : 'ok' });
        },
      };
    },
    /** Every HTTP answer that is not a stream (a stream's events are counted by subscriptionEvent). */
    onResultProcess({ result }: { result: unknown }) {
      if (result === null || typeof result !== 'object' || Symbol.asyncIterator in result) return;
      for (const single of Array.isArray(result) ? result : [result]) countErrors((single as ExecutionResult).errors);
    },
  };

  return {
    registry,
    plugin,
    webSockets,
    countErrors,
    /** A subscription started streaming; `subscriptionEnded` once when it ends. */
    subscriptionStarted: () => subscriptions.inc(),
    subscriptionEnded: () => subscriptions.dec(),
    /** One event of a subscription whose first root field is `field`. */
    subscriptionEvent(field: string, event: ExecutionResult) {
      operationSeconds.observe({ type: 'subscription', field, outcome: event.errors?.length ? 'error' : 'ok' }, 0);
      countErrors(event.errors);
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

export interface OperationArgs {
  document: DocumentNode;
  operationName?: string | null;
}

/** The operation's type and first root field: bounded by the schema, unlike client-chosen names. */
export function operationLabels(args: OperationArgs): { type: string; field: string } {
  const operation = getOperationAST(args.document, args.operationName ?? undefined);
  const first = operation?.selectionSet.selections[0];
  return { type: operation?.operation ?? 'unknown', field: first?.kind === 'Field' ? first.name.value : 'unknown' };
}
