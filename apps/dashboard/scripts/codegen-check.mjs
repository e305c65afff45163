// Fails when src/gql differs from what codegen makes of the current schema and documents.
// It generates into a temp dir, so the checked-in files are never touched.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const app = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const committed = join(app, 'src/gql');
const fresh = mkdtempSync(join(tmpdir(), 'carenet-codegen-'));
try {
  execFileSync('npx', ['--no-install', 'graphql-codegen', '--config', 'codegen.ts', '--silent'], {
    cwd: app,
    stdio: 'inherit',
    env: { ...process.env, CODEGEN_OUT_DIR: `${fresh}/` },
  });
  const names = [...new Set([...readdirSync(committed), ...readdirSync(fresh)])].sort();
  const read = (dir, name) => {
    try {
      return readFileSync(join(dir, name), 'utf8');
    } catch {
      return null;
    }
  };
  const stale = names.filter((n) => read(committed, n) !== read(fresh, n));
  if (stale.length > 0) {
    console.error(`apps/dashboard/src/gql is out of date (${stale.join(', ')}): run 'npm run codegen -w @carenet/dashboard' and commit the result.`);
    process.exit(1);
  }
  console.log('apps/dashboard/src/gql matches the schema and the operations.');
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
