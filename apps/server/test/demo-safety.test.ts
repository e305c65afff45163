import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { EntityManager } from '@mikro-orm/knex';
import { describe, expect, it } from 'vitest';
import { SYSTEM } from '../src/common/actor.js';
import type { Engine } from '../src/config.js';
import { markerFileOf, runDemo } from '../src/db/demo/demo.js';
import { migrate, openOrm } from '../src/db/orm.js';
import { readCsv } from '../src/modules/roster-import/table-reader.js';
import { createServices } from '../src/services.js';
import { ENGINES, freshDatabase } from './harness.js';

// A small university keeps each demo run to a couple of seconds.
const SMALL = { colleges: 1, students: 60 };
const quiet = () => {};

async function withDatabase(engine: Engine, body: (url: string) => Promise<void>) {
  const db = await freshDatabase(engine);
  try {
    await body(db.url);
  } finally {
    await db.drop();
    rmSync(markerFileOf(db.url), { force: true });
  }
}

async function query<T>(url: string, sql: string): Promise<T[]> {
  const orm = await openOrm(url);
  try {
    return await (orm.em.fork() as EntityManager).getConnection().execute<T[]>(sql);
  } finally {
    await orm.close();
  }
}

/** Adds a college the way a university would, through the import. */
async function addCollege(url: string, code: string) {
  const orm = await openOrm(url);
  try {
    await migrate(orm);
    const importer = createServices({ timeZone: 'Asia/Shanghai' }).rosterImport;
    const r = await importer.importTable(orm.em.fork(), SYSTEM, 'COLLEGES', readCsv(`code,name\n${code},真实学院\n`));
    expect(r.errors).toEqual([]);
  } finally {
    await orm.close();
  }
}

const colleges = async (url: string) => (await query<{ code: string }>(url, 'select code from college order by code')).map((r) => r.code);
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe.each(ENGINES)('npm run demo on %s', (engine) => {
  it('refuses a database it did not create and leaves it exactly as it was', async () => {
    await withDatabase(engine, async (url) => {
      await addCollege(url, 'ZZ');
      const events = await query(url, 'select * from audit_event order by id');
      const fileBefore = engine === 'sqlite' ? sha(url) : null;

      await expect(runDemo({ serve: false, databaseUrl: url, university: SMALL, log: quiet })).rejects.toThrow(
        `The demo will not overwrite ${url}: the demo did not create it`,
      );

      if (fileBefore) {
        expect(sha(url)).toBe(fileBefore);
        expect(existsSync(markerFileOf(url))).toBe(false);
      }
      expect(await colleges(url)).toEqual(['ZZ']);
      expect(await query(url, 'select * from audit_event order by id')).toEqual(events);
    });
  });

  it('recreates a database it created itself, dropping whatever was added since', async () => {
    await withDatabase(engine, async (url) => {
      await runDemo({ serve: false, databaseUrl: url, university: SMALL, log: quiet });
      const demo = await colleges(url);
      expect(demo).toEqual(['C01']);
      await addCollege(url, 'ZZ');

      await runDemo({ serve: false, databaseUrl: url, university: SMALL, log: quiet });

      expect(await colleges(url)).toEqual(demo);
      const users = await query<{ username: string }>(url, 'select username from app_user order by username');
      expect(users.map((u) => u.username)).toEqual(['admin', 'center', 'committee', 'counselor', 'leader', 'officer']);
    });
  });

  it('refuses a database that is not CareNet at all', async () => {
    await withDatabase(engine, async (url) => {
      if (engine === 'sqlite') {
        // Even with a marker file beside it, a file that is not the demo's database is left alone.
        writeFileSync(url, 'my thesis, not a database');
        writeFileSync(markerFileOf(url), '');
      } else {
        await query(url, 'create table invoice (id int primary key)');
        await query(url, 'insert into invoice values (1)');
      }

      await expect(runDemo({ serve: false, databaseUrl: url, university: SMALL, log: quiet })).rejects.toThrow();

      if (engine === 'sqlite') expect(readFileSync(url, 'utf8')).toBe('my thesis, not a database');
      else expect(await query(url, 'select id from invoice')).toEqual([{ id: 1 }]);
    });
  });
});
