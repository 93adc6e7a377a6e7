import { getOperationAST, type DocumentNode, type ExecutionResult, type GraphQLError } from 'graphql';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * Prometheus metrics of one server instance. Labels are bounded by the schema (operation type,
 * first root field, error code), never by what a client sends (operation names, variables).
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
  const webSockets = new Gauge({ name: 'graphql_ws_connections', help: 'Open graphql-ws connections', registers: [registry] });
  const subscriptions = new Gauge({ name: 'graphql_subscriptions_active', help: 'Running GraphQL subscriptions', registers: [registry] });

  const countErrors = (list: readonly GraphQLError[] | undefined) => {
    for (const error of list ?? []) errors.inc({ code: String(error.extensions?.code ?? 'UNKNOWN') });
  };

  /** An envelop plugin for yoga. */
  const plugin = {
    onExecute({ args }: { args: OperationArgs }) {
      const stop = operationSeconds.startTimer(operationLabels(args));
      return {
        onExecuteDone({ result }: { result: ExecutionResult | AsyncIterable<ExecutionResult> }) {
          if (Symbol.asyncIterator in result) return;
          stop({ outcome: result.errors?.length ? 'error' : 'ok' });
          countErrors(result.errors);
        },
      };
    },
    onSubscribe({ args }: { args: OperationArgs }) {
      const { field } = operationLabels(args);
      subscriptions.inc();
      let ended = false;
      const end = () => {
        if (!ended) subscriptions.dec();
        ended = true;
      };
      return {
        onSubscribeResult() {
          return {
            onNext({ result }: { result: ExecutionResult }) {
              operationSeconds.observe({ type: 'subscription', field, outcome: result.errors?.length ? 'error' : 'ok' }, 0);
              countErrors(result.errors);
            },
            onEnd: end,
          };
        },
        onSubscribeError: end,
      };
    },
    onValidate() {
      return ({ result }: { result: readonly GraphQLError[] }) => countErrors(result);
    },
  };

  return { registry, plugin, webSockets };
}

export type Metrics = ReturnType<typeof createMetrics>;

interface OperationArgs {
  document: DocumentNode;
  operationName?: string | null;
}

/** The operation's type and first root field: bounded by the schema, unlike client-chosen names. */
function operationLabels(args: OperationArgs): { type: string; field: string } {
  const operation = getOperationAST(args.document, args.operationName ?? undefined);
  const first = operation?.selectionSet.selections[0];
  return { type: operation?.operation ?? 'unknown', field: first?.kind === 'Field' ? first.name.value : 'unknown' };
}
