import { Entity, Enum, Index, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { NETWORK_LEVELS, type NetworkLevel } from '@carenet/domain';

// Kept by database triggers, never written by the application: coverage history sums these instead
// of reading every post behind them (db/migrations/coverage-edge-sql.ts has the rule). `cli verify`
// recomputes them from the posts (docs/metrics.md, "Coverage over time").

/** The kinds of unit a post covers: a class (committee members) or a dorm (dorm officers). */
export const COVERAGE_UNIT_KINDS = ['CLASS', 'DORM'] as const;

/**
 * One edge of an active unit's covered span: +1 on the span's first day, −1 on the day it stops
 * (none while it runs on).
 */
@Entity({ tableName: 'coverage_edge' })
@Index({ name: 'coverage_edge_report', properties: ['level', 'kind', 'day', 'collegeId', 'delta'] })
export class CoverageEdgeEntity {
  [PrimaryKeyProp]?: ['kind', 'unitId', 'day'];

  @Enum({ items: () => [...COVERAGE_UNIT_KINDS], type: 'string', primary: true })
  kind!: (typeof COVERAGE_UNIT_KINDS)[number];

  @PrimaryKey({ type: 'integer', autoincrement: false })
  unitId!: number;

  @PrimaryKey({ type: 'string', length: 10 })
  day!: string;

  @Enum({ items: () => [...NETWORK_LEVELS], type: 'string' })
  level!: NetworkLevel;

  @Property({ type: 'integer' })
  collegeId!: number;

  @Property({ type: 'integer' })
  delta!: number;
}
