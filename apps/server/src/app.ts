import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { ANONYMOUS, localeFrom, ROSTER_KINDS, tx, type RosterKind, templateHeaders, toCsv } from '@carenet/domain';
import cookieParser from 'cookie-parser';
import express from 'express';
import type { Context } from './common/context.js';
import { AppError, formatError } from './common/errors.js';
import { currentLocale, withLocale } from './common/locale.js';
import type { Config } from './config.js';
import { writeXlsx } from './modules/roster-import/table-reader.js';
import { createSchema } from './schema.js';
import { createServices, type Services } from './services.js';

export { SESSION_COOKIE } from './app-constants.js';
import { SESSION_COOKIE } from './app-constants.js';
/** SPEC.md §9: query documents of at most 64 KB, depth 12, 30 aliases, and a cost limit. */
export const LIMITS = { documentBytes: 64 * 1024, depth: 12, aliases: 30, cost: 20_000, tokens: 4_000 };

export interface App {
  app: express.Express;
  apollo: ApolloServer<Context>;
  services: Services;
}

/** Builds the HTTP application: /graphql, /healthz, import templates and the built dashboard. */
export async function createApp(orm: MikroORM, config: Config, opts: { now?: () => Date } = {}): Promise<App> {
  const services = createServices({ timeZone: config.timeZone, sessionIdleMinutes: config.sessionIdleMinutes, now: opts.now });
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.depth },
    maxAliases: { n: LIMITS.aliases },
    costLimit: { maxCost: LIMITS.cost },
    maxTokens: { n: LIMITS.tokens },
    maxDirectives: { n: 20 },
    blockFieldSuggestion: { enabled: config.production },
  });
  const protection = armor.protect();
  const apollo = new ApolloServer<Context>({
    schema: await createSchema(),
    formatError,
    introspection: !config.production,
    csrfPrevention: true,
    ...protection,
    includeStacktraceInErrorResponses: false,
    plugins: [...(protection.plugins as ApolloServerPlugin<Context>[]), ...(config.production ? [ApolloServerPluginLandingPageDisabled()] : [])],
    validationRules: [...protection.validationRules],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.use(cookieParser());
  app.get('/healthz', async (_req, res) => {
    try {
      await orm.em.fork().getConnection().execute('select 1');
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'database unavailable' });
    }
  });

  // Template files with the headers of each import kind, in Chinese (default) or English.
  app.get('/templates/:file', async (req, res) => {
    const m = /^([a-z-]+)(?:\.(en|zh))?\.(csv|xlsx)$/.exec(req.params.file);
    const kind = m?.[1]?.toUpperCase().replace(/-/g, '_') as RosterKind | undefined;
    if (!m || !kind || !ROSTER_KINDS.includes(kind)) {
      res.status(404).type('text/plain').send(`unknown template; try one of ${ROSTER_KINDS.map((k) => `${k.toLowerCase().replace(/_/g, '-')}.csv`).join(', ')}`);
      return;
    }
    const header = templateHeaders(kind, m[2] === 'en' ? 'en' : 'zh');
    res.attachment(req.params.file);
    if (m[3] === 'csv') res.type('text/csv; charset=utf-8').send(`\uFEFF${toCsv([header])}`);
    else res.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(await writeXlsx(kind, header));
  });

  const credentials = (req: express.Request) => {
    const auth = req.headers.authorization;
    const bearer = auth?.toLowerCase().startsWith('bearer ') ? auth.slice(7) : null;
    return { bearer, session: (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE] ?? null };
  };

  app.use(
    '/graphql',
    // Every message in this request speaks the caller's language (Chinese unless English is preferred).
    (req, _res, next) => withLocale(localeFrom(req.headers['accept-language']), next),
    // Imports carry whole CSV files in variables (SPEC.md §9: up to 20 MB), but the query document stays small.
    express.json({ limit: '20mb' }),
    (req, res, next) => {
      const q = (req.body as { query?: unknown } | undefined)?.query;
      if (typeof q === 'string' && Buffer.byteLength(q) > LIMITS.documentBytes) {
        res.status(413).json({
          errors: [
            {
              message: tx(`the query document is larger than ${LIMITS.documentBytes / 1024} KB`, `查询文档超过 ${LIMITS.documentBytes / 1024} KB`).in(currentLocale()),
              extensions: { code: 'BAD_USER_INPUT' },
            },
          ],
        });
        return;
      }
      next();
    },
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const em = orm.em.fork() as EntityManager;
        const creds = credentials(req);
        let authError: AppError | null = null;
        const { actor, sessionId } = await services.auth.resolveActor(em, creds).catch((e: unknown) => {
          if (!(e instanceof AppError)) throw e;
          const failed = new AppError(e.code, e.text, { http: { status: 401 } });
          // A bad bearer token is the caller's mistake: refuse the request.
          if (creds.bearer) throw failed;
          // A stale cookie: forget it, and serve public operations (login, me) as anonymous; the others
          // get this reason (e.g. "idle for more than 30 minutes") instead of a bare "sign in first".
          res.clearCookie(SESSION_COOKIE, { path: '/' });
          authError = failed;
          return { actor: ANONYMOUS, sessionId: null };
        });
        return { em, actor, sessionId, authError, services, req, res, production: config.production };
      },
    }),
  );

  if (existsSync(join(config.dashboardDir, 'index.html'))) {
    app.use(express.static(config.dashboardDir, { index: false, maxAge: '1h' }));
    // Client-side routes all load the single page.
    app.get(/^\/(?!graphql|healthz|templates).*/, (_req, res) => {
      res.sendFile(join(config.dashboardDir, 'index.html'), { headers: { 'cache-control': 'no-cache' } });
    });
  } else {
    app.get('/', (_req, res) => {
      res.type('text/plain').send('CareNet API is running at /graphql. The dashboard is not built: run `npm run build`.');
    });
  }
  return { app, apollo, services };
}
