import './ops/node-env.js';
import 'reflect-metadata';
import { createServer } from 'node:http';
import type { EntityManager } from '@mikro-orm/knex';
import express from 'express';
import { createApp, metricsHandler } from './app.js';
import { loadConfig } from './config.js';
import { openServerDatabase } from './db/runtime-role.js';
import { drain } from './ops/lifecycle.js';
import { createLogger, safeError } from './ops/logging.js';

/** Production start: migrate, then serve; on SIGTERM / SIGINT finish running requests, then stop. */
export async function serve(opts: { quiet?: boolean } = {}) {
  const config = loadConfig();
  const logger = createLogger(opts.quiet ? 'warn' : config.logLevel);
  const { orm, applied } = await openServerDatabase(config.databaseUrl, config.databaseOwnerUrl, { waitMs: config.dbWaitSeconds * 1000, parallelWorkers: config.pgParallelWorkers });
  if (applied.length) logger.info({ migrations: applied }, 'applied migrations');
  const { app, apollo, services, telemetry, lifecycle } = await createApp(orm, config, { logger });
  if (config.adminUsername && config.adminPassword) {
    // The first SCHOOL_ADMIN, on an empty database only.
    const created = await services.accounts.createAdmin(orm.em.fork() as EntityManager, config.adminUsername, config.adminPassword, true);
    if (created) logger.info({ username: created.username }, 'created the first administrator');
  }
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  let metricsServer: ReturnType<typeof createServer> | null = null;
  if (config.metricsPort) {
    // Only /metrics, without a token: bind it to a private network.
    const m = express();
    m.get('/metrics', metricsHandler(telemetry));
    metricsServer = createServer(m);
    await new Promise<void>((resolve) => metricsServer!.listen(config.metricsPort!, config.host, resolve));
  }
  const url = `http://localhost:${config.port}/`;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing running requests');
    const clean = await drain(server, lifecycle, config.shutdownSeconds * 1000);
    metricsServer?.close();
    try {
      await apollo.stop();
      await orm.close();
    } catch (e) {
      logger.error({ err: safeError(e) }, 'error while closing');
    }
    logger.info({ clean }, clean ? 'stopped' : 'stopped; requests still running were cut off');
    process.exit(clean ? 0 : 1);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  return { url, orm, config, logger };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  serve()
    .then(({ url, config, logger }) => logger.info({ url, engine: config.engine }, `CareNet listening on ${url} (${config.engine})`))
    .catch((e) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    });
}
