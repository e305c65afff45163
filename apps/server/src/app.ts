import 'reflect-metadata';
import { timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { type Actor, ANONYMOUS, localeFrom, render, ROSTER_KINDS, tx, type RosterKind } from '@carenet/domain';
import cookieParser from 'cookie-parser';
import express from 'express';
import { Kind, parse as parseGraphql } from 'graphql';
import helmet from 'helmet';
import type { Context } from './common/context.js';
import { costLimitPlugin } from './common/cost-limit.js';
import { jitGateway } from './common/jit-executor.js';
import { AppError, BUSY, BUSY_RETRY_AFTER, formatError, isBusy, onInternalError } from './common/errors.js';
import { currentLocale, withRequest } from './common/locale.js';
import { RefusalLog } from './common/refusals.js';
import { type Config, engineOf } from './config.js';
import { startReadWorker } from './db/reads.js';
import { exportRoutes } from './modules/exports/exports.routes.js';
import { templateCsv, templateXlsx } from './modules/roster-import/templates.js';
import { createSchema } from './schema.js';
import { createServices, type Services } from './services.js';
import { drainGuard, Lifecycle, probes } from './ops/lifecycle.js';
import { createLogger, type Logger, requestLogging, safeError } from './ops/logging.js';
import { type PoolState, Telemetry } from './ops/telemetry.js';

export { SESSION_COOKIE } from './app-constants.js';
import { SESSION_COOKIE } from './app-constants.js';
/**
 * Query documents of at most 64 KB, depth 12, 30 aliases, a cost limit (items a response may hold,
 * page sizes counted however they arrive), 100 KB bodies except for imports (20 MB, signed in only).
 */
export const LIMITS = {
  documentBytes: 64 * 1024,
  depth: 12,
  aliases: 30,
  cost: 50_000,
  tokens: 4_000,
  smallBodyBytes: 100 * 1024,
  importBodyBytes: 20 * 1024 * 1024,
};

/** The operations that carry whole files in their variables. */
export const IMPORT_FIELDS = new Set(['importRoster', 'importRosterXlsx', 'importScreeningResults', 'importTraining', 'importTrainingXlsx', 'importScreeningResultsXlsx']);

interface RequestAuth {
  actor: Actor;
  sessionId: string | null;
  authError: AppError | null;
}

/** True when the document's chosen operation selects import mutations only. */
function onlyImports(query: unknown, operationName: unknown): boolean {
  if (typeof query !== 'string') return false;
  try {
    const ops = parseGraphql(query).definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    const op = typeof operationName === 'string' ? ops.find((o) => o.name?.value === operationName) : ops.length === 1 ? ops[0] : undefined;
    if (!op || op.operation !== 'mutation') return false;
    return op.selectionSet.selections.every((s) => s.kind === Kind.FIELD && IMPORT_FIELDS.has(s.name.value));
  } catch {
    return false;
  }
}

/** An error response in the GraphQL shape, for refusals made before GraphQL runs. */
function sendErrors(res: express.Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

// Remember the raw size: whether a body may be large depends on the operation inside it.
const keepSize = (req: express.Request & { bodyBytes?: number }, _res: unknown, buf: Buffer) => {
  req.bodyBytes = buf.length;
};
const smallJson = express.json({ limit: LIMITS.smallBodyBytes, verify: keepSize });
const largeJson = express.json({ limit: LIMITS.importBodyBytes, verify: keepSize });

export interface App {
  app: express.Express;
  apollo: ApolloServer<Context>;
  services: Services;
  telemetry: Telemetry;
  lifecycle: Lifecycle;
  logger: Logger;
}

/** A request refused because the database stayed busy answers 503 with Retry-After, not 200. */
const busyPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse(rc) {
        const body = rc.response.body;
        if (body.kind === 'single' && body.singleResult.errors?.some((e) => e.extensions?.code === 'SERVER_BUSY')) {
          rc.response.http.status = 503;
          rc.response.http.headers.set('retry-after', String(BUSY_RETRY_AFTER));
        }
      },
    };
  },
};

