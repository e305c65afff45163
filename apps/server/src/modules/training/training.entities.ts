import { Entity, Enum, Index, ManyToOne, Property, type Rel, Unique } from '@mikro-orm/core';
import { SESSION_STATUSES, TRAINING_FORMS, type SessionStatus, type TrainingForm } from '@carenet/domain';
import { BaseEntity } from '../org/base.entity.js';
import { CollegeEntity, StudentEntity } from '../org/org.entities.js';

/** A semester's basic-skills programme; without a row the defaults apply (COURSEWARE, LECTURE, READER; 1). */
@Entity({ tableName: 'training_programme' })
export class TrainingProgrammeEntity extends BaseEntity<'version'> {
  @Property({ type: 'string', length: 20, unique: true })
  semester!: string;

  /** Required module codes, comma-separated in order (at most 20 codes of 32 characters). */
  @Property({ type: 'string', length: 700 })
  moduleCodes!: string;

  @Property({ type: 'smallint' })
  minSelfDesignedAttendance!: number;

  @Property({ type: 'integer', version: true })
  version!: number;
}

/**
 * A college's self-designed session (or its working group's own study). Levels and audiences are
 * flags so the completion SQL filters on them directly.
 */
@Entity({ tableName: 'training_session' })
@Unique({ properties: ['semester', 'code'] })
@Index({ properties: ['college', 'semester'] })
export class TrainingSessionEntity extends BaseEntity<'version' | 'plannedOn' | 'heldOn' | 'speaker' | 'place'> {
  @Property({ type: 'string', length: 20 })
  semester!: string;

  @ManyToOne(() => CollegeEntity, { deleteRule: 'restrict' })
  college!: Rel<CollegeEntity>;

  @Property({ type: 'string', length: 32 })
  code!: string;

  @Property({ type: 'string', length: 200 })
  title!: string;

  @Property({ type: 'boolean' })
  forUndergraduate!: boolean;

  @Property({ type: 'boolean' })
  forGraduate!: boolean;

  @Property({ type: 'boolean' })
  forCommitteeMembers!: boolean;

  @Property({ type: 'boolean' })
  forDormOfficers!: boolean;

  @Property({ type: 'boolean' })
  forWorkingGroup!: boolean;

  @Enum({ items: () => [...TRAINING_FORMS], type: 'string' })
  form!: TrainingForm;

  @Property({ type: 'string', length: 100, nullable: true })
  speaker: string | null = null;

  @Property({ type: 'string', length: 200, nullable: true })
  place: string | null = null;

  @Property({ type: 'string', length: 10, nullable: true })
  plannedOn: string | null = null;

  @Enum({ items: () => [...SESSION_STATUSES], type: 'string' })
  status!: SessionStatus;

  @Property({ type: 'string', length: 10, nullable: true })
  heldOn: string | null = null;

  @Property({ type: 'integer', version: true })
  version!: number;
}

/** A student signed in at a session; recorded whoever they are, counted only per SPEC §4. */
@Entity({ tableName: 'session_attendance' })
@Unique({ properties: ['session', 'student'] })
@Index({ properties: ['student'] })
export class SessionAttendanceEntity extends BaseEntity {
  @ManyToOne(() => TrainingSessionEntity, { deleteRule: 'cascade' })
  session!: Rel<TrainingSessionEntity>;

  @ManyToOne(() => StudentEntity, { deleteRule: 'restrict' })
  student!: Rel<StudentEntity>;
}

/** A basic-skills module a student completed (from a course platform's export or entered by hand). */
@Entity({ tableName: 'module_completion' })
@Unique({ properties: ['semester', 'student', 'moduleCode'] })
@Index({ properties: ['student'] })
export class ModuleCompletionEntity extends BaseEntity {
  @Property({ type: 'string', length: 20 })
  semester!: string;

  @ManyToOne(() => StudentEntity, { deleteRule: 'restrict' })
  student!: Rel<StudentEntity>;

  @Property({ type: 'string', length: 32 })
  moduleCode!: string;

  @Property({ type: 'string', length: 10 })
  completedOn!: string;
}
