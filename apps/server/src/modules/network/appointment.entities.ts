import { Check, Entity, Enum, Index, ManyToOne, Property, type Rel, Unique } from '@mikro-orm/core';
import { END_REASONS, type EndReason } from '@carenet/domain';
import { BaseEntity } from '../org/base.entity.js';
import { ClassGroupEntity, DormitoryEntity, StudentEntity } from '../org/org.entities.js';

// Partial unique indexes back the rules of SPEC.md §3 in the database itself:
// two slots per class and one officer per dorm among appointments that have not ended.
@Entity({ tableName: 'committee_appointment' })
@Unique({
  name: 'committee_appointment_active_slot_unique',
  expression:
    'create unique index "committee_appointment_active_slot_unique" on "committee_appointment" ("class_group_id", "slot") where "ended_on" is null',
})
@Unique({
  name: 'committee_appointment_active_student_unique',
  expression:
    'create unique index "committee_appointment_active_student_unique" on "committee_appointment" ("student_id") where "ended_on" is null',
})
@Index({ properties: ['classGroup', 'endedOn'] })
@Check({ name: 'committee_appointment_slot_check', expression: 'slot in (1, 2)' })
export class CommitteeAppointmentEntity extends BaseEntity<'endedOn' | 'endReason' | 'attestsService' | 'attestsWellbeing'> {
  @ManyToOne(() => ClassGroupEntity, { deleteRule: 'restrict' })
  classGroup!: Rel<ClassGroupEntity>;

  @ManyToOne(() => StudentEntity, { deleteRule: 'restrict' })
  student!: Rel<StudentEntity>;

  /** 1 or 2: which of the class's two posts this is. */
  @Property({ type: 'smallint' })
  slot!: number;

  @Property({ type: 'string', length: 10 })
  startedOn!: string;

  @Property({ type: 'string', length: 10, nullable: true })
  endedOn: string | null = null;

  @Enum({ items: () => [...END_REASONS], type: 'string', nullable: true })
  endReason: EndReason | null = null;

  @Property({ type: 'boolean' })
  attestsService = false;

  @Property({ type: 'boolean' })
  attestsWellbeing = false;
}

@Entity({ tableName: 'dorm_officer_appointment' })
@Unique({
  name: 'dorm_officer_active_dorm_unique',
  expression:
    'create unique index "dorm_officer_active_dorm_unique" on "dorm_officer_appointment" ("dormitory_id") where "ended_on" is null',
})
@Unique({
  name: 'dorm_officer_active_student_unique',
  expression:
    'create unique index "dorm_officer_active_student_unique" on "dorm_officer_appointment" ("student_id") where "ended_on" is null',
})
@Index({ properties: ['dormitory', 'endedOn'] })
export class DormOfficerAppointmentEntity extends BaseEntity<'endedOn' | 'endReason'> {
  @ManyToOne(() => DormitoryEntity, { deleteRule: 'restrict' })
  dormitory!: Rel<DormitoryEntity>;

  @ManyToOne(() => StudentEntity, { deleteRule: 'restrict' })
  student!: Rel<StudentEntity>;

  @Property({ type: 'string', length: 10 })
  startedOn!: string;

  @Property({ type: 'string', length: 10, nullable: true })
  endedOn: string | null = null;

  @Enum({ items: () => [...END_REASONS], type: 'string', nullable: true })
  endReason: EndReason | null = null;
}
