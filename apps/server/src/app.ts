import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { ROSTER_KINDS, type RosterKind, templateHeaders, toCsv } from '@carenet/domain';
import express from 'express';
import { OPERATOR } from './common/actor.js';
import type { Context } from './common/context.js';
import { formatError } from './common/errors.js';
import type { Config } from './config.js';
import { writeXlsx } from './modules/roster-import/table-reader.js';
import { createSchema } from './schema.js';
import { createServices } from './services.js';

export interface App {
  app: express.Express;
  apollo: ApolloServer<Context>;
}

/** Builds the HTTP application: /graphql, /healthz, import templates and the built dashboard. */
export async function createApp(orm: MikroORM, config: Config): Promise<App> {
  const services = createServices({ timeZone: config.timeZone });
  const apollo = new ApolloServer<Context>({
    schema: await createSchema(),
    formatError,
    introspection: !config.production,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    plugins: config.production ? [ApolloServerPluginLandingPageDisabled()] : [],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
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

  // Imports carry whole CSV files in variables (SPEC.md §9: up to 20 MB).
  app.use(
    '/graphql',
    express.json({ limit: '20mb' }),
    expressMiddleware(apollo, {
      context: async () => ({ em: orm.em.fork() as EntityManager, actor: OPERATOR, services }),
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
  return { app, apollo };
}