/** The knex pool behind the ORM (tarn), for the pool gauges; null when the driver has none. */
function poolState(orm: MikroORM): PoolState | null {
  try {
    const pool = (orm.em.getConnection() as unknown as { getKnex(): { client: { pool?: Record<string, unknown> } } }).getKnex().client.pool as
      | { numUsed(): number; numFree(): number; numPendingAcquires(): number; max: number }
      | undefined;
    return pool ? { used: pool.numUsed(), free: pool.numFree(), pending: pool.numPendingAcquires(), max: pool.max } : null;
  } catch {
    return null;
  }
}

/** Serves the Prometheus text of these metrics. */
export function metricsHandler(telemetry: Telemetry): express.RequestHandler {
  return async (_req, res) => {
    res.type(telemetry.registry.contentType).send(await telemetry.registry.metrics());
  };
}

/** Builds the HTTP application: /graphql, /exports, probes (/healthz, /readyz), /metrics, import templates and the built dashboard. */
export async function createApp(orm: MikroORM, config: Config, opts: { now?: () => Date; logger?: Logger } = {}): Promise<App> {
  const logger = opts.logger ?? createLogger(config.logLevel);
  onInternalError((e) => logger.error({ err: safeError(e) }, 'internal error'));
  const telemetry = new Telemetry(() => poolState(orm));
  const lifecycle = new Lifecycle();
  const services = createServices({
    onImported: (kind, counts) => telemetry.imported(kind, counts),
    timeZone: config.timeZone, sessionIdleMinutes: config.sessionIdleMinutes, sessionMaxHours: config.sessionMaxHours, loginsPerAddress: config.loginsPerAddress,
    identifiers: { studentNo: config.studentNoPattern, staffNo: config.staffNoPattern },
    activationCodeDays: config.activationCodeDays,
    screeningMinCell: config.screeningMinCell,
    passwordHashing: { memoryKib: config.passwordHashMemoryKib, timeCost: config.passwordHashTimeCost },
    now: opts.now,
  });
  // SQLite's driver blocks the event loop while a statement runs: with SQLITE_READ_WORKER=on reports
  // read in a worker thread. Off by default: under 5 minutes of mixed load it made the tails worse
  // (docs/performance.md, "Under load").
  const readWorker =
    engineOf(config.databaseUrl) === 'sqlite' && config.databaseUrl !== ':memory:' && config.sqliteReadWorker
      ? startReadWorker(orm, config.databaseUrl, config.dbWaitSeconds * 1000)
      : null;
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.depth },
    maxAliases: { n: LIMITS.aliases },
    // Our own cost limit (common/cost-limit.ts) sees variables; armor's counts literal page sizes only.
    costLimit: { enabled: false },
    maxTokens: { n: LIMITS.tokens },
    maxDirectives: { n: 20 },
    blockFieldSuggestion: { enabled: config.production },
  });
  const protection = armor.protect();
  const refusals = new RefusalLog(orm, services.audit);
  const schema = await createSchema();
  const apollo = new ApolloServer<Context>({
    ...(config.graphqlExecutor === 'jit'
      ? {
          gateway: jitGateway(schema, {
            compileAfter: config.graphqlCompileAfter,
            onExecute: (executor) => telemetry.executions.inc({ executor }),
            onCompileError: (e) => logger.warn({ err: safeError(e) }, 'graphql-jit could not compile a document; it runs on graphql-js'),
          }),
        }
      : { schema }),
    formatError,
    introspection: !config.production,
    csrfPrevention: true,
    ...protection,
    includeStacktraceInErrorResponses: false,
    plugins: [
      ...(protection.plugins as ApolloServerPlugin<Context>[]),
      costLimitPlugin(LIMITS.cost),
      refusals.plugin(),
      telemetry.plugin(),
      busyPlugin,
      { serverWillStart: async () => ({ serverWillStop: async () => void (await readWorker?.close()) }) },
      // No cache hints are used; the default cache-control plugin would instrument every field.
      ApolloServerPluginCacheControlDisabled(),
      ...(config.production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
    validationRules: [...protection.validationRules],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(requestLogging(logger));
  app.use(drainGuard(lifecycle));
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // antd writes its styles at run time (CSS-in-JS); scripts stay strictly same-origin.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
      frameguard: { action: 'deny' },
      referrerPolicy: { policy: 'no-referrer' },
      // Strict-Transport-Security only on HTTPS requests (set below): on plain HTTP it is ignored or wrong.
      strictTransportSecurity: false,
    }),
  );
  app.use((req, res, next) => {
    if (req.secure) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    next();
  });
  app.use(cookieParser());
  probes(app, orm, lifecycle);
  if (config.metricsToken) {
    const expected = Buffer.from(`Bearer ${config.metricsToken}`);
    app.get('/metrics', (req, res, next) => {
      const given = Buffer.from(req.headers.authorization ?? '');
      if (given.length === expected.length && timingSafeEqual(given, expected)) return next();
      res.status(401).type('text/plain').send('a bearer token (METRICS_TOKEN) is required');
    }, metricsHandler(telemetry));
  }

  // Template files with the headers of each import kind, in Chinese (default) or English.
  app.get('/templates/:file', async (req, res) => {
    const m = /^([a-z-]+)(?:\.(en|zh))?\.(csv|xlsx)$/.exec(req.params.file);
    const kind = m?.[1]?.toUpperCase().replace(/-/g, '_') as RosterKind | undefined;
    if (!m || !kind || !ROSTER_KINDS.includes(kind)) {
      res.status(404).type('text/plain').send(`unknown template; try one of ${ROSTER_KINDS.map((k) => `${k.toLowerCase().replace(/_/g, '-')}.csv`).join(', ')}`);
      return;
    }
    // Header, an example row and (XLSX) a notes sheet: modules/roster-import/templates.ts.
    const language = m[2] === 'en' ? 'en' : 'zh';
    res.attachment(req.params.file);
    if (m[3] === 'csv') res.type('text/csv; charset=utf-8').send(templateCsv(kind, language));
    else res.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(await templateXlsx(kind, language));
  });

  const credentials = (req: express.Request) => {
    const auth = req.headers.authorization;
    const bearer = auth?.toLowerCase().startsWith('bearer ') ? auth.slice(7) : null;
    return { bearer, session: (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE] ?? null };
  };

  // Who is calling (session cookie or bearer token), for /graphql and /exports alike.
  const authenticate: express.RequestHandler = async (req, res, next) => {
    try {
      const em = orm.em.fork() as EntityManager;
      const creds = credentials(req);
      const auth: RequestAuth = await services.sessions.resolveActor(em, creds).then(
        (r) => ({ ...r, authError: null }),
        (e: unknown) => {
          if (!(e instanceof AppError)) throw e;
          return { actor: ANONYMOUS, sessionId: null, authError: new AppError(e.code, e.text, { http: { status: 401 } }) };
        },
      );
      if (auth.authError) {
        // A bad bearer token is the caller's mistake: refuse (and record) the request.
        if (creds.bearer) {
          await refusals.record(ANONYMOUS, 'UNAUTHENTICATED', { field: null, reason: 'bearer', message: render(auth.authError.text, 'en') });
          sendErrors(res, 401, auth.authError.code, render(auth.authError.text, currentLocale()));
          return;
        }
        // A stale cookie: forget it, and serve public operations (login, me) as anonymous; the others
        // get this reason (e.g. "idle for more than 30 minutes") instead of a bare "sign in first".
        res.clearCookie(SESSION_COOKIE, { path: '/' });
      }
      res.locals.auth = auth;
      next();
    } catch (e) {
      next(e);
    }
  };

  app.use(
    '/graphql',
    // Every message and audit event of this request knows the caller's language and address.
    (req, _res, next) => withRequest({ locale: localeFrom(req.headers['accept-language']), clientAddress: req.ip ?? null }, next),
    // Who is calling, before the body is read: only a signed-in caller may send a large body.
    authenticate,
    (req, res, next) => ((res.locals.auth as RequestAuth).actor.kind === 'anonymous' ? smallJson : largeJson)(req, res, next),
    (req, res, next) => {
      const body = req.body as { query?: unknown; operationName?: unknown } | undefined;
      const q = body?.query;
      if (typeof q === 'string' && Buffer.byteLength(q) > LIMITS.documentBytes) {
        const kb = LIMITS.documentBytes / 1024;
        sendErrors(res, 413, 'BAD_USER_INPUT', tx(`the query document is larger than ${kb} KB`, `查询文档超过 ${kb} KB`).in(currentLocale()));
        return;
      }
      // Large bodies are for the imports (they carry whole files in variables), nothing else.
      const size = (req as express.Request & { bodyBytes?: number }).bodyBytes ?? 0;
      if (size > LIMITS.smallBodyBytes && !onlyImports(q, body?.operationName)) {
        const kb = LIMITS.smallBodyBytes / 1024;
        sendErrors(
          res,
          413,
          'BAD_USER_INPUT',
          tx(`request bodies over ${kb} KB are accepted only for imports`, `只有导入操作的请求体可以超过 ${kb} KB`).in(currentLocale()),
        );
        return;
      }
      next();
    },
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const { actor, sessionId, authError } = res.locals.auth as RequestAuth;
        const em = orm.em.fork() as EntityManager;
        return { em, actor, sessionId, authError, services, req, res, production: config.production };
      },
    }),
  );

  // Whole lists as CSV or XLSX files, streamed (docs/api.md, Exports).
  app.use('/exports', exportRoutes(orm, services, authenticate));

  if (existsSync(join(config.dashboardDir, 'index.html'))) {
    app.use(express.static(config.dashboardDir, { index: false, maxAge: '1h' }));
    // Client-side routes all load the single page.
    app.get(/^\/(?!graphql|healthz|readyz|metrics|templates|exports).*/, (_req, res) => {
      res.sendFile(join(config.dashboardDir, 'index.html'), { headers: { 'cache-control': 'no-cache' } });
    });
  } else {
    app.get('/', (_req, res) => {
      res.type('text/plain').send('CareNet API is running at /graphql. The dashboard is not built: run `npm run build`.');
    });
  }
  // Errors outside GraphQL (a malformed JSON body, a body over its limit) answer in JSON, never an HTML trace.
  app.use((err: unknown, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(err);
    const e = err as { type?: string; status?: number };
    if (e.type === 'entity.parse.failed') {
      sendErrors(res, 400, 'BAD_REQUEST', tx('the request body is not valid JSON', '请求体不是有效的 JSON').in(currentLocale()));
    } else if (e.type === 'entity.too.large') {
      sendErrors(res, 413, 'BAD_USER_INPUT', tx('the request body is too large', '请求体过大').in(currentLocale()));
    } else if (isBusy(err)) {
      res.setHeader('retry-after', String(BUSY_RETRY_AFTER));
      sendErrors(res, 503, 'SERVER_BUSY', BUSY.in(currentLocale()));
    } else if (e.status && e.status >= 400 && e.status < 500) {
      sendErrors(res, e.status, 'BAD_REQUEST', tx('the request could not be read', '无法读取该请求').in(currentLocale()));
    } else {
      logger.error({ err: safeError(err) }, 'internal error');
      sendErrors(res, 500, 'INTERNAL_SERVER_ERROR', tx('internal server error', '服务器内部错误').in(currentLocale()));
    }
  });
  return { app, apollo, services, telemetry, lifecycle, logger };
}
