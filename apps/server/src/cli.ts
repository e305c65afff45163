import './ops/node-env.js';
import type { EdgeDrift, TallyDrift, TraineeDrift, UnitDrift } from './modules/metrics/unit-counts.js';
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { render, ROSTER_KINDS, type RosterKind, tx } from '@carenet/domain';
import { SingleBar } from 'cli-progress';
import { Command } from 'commander';
import type { EntityManager } from '@mikro-orm/knex';
import { SYSTEM } from './common/actor.js';
import { AppError } from './common/errors.js';
import { currentLocale } from './common/locale.js';
import { loadConfig } from './config.js';
import { createMigration } from './db/migration-tool.js';
import { migrate, openOrm } from './db/orm.js';
import { createServices } from './services.js';
import { readCsv, readXlsx } from './modules/roster-import/table-reader.js';
import { printedSchema, SCHEMA_FILE } from './schema.js';

const program = new Command('carenet').description('CareNet command line').showHelpAfterError();

const kindOf = (s: string): RosterKind => {
  const k = s.toUpperCase().replace(/-/g, '_') as RosterKind;
  if (!ROSTER_KINDS.includes(k)) {
    throw new Error(`unknown kind "${s}"; one of ${ROSTER_KINDS.map((x) => x.toLowerCase().replace(/_/g, '-')).join(', ')}`);
  }
  return k;
};

program
  .command('import')
  .description('import a roster file (CSV or XLSX) into the database named by DATABASE_URL')
  .argument('<kind>', `one of ${ROSTER_KINDS.map((x) => x.toLowerCase().replace(/_/g, '-')).join(', ')}`)
  .argument('<file>', 'a .csv or .xlsx file')
  .option('--dry-run', 'check the file and report the counts without writing anything')
  .action(async (kindArg: string, file: string, o: { dryRun?: boolean }) => {
    const kind = kindOf(kindArg);
    const config = loadConfig();
    const table = extname(file).toLowerCase() === '.xlsx' ? await readXlsx(readFileSync(file)) : readCsv(readFileSync(file, 'utf8'));
    const orm = await openOrm(config.databaseUrl);
    try {
      await migrate(orm);
      const bar = new SingleBar({ format: '{phase} [{bar}] {value}/{total} rows  {eta_formatted} left', hideCursor: true });
      let phase = '';
      const started = Date.now();
      const res = await createServices({ timeZone: config.timeZone, identifiers: { studentNo: config.studentNoPattern, staffNo: config.staffNoPattern } }).rosterImport.importTable(orm.em.fork(), SYSTEM, kind, table, {
        dryRun: o.dryRun,
        onProgress: (p, done, total) => {
          const label = p === 'checking' ? 'checking' : 'writing ';
          if (phase !== p) {
            if (phase) bar.stop();
            bar.start(total, done, { phase: label });
            phase = p;
          } else bar.update(done, { phase: label });
        },
      });
      if (phase) bar.stop();
      const secs = (Date.now() - started) / 1000;
      const say = (en: string, zh: string) => render(tx(en, zh), currentLocale());
      for (const e of res.errors.slice(0, 50)) {
        const m = render(e.message, currentLocale());
        console.error(say(`row ${e.row}, column ${e.column}: ${m}`, `第 ${e.row} 行，列“${e.column}”：${m}`));
      }
      const more = res.errors.length - 50;
      if (more > 0) console.error(say(`... and ${more} more errors`, `……另有 ${more} 个错误`));
      if (res.errors.length) {
        console.error(say(`${res.errors.length} error(s): nothing was written`, `共 ${res.errors.length} 个错误：未写入任何数据`));
        process.exitCode = 1;
      } else {
        console.log(
          `${o.dryRun ? 'dry run (nothing written): would create' : 'created'} ${res.created}, updated ${res.updated}, unchanged ${res.unchanged}` +
            `${res.appointmentsEnded ? `, appointments ended ${res.appointmentsEnded}` : ''} in ${secs.toFixed(1)} s`,
        );
      }
    } finally {
      await orm.close();
    }
  });

