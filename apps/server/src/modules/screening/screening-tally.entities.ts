import { Entity, Enum, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { NETWORK_LEVELS, type NetworkLevel } from '@carenet/domain';

// Kept by database triggers, never written by the application: the screening follow-up report reads
// these instead of every result and follow-up behind them. A result counts under its student's
// current class; `cli verify` recomputes both tables from the source rows (docs/metrics.md).

/** Per campaign, level and college: results, flagged results and follow-ups by status. */
@Entity({ tableName: 'screening_tally' })
export class ScreeningTallyEntity {
  [PrimaryKeyProp]?: ['campaignId', 'level', 'collegeId'];

  @PrimaryKey({ type: 'integer', autoincrement: false })
  campaignId!: number;

  @Enum({ items: () => [...NETWORK_LEVELS], type: 'string', primary: true })
  level!: NetworkLevel;

  @PrimaryKey({ type: 'integer', autoincrement: false })
  collegeId!: number;

  @Property({ type: 'integer' })
  screened!: number;

  @Property({ type: 'integer' })
  flagged!: number;

  @Property({ type: 'integer' })
  pending!: number;

  @Property({ type: 'integer' })
  inProgress!: number;

  @Property({ type: 'integer' })
  referred!: number;

  @Property({ type: 'integer' })
  closed!: number;
}

/** Per semester, level and college: students screened and flagged in any campaign of the semester (each once). */
@Entity({ tableName: 'screening_semester_tally' })
export class ScreeningSemesterTallyEntity {
  [PrimaryKeyProp]?: ['semester', 'level', 'collegeId'];

  @PrimaryKey({ type: 'string', length: 20 })
  semester!: string;

  @Enum({ items: () => [...NETWORK_LEVELS], type: 'string', primary: true })
  level!: NetworkLevel;

  @PrimaryKey({ type: 'integer', autoincrement: false })
  collegeId!: number;

  @Property({ type: 'integer' })
  screened!: number;

  @Property({ type: 'integer' })
  flagged!: number;
}

/**
 * Per follow-up, its student's current class: the overdue count reads this instead of the students.
 * Kept when a follow-up is written or deleted and when its student changes class.
 */
@Entity({ tableName: 'follow_up_class' })
export class FollowUpClassEntity {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  followUpId!: number;

  @Property({ type: 'integer' })
  classGroupId!: number;
}
