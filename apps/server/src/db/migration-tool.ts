import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { engineOf } from '../config.js';
import { MIGRATIONS_DIR, migrate, openOrm } from './orm.js';

/**
 * Creates a migration for one engine from the difference between the entities and a database
 * that has every existing migration applied. Used by developers: `npm run cli -- migration:create`.
 */
export async function createMigration(databaseUrl: string): Promise<string | null> {
  const engine = engineOf(databaseUrl);
  const orm = await openOrm(databaseUrl);
  try {
    await migrate(orm);
    const res = await orm.getMigrator().createMigration(MIGRATIONS_DIR[engine]);
    if (!res.fileName) return null;
    const dir = MIGRATIONS_DIR[engine];
    const { readdirSync } = await import('node:fs');
    const names = readdirSync(dir)
      .filter((f) => /^Migration\d+.*\.ts$/.test(f))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    const varName = engine === 'sqlite' ? 'sqliteMigrations' : 'postgresqlMigrations';
    const body = [
      `import type { MigrationObject } from '@mikro-orm/core';`,
      ...names.map((n) => `import { ${n} } from './${n}.js';`),
      '',
      `export const ${varName}: MigrationObject[] = [`,
      ...names.map((n) => `  { name: '${n}', class: ${n} },`),
      '];',
      '',
    ].join('\n');
    writeFileSync(join(dir, 'index.ts'), body);
    return res.fileName;
  } finally {
    await orm.close(true);
  }
}
