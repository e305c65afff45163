import { rm } from 'node:fs/promises';
import path from 'node:path';

// Removes the per-run SQLite file (and its journal/WAL side files) created for the
// e2e server. Runs in the runner process only, after all tests.
export default async function globalTeardown(): Promise<void> {
  const file = process.env.CARENET_E2E_DB;
  // Only ever delete what playwright.config.ts named, never a user-supplied path.
  if (!file || !path.basename(file).startsWith('carenet-e2e-')) return;
  await Promise.all(
    ['', '-journal', '-wal', '-shm'].map((suffix) => rm(file + suffix, { force: true })),
  );
}
