import { Entity, Enum, Index, ManyToOne, Property, type Rel, Unique } from '@mikro-orm/core';
import { NETWORK_LEVELS, type NetworkLevel, POSITIONS, type Position, STUDENT_STATUSES, type StudentStatus } from '@carenet/domain';
import { BaseEntity } from './base.entity.js';

@Entity({ tableName: 'college' })
export class CollegeEntity extends BaseEntity {
  @Property({ type: 'string', length: 40, unique: true })
  code!: string;

  @Property({ type: 'string', length: 200 })
  name!: string;
}

@Entity({ tableName: 'staff' })
export class StaffEntity extends BaseEntity {
  @Property({ type: 'string', length: 32, unique: true })
  staffNo!: string;

  @Property({ type: 'string', length: 100 })
  name!: string;

  @ManyToOne(() => CollegeEntity, { nullable: true, deleteRule: 'restrict' })
  college!: Rel<CollegeEntity> | null;
}

@Entity({ tableName: 'class_group' })
@Index({ properties: ['college', 'level'] })
// The coverage aggregate reads only this index (metrics/coverage.sql.ts).
@Index({ name: 'class_group_level_units', properties: ['level', 'college', 'enrolledCount', 'activePosts'] })
export class ClassGroupEntity extends BaseEntity {
  @Property({ type: 'string', length: 40, unique: true })
  code!: string;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'string', length: 20 })
  grade!: string;

  @Enum({ items: () => [...NETWORK_LEVELS], type: 'string' })
  level!: NetworkLevel;

  @ManyToOne(() => CollegeEntity, { deleteRule: 'restrict' })
  college!: Rel<CollegeEntity>;

  @ManyToOne(() => StaffEntity, { nullable: true, deleteRule: 'set null' })
  counselor!: Rel<StaffEntity> | null;

  // Per-unit counts kept by database triggers in the same transaction as every write to students and
  // appointments (migration UnitCounters); never written by the application. The metrics read them
  // instead of the students, and `cli verify` recomputes them from the source rows.
  /** Students ENROLLED in this unit. */
  @Property({ type: 'integer', default: 0, lazy: true })
  enrolledCount?: number;

  /** Active posts: not ended, held by a student still ENROLLED in this unit. */
  @Property({ type: 'integer', default: 0, lazy: true })
  activePosts?: number;
}

@Entity({ tableName: 'dormitory' })
@Index({ properties: ['college', 'level'] })
@Index({ name: 'dormitory_level_units', properties: ['level', 'college', 'enrolledCount', 'activePosts'] })
export class DormitoryEntity extends BaseEntity {
  @Property({ type: 'string', length: 40, unique: true })
  code!: string;

  @Property({ type: 'string', length: 100 })
  building!: string;

  @Property({ type: 'string', length: 50 })
  room!: string;

  @Enum({ items: () => [...NETWORK_LEVELS], type: 'string' })
  level!: NetworkLevel;

  @ManyToOne(() => CollegeEntity, { deleteRule: 'restrict' })
  college!: Rel<CollegeEntity>;

  // Kept by database triggers, as on class_group.
  /** Students ENROLLED in this unit. */
  @Property({ type: 'integer', default: 0, lazy: true })
  enrolledCount?: number;

  /** Active posts: not ended, held by a student still ENROLLED in this unit. */
  @Property({ type: 'integer', default: 0, lazy: true })
  activePosts?: number;
}

@Entity({ tableName: 'student' })
@Index({ properties: ['classGroup', 'status'] })
@Index({ properties: ['dormitory', 'status'] })
export class StudentEntity extends BaseEntity<'isDormHead' | 'phone' | 'emergencyContact' | 'emergencyPhone'> {
  @Property({ type: 'string', length: 32, unique: true })
  studentNo!: string;

  @Property({ type: 'string', length: 100 })
  name!: string;

  @Enum({ items: () => ['M', 'F'], type: 'string' })
  gender!: 'M' | 'F';

  @Enum({ items: () => [...STUDENT_STATUSES], type: 'string' })
  status!: StudentStatus;

  @Property({ type: 'boolean' })
  isDormHead = false;

  @ManyToOne(() => ClassGroupEntity, { deleteRule: 'restrict' })
  classGroup!: Rel<ClassGroupEntity>;

  @ManyToOne(() => DormitoryEntity, { nullable: true, deleteRule: 'restrict' })
  dormitory!: Rel<DormitoryEntity> | null;

  // Contact data: sensitive (SPEC.md §6), hidden from serialisation, read through an audited path only.
  @Property({ type: 'string', length: 30, nullable: true, hidden: true })
  phone: string | null = null;

  @Property({ type: 'string', length: 100, nullable: true, hidden: true })
  emergencyContact: string | null = null;

  @Property({ type: 'string', length: 30, nullable: true, hidden: true })
  emergencyPhone: string | null = null;
}

@Entity({ tableName: 'working_group_member' })
@Unique({ properties: ['college', 'staff', 'position'] })
export class WorkingGroupMemberEntity extends BaseEntity {
  @ManyToOne(() => CollegeEntity, { deleteRule: 'restrict' })
  college!: Rel<CollegeEntity>;

  @ManyToOne(() => StaffEntity, { deleteRule: 'restrict' })
  staff!: Rel<StaffEntity>;

  @Enum({ items: () => [...POSITIONS], type: 'string' })
  position!: Position;

  // Two flags rather than a list so aggregate SQL can filter by level directly.
  @Property({ type: 'boolean' })
  servesUndergraduate!: boolean;

  @Property({ type: 'boolean' })
  servesGraduate!: boolean;
}

@Entity({ tableName: 'workstation' })
export class WorkstationEntity extends BaseEntity<'version' | 'talkTableChairs' | 'sofa' | 'teaTable' | 'books'> {
  @ManyToOne(() => CollegeEntity, { unique: true, deleteRule: 'restrict' })
  college!: Rel<CollegeEntity>;

  @Property({ type: 'string', length: 200, nullable: true })
  room!: string | null;

  @Property({ type: 'boolean' })
  talkTableChairs = false;

  @Property({ type: 'boolean' })
  sofa = false;

  @Property({ type: 'boolean' })
  teaTable = false;

  @Property({ type: 'boolean' })
  books = false;

  @Property({ type: 'integer', version: true })
  version!: number;
}
