import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { EntityManager as AnyEntityManager, MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { isSqlite } from '../common/dates.js';

/** Rows of a read-only report statement. */
export type Row = Record<string, unknown>;

/** A boolean column of a raw row: SQLite answers 0/1, PostgreSQL true/false. */
export const sqlFlag = (v: unknown): boolean => v === true || Number(v) === 1;

/** A report read waited longer than DB_WAIT_SECONDS for the read worker: answered as SERVER_BUSY. */
export class ReadBusyError extends Error {
  override name = 'ReadBusyError';
}

interface Pending {
  id: number;
  sql: string;
  params: unknown[];
  resolve: (rows: Row[]) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

/**
 * Report statements on SQLite run in a worker thread with its own read-only connection (WAL lets it
 * read while the server writes), one at a time. A statement waits at most `waitMs` for its turn and
 * is then refused as busy, so requests never queue without bound behind long reports.
 */
export class SqliteReadWorker {
  private readonly worker: Worker;
  private readonly queue: Pending[] = [];
  private running: Pending | null = null;
  private nextId = 1;
  private closing = false;
  /** The worker died; reads go to the main connection instead. */
  failed = false;

  constructor(
    path: string,
    private readonly waitMs: number,
  ) {
    // Beside this module once built; from the sources (tests run them), the built copy.
    const built = new URL('./read-worker.js', import.meta.url);
    const file = existsSync(fileURLToPath(built)) ? built : new URL('../../dist/db/read-worker.js', import.meta.url);
    this.worker = new Worker(file, { workerData: { path } });
    this.worker.unref();
    this.worker.on('message', (m: { id: number; rows?: Row[]; error?: { message: string; code: string | null } }) => {
      const p = this.running;
      this.running = null;
      if (p && p.id === m.id) {
        if (m.error) p.reject(Object.assign(new Error(m.error.message), { code: m.error.code }));
        else p.resolve(m.rows ?? []);
      }
      this.pump();
    });
    // A worker that dies fails what it holds; readRows then reads on the main connection.
    const fail = (e: Error) => {
      this.failed = true;
      for (const p of [this.running, ...this.queue.splice(0)]) {
        if (p) {
          clearTimeout(p.timer);
          p.reject(e);
        }
      }
      this.running = null;
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => {
      if (!this.closing) fail(new Error(`the SQLite read worker stopped (exit code ${code})`));
    });
  }

  all(sql: string, params: unknown[]): Promise<Row[]> {
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      const p: Pending = {
        id,
        // The worker's driver binds numbers, strings and null: times as SQLite keeps them (ms), booleans as 0/1.
        params: params.map((v) => (v instanceof Date ? v.getTime() : typeof v === 'boolean' ? (v ? 1 : 0) : v)),
        sql,
        resolve,
        reject,
        timer: setTimeout(() => {
          const i = this.queue.indexOf(p);
          if (i < 0) return;
          this.queue.splice(i, 1);
          reject(new ReadBusyError(`a report waited more than ${this.waitMs} ms for the database`));
        }, this.waitMs),
      };
      p.timer.unref();
      this.queue.push(p);
      this.pump();
    });
  }

  private pump(): void {
    if (this.running || this.queue.length === 0) return;
    const p = this.queue.shift()!;
    clearTimeout(p.timer);
    this.running = p;
    this.worker.postMessage({ id: p.id, sql: p.sql, params: p.params });
  }

  async close(): Promise<void> {
    this.closing = true;
    await this.worker.terminate();
  }
}

// The read worker of each ORM (keyed by its driver, which every fork shares).
const workers = new WeakMap<object, SqliteReadWorker>();

/** Starts the read worker of a SQLite ORM (the server does; tools and tests of services read inline). */
export function startReadWorker(orm: MikroORM, path: string, waitMs: number): SqliteReadWorker {
  const w = new SqliteReadWorker(path, waitMs);
  workers.set(orm.em.getDriver(), w);
  return w;
}

/** Runs a read-only report statement: in the SQLite read worker when there is one, else on the ORM's connection. */
export function readRows<T = Row>(em: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  const w = workers.get(em.getDriver());
  return (w && !w.failed ? w.all(sql, params) : em.getConnection().execute(sql, params, 'all')) as Promise<T[]>;
}

/** Imports that create or change at least this many rows refresh the planner's statistics. */
export const ANALYZE_AFTER_ROWS = 1000;

/**
 * After a large import, refresh the planner's statistics of the tables it wrote (all tables when
 * `tables` is omitted): autovacuum would get to them within minutes, and until then PostgreSQL
 * planned from the empty tables (once 30 s instead of 80 ms for coverage; the follow-up report
 * 3.6 times its settled time at 800,000 students).
 */
export async function refreshStatistics(em: AnyEntityManager, rowsWritten: number, tables?: readonly string[]): Promise<void> {
  if (rowsWritten < ANALYZE_AFTER_ROWS) return;
  const conn = em.getConnection();
  if (isSqlite(em)) {
    if (!tables) await conn.execute('analyze');
    else for (const t of tables) await conn.execute(`analyze ${t}`);
    return;
  }
  // PostgreSQL analyses only tables the caller owns; a runtime role that is not the owner goes
  // through carenet_analyze (Migration20261202200000), which runs as the owner.
  await conn.execute(`select carenet_analyze(string_to_array(?, ','))`, [tables ? tables.join(',') : null]);
}
