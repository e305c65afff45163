/**
 * Conflicts that another transaction caused and that the same work, run again, resolves: a unique
 * key another writer took first (two identical imports at once), a deadlock, a serialization failure,
 * a lock or busy database.
 */
export function isTransientConflict(e: unknown): boolean {
  const x = e as { name?: string; code?: string } | null;
  if (!x) return false;
  return (
    ['UniqueConstraintViolationException', 'DeadlockException', 'LockWaitTimeoutException'].includes(x.name ?? '') ||
    ['40001', '40P01', '23505', 'SQLITE_BUSY'].includes(String(x.code ?? ''))
  );
}

/**
 * Runs `work` (a whole transaction) again after a transient conflict, up to `attempts` times, waiting
 * a random 10–40 ms × attempt in between so that the writers do not collide again in step. The
 * last conflict is thrown as it is (answered as CONFLICT).
 */
export async function retryOnConflict<T>(work: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (e) {
      if (attempt >= attempts || !isTransientConflict(e)) throw e;
      await new Promise((r) => setTimeout(r, (10 + Math.random() * 30) * attempt));
    }
  }
}