program
  .command('create-admin')
  .description('create a SCHOOL_ADMIN account in DATABASE_URL (password from ADMIN_PASSWORD or --password)')
  .argument('<username>')
  .option('--password <password>', 'at least 10 characters; prefer the ADMIN_PASSWORD environment variable')
  .action(async (username: string, o: { password?: string }) => {
    const password = o.password ?? process.env.ADMIN_PASSWORD;
    if (!password) throw new Error('give the password in ADMIN_PASSWORD or --password');
    const config = loadConfig();
    const orm = await openOrm(config.databaseUrl);
    try {
      await migrate(orm);
      await createServices({ timeZone: config.timeZone, passwordHashing: { memoryKib: config.passwordHashMemoryKib, timeCost: config.passwordHashTimeCost } }).accounts.createAdmin(orm.em.fork() as EntityManager, username, password, false);
      console.log(`created SCHOOL_ADMIN "${username}"`);
    } finally {
      await orm.close();
    }
  });

program
  .command('migrate')
  .description('apply pending migrations to DATABASE_URL')
  .action(async () => {
    const orm = await openOrm(loadConfig().databaseUrl);
    const done = await migrate(orm);
    console.log(done.length ? `applied: ${done.join(', ')}` : 'nothing to apply');
    await orm.close();
  });

program
  .command('verify')
  .description(
    'recompute every kept figure (students and posts per class and dorm; coverage edges; trainees and their progress; screening tallies and the class each follow-up keeps) from the source rows and report any difference',
  )
  .option('--repair', 'set the kept figures from the source rows when they differ')
  .action(async (o: { repair?: boolean }) => {
    const m = await import('./modules/metrics/unit-counts.js');
    const orm = await openOrm(loadConfig().databaseUrl);
    const fresh = () => orm.em.fork() as EntityManager;
    const side = (s: 'KEPT' | 'SOURCE') => (s === 'KEPT' ? 'kept but not in the source rows' : 'in the source rows but not kept');
    const checks = [
      {
        what: 'classes and dorms',
        find: m.findUnitDrift,
        repair: m.repairUnitCounts,
        line: (d: UnitDrift) => `${d.kind === 'CLASS' ? 'class' : 'dorm'} ${d.code}: enrolled kept ${d.keptEnrolled}, counted ${d.enrolled}; posts kept ${d.keptPosts}, counted ${d.posts}`,
      },
      {
        what: 'coverage edges',
        find: m.findEdgeDrift,
        repair: m.repairEdges,
        line: (d: EdgeDrift) => `${side(d.side)}: ${d.kind === 'CLASS' ? 'class' : 'dorm'} ${d.code ?? '(deleted)'} ${d.delta > 0 ? 'covered from' : 'uncovered from'} ${d.day}`,
      },
      {
        what: 'trainee rows',
        find: m.findTraineeDrift,
        repair: m.repairTrainees,
        line: (d: TraineeDrift) =>
          `${side(d.side)}: ${d.kind === 'TRAINEE' ? 'trainee' : `progress in ${d.semester} (modules ${d.modulesDone}, sessions ${d.attended})`} of student #${d.studentId}, college #${d.collegeId}, ${d.level}`,
      },
      {
        what: 'screening tallies and follow-ups',
        find: m.findTallyDrift,
        repair: m.repairTallies,
        line: (d: TallyDrift) =>
          d.kind === 'FOLLOW_UP'
            ? `follow-up #${d.followUpId}: ${d.side === 'SOURCE' ? 'its class is not kept' : "kept at a class other than its student's, or no longer exists"}`
            : `${side(d.side)}: ${d.kind === 'CAMPAIGN' ? `campaign #${d.campaignId}` : `semester ${d.semester}`}, college #${d.collegeId}, ${d.level}: screened ${d.screened}, flagged ${d.flagged}`,
      },
    ] as const;
    try {
      let differ = 0;
      for (const c of checks) {
        const { checked, drift } = await c.find(fresh());
        // Each check lists at most 50 (trainee and tally checks stop at 100 differences).
        for (const d of drift.slice(0, 50)) console.error((c.line as (x: unknown) => string)(d));
        if (!drift.length) {
          console.log(`verified ${checked} ${c.what}: every kept figure equals its source rows`);
          continue;
        }
        differ += drift.length;
        if (!o.repair) {
          console.error(`${drift.length >= 100 ? '100 or more' : drift.length} ${c.what} differ from their source rows (run with --repair to recount)`);
          continue;
        }
        await c.repair(fresh());
        const after = (await c.find(fresh())).drift.length;
        console.log(`repaired ${c.what}: ${drift.length} differed, ${after} differ now`);
        if (after) process.exitCode = 1;
      }
      if (differ && !o.repair) process.exitCode = 1;
    } finally {
      await orm.close();
    }
  });

