import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261128195144 } from './Migration20261128195144.js';
import { Migration20261128201645 } from './Migration20261128201645.js';
import { Migration20261201110459 } from './Migration20261201110459.js';
import { Migration20261201144319 } from './Migration20261201144319.js';
import { Migration20261201144718 } from './Migration20261201144718.js';
import { Migration20261201150949 } from './Migration20261201150949.js';
import { Migration20261201153532 } from './Migration20261201153532.js';
import { Migration20261201211120 } from './Migration20261201211120.js';
import { Migration20261202001500 } from './Migration20261202001500.js';
import { Migration20261202003000 } from './Migration20261202003000.js';
import { Migration20261202060000 } from './Migration20261202060000.js';
import { Migration20261202180000 } from './Migration20261202180000.js';

export const sqliteMigrations: MigrationObject[] = [
  { name: 'Migration20261128195144', class: Migration20261128195144 },
  { name: 'Migration20261128201645', class: Migration20261128201645 },
  { name: 'Migration20261201110459', class: Migration20261201110459 },
  { name: 'Migration20261201144319', class: Migration20261201144319 },
  { name: 'Migration20261201144718', class: Migration20261201144718 },
  { name: 'Migration20261201150949', class: Migration20261201150949 },
  { name: 'Migration20261201153532', class: Migration20261201153532 },
  { name: 'Migration20261201211120', class: Migration20261201211120 },
  { name: 'Migration20261202001500', class: Migration20261202001500 },
  { name: 'Migration20261202003000', class: Migration20261202003000 },
  { name: 'Migration20261202060000', class: Migration20261202060000 },
  { name: 'Migration20261202180000', class: Migration20261202180000 },
];
