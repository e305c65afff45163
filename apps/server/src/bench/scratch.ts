import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Scratch {
  url: string;
  drop: () => Promise<void>;
}

/** A fresh, empty database for a benchmark: a SQLite file, or a database on the given PostgreSQL server. */
export async function scratch(engine: 'sqlite' | 'postgresql', pgUrl?: string, tag = 'bench'): Promise<Scratch> {
  if (engine === 'sqlite') {
    const file = join(tmpdir(), `carenet-${tag}-${process.pid}.db`);
    const drop = async () => {
      for (const s of ['', '-wal', '-shm']) rmSync(file + s, { force: true });
    };
    await drop();
    return { url: file, drop };
  }
  const { default: pg } = await import('pg');
  const name = `carenet_${tag}_${process.pid}`;
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
