import { Entity, Enum, Index, ManyToOne, Property, type Rel, Unique } from '@mikro-orm/core';
import { NETWORK_LEVELS, type NetworkLevel, SUBMISSION_KINDS, SUBMISSION_STATES, type SubmissionKind, type SubmissionState } from '@carenet/domain';
import { BaseEntity } from '../org/base.entity.js';
import { CollegeEntity } from '../org/org.entities.js';

/** A semester's due date for one kind of submission, for every college (setSubmissionDeadline). */
@Entity({ tableName: 'submission_deadline' })
@Unique({ properties: ['semester', 'kind'] })
export class SubmissionDeadlineEntity extends BaseEntity {
  @Property({ type: 'string', length: 20 })
  semester!: string;

  @Enum({ items: () => [...SUBMISSION_KINDS], type: 'string' })
  kind!: SubmissionKind;

  @Property({ type: 'string', length: 10 })
  dueOn!: string;
}

/**
 * What a college owes for a semester, once it has been acted on (before that it is NOT_STARTED
 * and exists only as a row of the report). `scope` is the level for rosters and '-' for the plan,
 * so the unique key works with both engines' NULL rules.
 */
@Entity({ tableName: 'submission' })
@Unique({ properties: ['college', 'semester', 'kind', 'scope'] })
@Index({ properties: ['semester', 'state'] })
export class SubmissionEntity extends BaseEntity<'revision' | 'paperReceivedOn' | 'returnReason' | 'firstSubmittedAt' | 'submittedAt' | 'late' | 'digest'> {
  @ManyToOne(() => CollegeEntity, { deleteRule: 'restrict' })
  college!: Rel<CollegeEntity>;

  @Property({ type: 'string', length: 20 })
  semester!: string;

  @Enum({ items: () => [...SUBMISSION_KINDS], type: 'string' })
  kind!: SubmissionKind;

  @Property({ type: 'string', length: 20 })
  scope!: string;

  @Enum({ items: () => [...NETWORK_LEVELS], type: 'string', nullable: true })
  level: NetworkLevel | null = null;

  @Enum({ items: () => [...SUBMISSION_STATES], type: 'string' })
  state!: SubmissionState;

  /** Snapshots frozen so far (SPEC §7 `version`): each submit adds one. */
  @Property({ type: 'integer' })
  version!: number;

  @Property({ type: Date, nullable: true })
  firstSubmittedAt: Date | null = null;

  @Property({ type: Date, nullable: true })
  submittedAt: Date | null = null;

  /** The first submission came after the due date in force then. */
  @Property({ type: 'boolean' })
  late = false;

  @Property({ type: 'string', length: 10, nullable: true })
  paperReceivedOn: string | null = null;

  @Property({ type: 'string', length: 500, nullable: true })
  returnReason: string | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  digest: string | null = null;

  /** Optimistic lock for transitions (`revision` in the API). */
  @Property({ type: 'integer', version: true })
  revision!: number;
}

/** A frozen copy of what was submitted, kept as data so it can be exported again identically. */
@Entity({ tableName: 'submission_snapshot' })
@Unique({ properties: ['submission', 'version'] })
export class SubmissionSnapshotEntity extends BaseEntity {
  @ManyToOne(() => SubmissionEntity, { deleteRule: 'restrict' })
  submission!: Rel<SubmissionEntity>;

  @Property({ type: 'integer' })
  version!: number;

  /** Canonical JSON of the roster or plan */
  @Property({ type: 'text' })
  content!: string;

  @Property({ type: 'string', length: 64 })
  digest!: string;

  @Property({ type: 'string', length: 100 })
  actorName!: string;
}

/** Every transition with who did it and when. */
@Entity({ tableName: 'submission_event' })
@Index({ properties: ['submission'] })
export class SubmissionEventEntity extends BaseEntity<'note'> {
  @ManyToOne(() => SubmissionEntity, { deleteRule: 'restrict' })
  submission!: Rel<SubmissionEntity>;

  @Enum({ items: () => [...SUBMISSION_STATES], type: 'string' })
  fromState!: SubmissionState;

  @Enum({ items: () => [...SUBMISSION_STATES], type: 'string' })
  toState!: SubmissionState;

  @Property({ type: 'integer' })
  version!: number;

  @Property({ type: 'string', length: 500, nullable: true })
  note: string | null = null;

  @Property({ type: 'string', length: 100 })
  actorName!: string;
}
