import { Entity, Enum, Index, ManyToOne, OneToOne, Property, type Rel, Unique } from '@mikro-orm/core';
import {
  FOLLOW_UP_STATUSES,
  type FollowUpStatus,
  INSTRUMENTS,
  type Instrument,
  REFERRAL_TARGETS,
  type ReferralTarget,
  UPI_TIERS,
  type UpiTier,
} from '@carenet/domain';
import { UserEntity } from '../auth/auth.entities.js';
import { BaseEntity } from '../org/base.entity.js';
import { StudentEntity } from '../org/org.entities.js';

/** A screening the Center runs: one instrument, a semester, the levels it covers, and its follow-up days. */
@Entity({ tableName: 'screening_campaign' })
export class ScreeningCampaignEntity extends BaseEntity<'opensOn' | 'closesOn' | 'version'> {
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Enum({ items: () => [...INSTRUMENTS], type: 'string' })
  instrument!: Instrument;

  @Property({ type: 'string', length: 20 })
  semester!: string;

  @Property({ type: 'boolean' })
  forUndergraduate!: boolean;

  @Property({ type: 'boolean' })
  forGraduate!: boolean;

  @Property({ type: 'string', length: 10, nullable: true })
  opensOn: string | null = null;

  @Property({ type: 'string', length: 10, nullable: true })
  closesOn: string | null = null;

  @Property({ type: 'smallint' })
  followUpDays!: number;

  @Property({ type: 'integer', version: true })
  version!: number;
}

/**
 * One student's answers in a campaign, scored by the rule version stored with it (SPEC §5).
 * Sensitive personal information: read only through the screening policies, every read audited.
 */
@Entity({ tableName: 'screening_result' })
@Unique({ properties: ['campaign', 'student'] })
@Index({ properties: ['student'] })
export class ScreeningResultEntity extends BaseEntity<'tier'> {
  @ManyToOne(() => ScreeningCampaignEntity, { deleteRule: 'restrict' })
  campaign!: Rel<ScreeningCampaignEntity>;

  @ManyToOne(() => StudentEntity, { deleteRule: 'restrict' })
  student!: Rel<StudentEntity>;

  @Property({ type: Date })
  takenAt!: Date;

  /** The answers in item order, comma-separated (60 items of 0/1, or 0–3). */
  @Property({ type: 'string', length: 200, hidden: true })
  answers!: string;

  @Property({ type: 'string', length: 20 })
  ruleVersion!: string;

  @Property({ type: 'smallint' })
  total!: number;

  @Enum({ items: () => [...UPI_TIERS], type: 'string', nullable: true })
  tier: UpiTier | null = null;

  @Property({ type: 'boolean' })
  flagged!: boolean;

  @Property({ type: 'boolean' })
  urgent!: boolean;

  /** Codes of why it is flagged or watched, comma-separated */
  @Property({ type: 'string', length: 200 })
  reasons!: string;
}

/** The follow-up a flagged result opens; worked by the student's counselor (or the Center). */
@Entity({ tableName: 'follow_up' })
@Index({ properties: ['status', 'dueAt'] })
@Index({ properties: ['campaign', 'status'] })
@Index({ properties: ['student'] })
export class FollowUpEntity extends BaseEntity<'referredTo' | 'version'> {
  @OneToOne(() => ScreeningResultEntity, { owner: true, unique: true, deleteRule: 'restrict' })
  result!: Rel<ScreeningResultEntity>;

  @ManyToOne(() => StudentEntity, { deleteRule: 'restrict' })
  student!: Rel<StudentEntity>;

  @ManyToOne(() => ScreeningCampaignEntity, { deleteRule: 'restrict' })
  campaign!: Rel<ScreeningCampaignEntity>;

  @Enum({ items: () => [...FOLLOW_UP_STATUSES], type: 'string' })
  status!: FollowUpStatus;

  @Property({ type: 'boolean' })
  urgent!: boolean;

  @Property({ type: Date })
  dueAt!: Date;

  @Enum({ items: () => [...REFERRAL_TARGETS], type: 'string', nullable: true })
  referredTo: ReferralTarget | null = null;

  @Property({ type: 'integer', version: true })
  version!: number;
}

/** One step of a follow-up: who moved it from what to what, when, with their note. Append-only. */
@Entity({ tableName: 'follow_up_step' })
@Index({ properties: ['followUp'] })
export class FollowUpStepEntity extends BaseEntity<'referredTo'> {
  @ManyToOne(() => FollowUpEntity, { deleteRule: 'restrict' })
  followUp!: Rel<FollowUpEntity>;

  @Enum({ items: () => [...FOLLOW_UP_STATUSES], type: 'string' })
  fromStatus!: FollowUpStatus;

  @Enum({ items: () => [...FOLLOW_UP_STATUSES], type: 'string' })
  toStatus!: FollowUpStatus;

  @Enum({ items: () => [...REFERRAL_TARGETS], type: 'string', nullable: true })
  referredTo: ReferralTarget | null = null;

  @Property({ type: 'text' })
  note!: string;

  /** The person or token as the audit log names them */
  @Property({ type: 'string', length: 100 })
  actorName!: string;
}

/** An in-app alert (an urgent result); who sees it follows the follow-up read scope. */
@Entity({ tableName: 'alert' })
export class AlertEntity extends BaseEntity {
  @ManyToOne(() => FollowUpEntity, { deleteRule: 'restrict' })
  followUp!: Rel<FollowUpEntity>;

  @Property({ type: 'string', length: 20 })
  kind!: 'URGENT_RESULT';
}

/** That a person has read an alert. */
@Entity({ tableName: 'alert_read' })
@Unique({ properties: ['alert', 'user'] })
export class AlertReadEntity extends BaseEntity {
  @ManyToOne(() => AlertEntity, { deleteRule: 'cascade' })
  alert!: Rel<AlertEntity>;

  @ManyToOne(() => UserEntity, { deleteRule: 'cascade' })
  user!: Rel<UserEntity>;
}