program
  .command('demo')
  .description(
    'create a fresh demo university in ./data/demo.db and serve it; it recreates only a database it created itself ' +
      '(never the one DATABASE_URL names)',
  )
  .option('--database <url>', 'a SQLite file or an empty PostgreSQL database for the demo (default: DEMO_DATABASE_URL or ./data/demo.db)')
  .option('--no-serve', 'only create the database')
  .action(async (o: { serve: boolean; database?: string }) => {
    const { runDemo } = await import('./db/demo/demo.js');
    await runDemo({ serve: o.serve, databaseUrl: o.database });
  });

program
  .command('bench')
  .description(
    'benchmarks that print figures: import, coverage, activity (trainingCompletion, screeningFollowUp, screening import), ' +
      'scale (every metric operation at 80,000 and 800,000 students), load (one-row imports and metric reads at fixed rates)',
  )
  .argument('<what>', 'import | coverage | activity | scale | load')
  .option('--students <n>', 'students in the generated university', '80000')
  .option('--pg <url>', 'also run on this PostgreSQL server (a scratch database is created)')
  .option('--sqlite-large', 'scale: also build the 800,000-student university on SQLite')
  .option('--seconds <n>', 'load: how long writes and reads run together', '300')
  .option('--sizes <list>', 'scale: the university sizes to build, in students', '80000,800000')
  .option('--instances <n>', 'load: server instances on PostgreSQL, taking turns as behind a reverse proxy', '1')
  .option('--engines <list>', 'load: the engines to run, of sqlite,postgresql (PostgreSQL needs --pg)', 'sqlite,postgresql')
  .action(async (what: string, o: { students: string; pg?: string; sqliteLarge?: boolean; seconds: string; sizes: string; engines: string; instances: string }) => {
    const { runBench } = await import('./bench/bench.js');
    await runBench(what, {
      students: Number(o.students),
      pg: o.pg ?? process.env.BENCH_PG_URL ?? process.env.TEST_PG_URL,
      sqliteLarge: o.sqliteLarge,
      seconds: Number(o.seconds),
      sizes: o.sizes,
      engines: o.engines.split(',').map((e) => e.trim()),
      instances: Number(o.instances),
    });
  });

program
  .command('print-schema')
  .description('write the SDL to packages/schema/schema.graphql')
  .action(async () => {
    writeFileSync(SCHEMA_FILE, await printedSchema());
    console.log(`wrote ${SCHEMA_FILE}`);
  });

program
  .command('migration:create')
  .description('create a migration for SQLite and for PostgreSQL')
  .requiredOption('--pg <url>', 'an empty PostgreSQL database to diff against')
  .action(async (o: { pg: string }) => {
    const tmp = `/tmp/carenet-migrate-${process.pid}.db`;
    console.log('sqlite:', (await createMigration(tmp)) ?? 'no changes');
    console.log('postgresql:', (await createMigration(o.pg)) ?? 'no changes');
  });

program.parseAsync().catch((e) => {
  // Import file errors (AppError) are bilingual: print them in the language LANG asks for.
  console.error(e instanceof AppError ? render(e.text, currentLocale()) : e instanceof Error ? e.message : e);
  process.exit(1);
});
