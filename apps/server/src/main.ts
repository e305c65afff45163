import 'reflect-metadata';
import { createServer } from 'node:http';
import type { EntityManager } from '@mikro-orm/knex';
import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { openServerDatabase } from './db/runtime-role.js';

/** Production start: migrate, then serve. */
export async function serve(opts: { quiet?: boolean } = {}) {
  const config = loadConfig();
  const { orm, applied } = await openServerDatabase(config.databaseUrl, config.databaseOwnerUrl);
  if (applied.length && !opts.quiet) console.log(`applied migrations: ${applied.join(', ')}`);
  const { app, apollo, services } = await createApp(orm, config);
  if (config.adminUsername && config.adminPassword) {
    // The first SCHOOL_ADMIN, on an empty database only.
    const created = await services.accounts.createAdmin(orm.em.fork() as EntityManager, config.adminUsername, config.adminPassword, true);
    if (created && !opts.quiet) console.log(`created the first administrator "${created.username}"`);
  }
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const url = `http://localhost:${config.port}/`;
  const shutdown = async () => {
    server.close();
    await apollo.stop();
    await orm.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  return { url, orm, config };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  serve()
    .then(({ url, config }) => console.log(`CareNet listening on ${url} (${config.engine})`))
    .catch((e) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    });
}
