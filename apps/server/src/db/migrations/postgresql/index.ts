import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261128195144 } from './Migration20261128195144.js';
import { Migration20261128201645 } from './Migration20261128201645.js';
import { Migration20261201110459 } from './Migration20261201110459.js';
import { Migration20261201144319 } from './Migration20261201144319.js';
import { Migration20261201144719 } from './Migration20261201144719.js';
import { Migration20261201150950 } from './Migration20261201150950.js';
import { Migration20261201153535 } from './Migration20261201153535.js';
import { Migration20261201211120 } from './Migration20261201211120.js';
import { Migration20261202001500 } from './Migration20261202001500.js';
import { Migration20261202003000 } from './Migration20261202003000.js';
import { Migration20261202010000 } from './Migration20261202010000.js';
import { Migration20261202060000 } from './Migration20261202060000.js';
import { Migration20261202120000 } from './Migration20261202120000.js';
import { Migration20261202180000 } from './Migration20261202180000.js';
import { Migration20261202200000 } from './Migration20261202200000.js';

export const postgresqlMigrations: MigrationObject[] = [
  { name: 'Migration20261128195144', class: Migration20261128195144 },
  { name: 'Migration20261128201645', class: Migration20261128201645 },
  { name: 'Migration20261201110459', class: Migration20261201110459 },
  { name: 'Migration20261201144319', class: Migration20261201144319 },
  { name: 'Migration20261201144719', class: Migration20261201144719 },
  { name: 'Migration20261201150950', class: Migration20261201150950 },
  { name: 'Migration20261201153535', class: Migration20261201153535 },
  { name: 'Migration20261201211120', class: Migration20261201211120 },
  { name: 'Migration20261202001500', class: Migration20261202001500 },
  { name: 'Migration20261202003000', class: Migration20261202003000 },
  { name: 'Migration20261202010000', class: Migration20261202010000 },
  { name: 'Migration20261202060000', class: Migration20261202060000 },
  { name: 'Migration20261202120000', class: Migration20261202120000 },
  { name: 'Migration20261202180000', class: Migration20261202180000 },
  { name: 'Migration20261202200000', class: Migration20261202200000 },
];
