import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SYSTEM } from '../common/actor.js';
import { BENCHMARK_OPTIONS, generateUniversity, IMPORT_ORDER } from '../db/demo/generate.js';
import { migrate, openOrm } from '../db/orm.js';
import { createServices } from '../services.js';
import { readCsv } from '../modules/roster-import/table-reader.js';

interface Scratch {
  url: string;
  drop: () => Promise<void>;
}

async function scratch(engine: 'sqlite' | 'postgresql', pgUrl?: string): Promise<Scratch> {
  if (engine === 'sqlite') {
    const file = join(tmpdir(), `carenet-bench-${process.pid}.db`);
    const drop = async () => {
      for (const s of ['', '-wal', '-shm']) rmSync(file + s, { force: true });
    };
    await drop();
    return { url: file, drop };
  }
  const { default: pg } = await import('pg');
  const name = `carenet_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`drop database if exists "${name}"`);
  await admin.query(`create database "${name}"`);
  await admin.end();
  const u = new URL(pgUrl as string);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: pgUrl });
      await c.connect();
      await c.query(`drop database if exists "${name}" with (force)`);
      await c.end();
    },
  };
}

/** Imports a generated university kind by kind and prints seconds and rows per second. */
async function benchImport(students: number, pgUrl?: string) {
  const opts = { ...BENCHMARK_OPTIONS, students };
  const t0 = Date.now();
  const uni = generateUniversity(opts);
  console.log(`generated ${students} students, ${uni.counts.CLASSES} classes, ${uni.counts.DORMITORIES} dorms, ${opts.colleges} colleges in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const engines: ('sqlite' | 'postgresql')[] = pgUrl ? ['sqlite', 'postgresql'] : ['sqlite'];
  if (!pgUrl) console.log('(no --pg / BENCH_PG_URL / TEST_PG_URL: PostgreSQL skipped)');
  const lines: string[] = ['| engine | kind | rows | seconds | rows/s | re-import seconds (all unchanged) |', '|---|---|---:|---:|---:|---:|'];
  for (const engine of engines) {
    const db = await scratch(engine, pgUrl);
    const orm = await openOrm(db.url);
    try {
      await migrate(orm);
      const importer = createServices({ timeZone: 'Asia/Shanghai' }).rosterImport;
      let total = 0;
      let totalRows = 0;
      for (const kind of IMPORT_ORDER) {
        const table = readCsv(uni.files[kind]);
        const t = process.hrtime.bigint();
        const res = await importer.importTable(orm.em.fork(), SYSTEM, kind, table);
        const secs = Number(process.hrtime.bigint() - t) / 1e9;
        if (res.errors.length) throw new Error(`${kind}: ${JSON.stringify(res.errors.slice(0, 3))}`);
        const t2 = process.hrtime.bigint();
        const again = await importer.importTable(orm.em.fork(), SYSTEM, kind, table);
        const secs2 = Number(process.hrtime.bigint() - t2) / 1e9;
        if (again.unchanged !== table.rows.length) throw new Error(`${kind}: re-import was not all unchanged`);
        total += secs;
        totalRows += res.created;
        const line = `| ${engine} | ${kind} | ${res.created} | ${secs.toFixed(2)} | ${Math.round(res.created / secs)} | ${secs2.toFixed(2)} |`;
        lines.push(line);
        console.log(line);
      }
      const line = `| ${engine} | **all** | ${totalRows} | ${total.toFixed(2)} | ${Math.round(totalRows / total)} | |`;
      lines.push(line);
      console.log(line);
    } finally {
      await orm.close(true);
      await db.drop();
    }
  }
  console.log(`\nMarkdown for docs/performance.md:\n\n${lines.join('\n')}\n`);
}

export async function runBench(what: string, o: { students: number; pg?: string }) {
  if (what === 'import') return benchImport(o.students, o.pg);
  throw new Error(`unknown benchmark "${what}"; try: import`);
}
