import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { engineOf } from '../config.js';
import { migrate, openOrm, type OrmOptions } from './orm.js';

const quoteIdent = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * PostgreSQL with two roles: the owner (DATABASE_OWNER_URL) runs migrations; the server's runtime role
 * (DATABASE_URL) may read and write the tables but only INSERT and SELECT the audit log, so not even
 * a compromised server can TRUNCATE, UPDATE or DELETE it.
 */
export async function grantRuntimeRole(owner: MikroORM, role: string): Promise<void> {
  const conn = (owner.em.fork() as EntityManager).getConnection();
  const r = quoteIdent(role);
  for (const sql of [
    `grant usage on schema public to ${r}`,
    `grant select, insert, update, delete on all tables in schema public to ${r}`,
    `grant usage, select on all sequences in schema public to ${r}`,
    // The migration bookkeeping and the audit log are not the runtime's to change.
    `revoke insert, update, delete, truncate on mikro_orm_migrations from ${r}`,
    `revoke update, delete, truncate, references, trigger on audit_event from ${r}`,
    // Statistics after large imports: only the owner may ANALYZE, through this function.
    `grant execute on function carenet_analyze(text[]) to ${r}`,
  ]) {
    await conn.execute(sql);
  }
}

/**
 * Opens the server's database. With DATABASE_OWNER_URL (PostgreSQL), migrations run as the owner and
 * the runtime role gets its grants; without it, the one role migrates and serves (SQLite, small setups).
 */
export async function openServerDatabase(databaseUrl: string, ownerUrl: string | null, opts: OrmOptions = {}): Promise<{ orm: MikroORM; applied: string[] }> {
  if (!ownerUrl) {
    const orm = await openOrm(databaseUrl, opts);
    return { orm, applied: await migrate(orm) };
  }
  if (engineOf(databaseUrl) !== 'postgresql' || engineOf(ownerUrl) !== 'postgresql') {
    throw new Error('DATABASE_OWNER_URL is for PostgreSQL: set both it and DATABASE_URL to postgresql:// URLs');
  }
  const role = decodeURIComponent(new URL(databaseUrl).username);
  if (!role) throw new Error('DATABASE_URL must name the runtime role (postgresql://role:password@host/db) when DATABASE_OWNER_URL is set');
  const owner = await openOrm(ownerUrl);
  let applied: string[];
  try {
    applied = await migrate(owner);
    await grantRuntimeRole(owner, role);
  } finally {
    await owner.close(true);
  }
  return { orm: await openOrm(databaseUrl, opts), applied };
}
