import type { EntityClass, EntityManager, FilterQuery } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';

// Keeps IN lists well below SQLite's and PostgreSQL's bound-parameter limits.
const CHUNK = 1000;

/** Loads entities whose `field` is one of `keys`, in chunks; returns them keyed by that field. */
export async function loadByKeys<T extends object, K extends keyof T & string>(
  em: EntityManager,
  entity: EntityClass<T>,
  field: K,
  keys: Iterable<string>,
  options: { populate?: readonly string[] } = {},
): Promise<Map<string, T>> {
  const unique = [...new Set(keys)];
  const out = new Map<string, T>();
  for (let i = 0; i < unique.length; i += CHUNK) {
    const part = unique.slice(i, i + CHUNK);
    const found = await em.find(entity, { [field]: { $in: part } } as FilterQuery<T>, {
      populate: (options.populate ?? []) as never,
    });
    for (const e of found) out.set(String(e[field]), e);
  }
  return out;
}

/** Same chunking for an arbitrary filter over ids. */
export async function findByIds<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  field: string,
  ids: readonly number[],
  extra: Record<string, unknown> = {},
  options: { populate?: readonly string[] } = {},
): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const part = ids.slice(i, i + CHUNK);
    out.push(
      ...(await em.find(entity, { [field]: { $in: part }, ...extra } as FilterQuery<T>, {
        populate: (options.populate ?? []) as never,
      })),
    );
  }
  return out;
}

/**
 * Rows of `select … where <column> in (keys)`, in chunks: for imports that only check values and
 * name records, where hydrating tens of thousands of entities (with their relations) cost most of
 * the time. `select` ends before the `where`; `extra` adds conditions.
 */
export async function rowsByKeys<R>(em: EntityManager, select: string, column: string, keys: Iterable<string | number>, extra = ''): Promise<R[]> {
  const unique = [...new Set(keys)];
  const out: R[] = [];
  // Through the entity manager, so that the statement runs in its transaction.
  const sql = em as unknown as SqlEntityManager;
  for (let i = 0; i < unique.length; i += CHUNK) {
    const part = unique.slice(i, i + CHUNK);
    out.push(...(await sql.execute<R[]>(`${select} where ${column} in (${part.map(() => '?').join(', ')})${extra}`, part, 'all')));
  }
  return out;
}
