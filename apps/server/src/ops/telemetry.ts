import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Context } from '../common/context.js';

/** What the database connection pool holds right now (knex/tarn). */
export interface PoolState {
  used: number;
  free: number;
  pending: number;
  max: number;
}

/**
 * The operation's root fields, e.g. "networkCoverage" or "importRoster": bounded by the schema,
 * unlike a client's operationName, so it is safe as a metric label and says what ran.
 */
export function operationLabel(op: OperationDefinitionNode | undefined | null): string {
  if (!op) return 'unknown';
  const fields = op.selectionSet.selections.map((s) => (s.kind === Kind.FIELD ? s.name.value : '…')).filter((f) => f !== '__typename');
  return [...new Set(fields)].sort().join('+').slice(0, 120) || 'unknown';
}

/** Prometheus metrics of one server instance (docs/operations.md lists them). */
export class Telemetry {
  readonly registry = new Registry();
  readonly graphql = new Histogram({
    name: 'carenet_graphql_request_duration_seconds',
    help: 'GraphQL requests by operation (root fields) and outcome (ok or error), in seconds',
    labelNames: ['operation', 'outcome'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });
  readonly importRows = new Counter({
    name: 'carenet_import_rows_total',
    help: 'Rows of committed roster imports by kind and outcome (created, updated, unchanged)',
    labelNames: ['kind', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly executions = new Counter({
    name: 'carenet_graphql_executions_total',
    help: 'GraphQL executions by executor: jit (a compiled document) or graphql-js (a document on its first request, or one graphql-jit does not run)',
    labelNames: ['executor'] as const,
    registers: [this.registry],
  });

  constructor(pool: () => PoolState | null) {
    collectDefaultMetrics({ register: this.registry, prefix: 'carenet_' });
    const gauge = (name: string, help: string, key: keyof PoolState) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect() {
          const p = pool();
          if (p) this.set(p[key]);
        },
      });
    gauge('carenet_db_pool_connections_used', 'Database connections in use', 'used');
    gauge('carenet_db_pool_connections_free', 'Idle database connections', 'free');
    gauge('carenet_db_pool_pending_acquires', 'Requests waiting for a database connection', 'pending');
    gauge('carenet_db_pool_connections_max', 'The pool size limit', 'max');
  }

  /** Counts a committed import's rows. */
  imported(kind: string, counts: { created: number; updated: number; unchanged: number }): void {
    for (const outcome of ['created', 'updated', 'unchanged'] as const) if (counts[outcome]) this.importRows.inc({ kind, outcome }, counts[outcome]);
  }

  /** Times every GraphQL request and names its operation for the request log. */
  plugin(): ApolloServerPlugin<Context> {
    const graphql = this.graphql;
    return {
      async requestDidStart() {
        const started = process.hrtime.bigint();
        let operation = 'unknown';
        return {
          async didResolveOperation(rc) {
            operation = operationLabel(rc.operation);
            const locals = (rc.contextValue.res as { locals?: Record<string, unknown> } | undefined)?.locals;
            if (locals) locals.operation = operation;
          },
          async willSendResponse(rc) {
            const body = rc.response.body;
            const failed = rc.errors?.length || (body.kind === 'single' && body.singleResult.errors?.length);
            graphql.observe({ operation, outcome: failed ? 'error' : 'ok' }, Number(process.hrtime.bigint() - started) / 1e9);
          },
        };
      },
    };
  }
}
