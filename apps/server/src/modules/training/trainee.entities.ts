import { Entity, Enum, Index, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { NETWORK_LEVELS, type NetworkLevel } from '@carenet/domain';

// Kept by database triggers, never written by the application: the training completion report
// reads these instead of every appointment, completion and attendance behind them. `cli verify`
// recomputes both from the source rows (docs/metrics.md, "Training completion").

/** One trainee: a student holding an active post at a level in a college (both posts count once). */
@Entity({ tableName: 'trainee' })
@Index({ name: 'trainee_student', properties: ['studentId'] })
export class TraineeEntity {
  [PrimaryKeyProp]?: ['level', 'collegeId', 'studentId'];

  @Enum({ items: () => [...NETWORK_LEVELS], type: 'string', primary: true })
  level!: NetworkLevel;

  @PrimaryKey({ type: 'integer', autoincrement: false })
  collegeId!: number;

  @PrimaryKey({ type: 'integer', autoincrement: false })
  studentId!: number;
}

/**
 * A trainee's progress in one semester, only where there is some: the programme's modules done and
 * the counting sessions of their own college attended.
 */
@Entity({ tableName: 'trainee_progress' })
@Index({ name: 'trainee_progress_student', properties: ['studentId'] })
@Index({ name: 'trainee_progress_report', properties: ['semester', 'level', 'collegeId', 'modulesDone', 'attended'] })
export class TraineeProgressEntity {
  [PrimaryKeyProp]?: ['semester', 'level', 'collegeId', 'studentId'];

  @PrimaryKey({ type: 'string', length: 20 })
  semester!: string;

  @Enum({ items: () => [...NETWORK_LEVELS], type: 'string', primary: true })
  level!: NetworkLevel;

  @PrimaryKey({ type: 'integer', autoincrement: false })
  collegeId!: number;

  @PrimaryKey({ type: 'integer', autoincrement: false })
  studentId!: number;

  @Property({ type: 'integer' })
  modulesDone!: number;

  @Property({ type: 'integer' })
  attended!: number;
}
