import { rmSync } from 'node:fs';
import { SYSTEM } from '../../common/actor.js';
import { engineOf, loadConfig } from '../../config.js';
import { serve } from '../../main.js';
import { readCsv } from '../../modules/roster-import/table-reader.js';
import { createServices } from '../../services.js';
import { migrate, openOrm } from '../orm.js';
import { DEMO_OPTIONS, generateUniversity, IMPORT_ORDER } from './generate.js';

/** Loads a generated university through the real import path, kind by kind. */
export async function loadUniversity(databaseUrl: string, files: Record<string, string>, log: (s: string) => void) {
  const orm = await openOrm(databaseUrl);
  try {
    await migrate(orm);
    const importer = createServices({ timeZone: loadConfig().timeZone }).rosterImport;
    for (const kind of IMPORT_ORDER) {
      const t = Date.now();
      const res = await importer.importTable(orm.em.fork(), SYSTEM, kind, readCsv(files[kind] ?? ''));
      if (res.errors.length) {
        throw new Error(`demo data for ${kind} was refused: ${res.errors.slice(0, 3).map((e) => `row ${e.row} ${e.column}: ${e.message}`).join('; ')}`);
      }
      log(`  ${kind.padEnd(18)} ${String(res.created).padStart(6)} rows  ${((Date.now() - t) / 1000).toFixed(1)} s`);
    }
  } finally {
    await orm.close();
  }
}

/** `npm run demo`: a fresh, deterministic demo university on embedded SQLite, then the server. */
export async function runDemo(opts: { serve: boolean }) {
  const databaseUrl = process.env.DATABASE_URL?.trim() || './data/demo.db';
  process.env.DATABASE_URL = databaseUrl;
  if (engineOf(databaseUrl) === 'sqlite') {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${databaseUrl}${suffix}`, { force: true });
  }
  console.log(`Creating the demo university in ${databaseUrl} ...`);
  const uni = generateUniversity(DEMO_OPTIONS);
  await loadUniversity(databaseUrl, uni.files, console.log);
  if (!opts.serve) return;
  const { url } = await serve({ quiet: true });
  console.log(`\nCareNet demo is running: ${url}`);
  console.log('  GraphQL endpoint:  ' + `${url}graphql`);
  console.log('  Demo logins: none needed in this build — every request acts as the operator.');
  console.log('  (Accounts and roles arrive with the access issue.)  Press Ctrl+C to stop.');
}
