import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel, Unique } from '@mikro-orm/core';
import { API_SCOPES, type ApiScope, GRANTABLE_ROLES, type Role } from '@carenet/domain';
import { BaseEntity } from '../org/base.entity.js';
import { CollegeEntity, StaffEntity, StudentEntity } from '../org/org.entities.js';

@Entity({ tableName: 'app_user' })
export class UserEntity extends BaseEntity<'active' | 'staff' | 'student'> {
  @Property({ type: 'string', length: 64, unique: true })
  username!: string;

  /** argon2id hash (PHC string) */
  @Property({ type: 'string', length: 255, hidden: true })
  passwordHash!: string;

  @ManyToOne(() => StaffEntity, { nullable: true, deleteRule: 'set null' })
  staff: Rel<StaffEntity> | null = null;

  @ManyToOne(() => StudentEntity, { nullable: true, deleteRule: 'set null' })
  student: Rel<StudentEntity> | null = null;

  @Property({ type: 'boolean' })
  active = true;
}

@Entity({ tableName: 'role_grant' })
@Unique({ properties: ['user', 'role', 'college'] })
export class RoleGrantEntity extends BaseEntity<'college'> {
  @ManyToOne(() => UserEntity, { deleteRule: 'cascade' })
  user!: Rel<UserEntity>;

  @Enum({ items: () => [...GRANTABLE_ROLES], type: 'string' })
  role!: Role;

  @ManyToOne(() => CollegeEntity, { nullable: true, deleteRule: 'cascade' })
  college: Rel<CollegeEntity> | null = null;
}

/** Sessions live in the database so that every server instance agrees on them. */
@Entity({ tableName: 'user_session' })
export class SessionEntity {
  [OptionalProps]?: 'createdAt' | 'lastSeenAt' | 'endedAt';

  /** sha256 of the session token; the token itself is only in the cookie */
  @PrimaryKey({ type: 'string', length: 64 })
  id!: string;

  @ManyToOne(() => UserEntity, { deleteRule: 'cascade' })
  user!: Rel<UserEntity>;

  @Property({ type: Date })
  createdAt: Date = new Date();

  @Property({ type: Date })
  lastSeenAt: Date = new Date();

  @Property({ type: Date, nullable: true })
  endedAt: Date | null = null;
}

/** Login attempts, for throttling across instances (5 failures in 15 minutes lock a username). */
@Entity({ tableName: 'login_attempt' })
@Index({ properties: ['username', 'at'] })
export class LoginAttemptEntity {
  [OptionalProps]?: 'at';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 64 })
  username!: string;

  @Property({ type: Date })
  at: Date = new Date();

  @Property({ type: 'boolean' })
  success!: boolean;
}

@Entity({ tableName: 'api_token' })
export class ApiTokenEntity extends BaseEntity<'college' | 'expiresAt' | 'revokedAt' | 'lastUsedAt'> {
  @Property({ type: 'string', length: 100 })
  name!: string;

  /** sha256 of the token: tokens are random and long, so a fast hash is enough */
  @Property({ type: 'string', length: 64, unique: true, hidden: true })
  tokenHash!: string;

  /** The first characters, to recognise a token in lists */
  @Property({ type: 'string', length: 16 })
  prefix!: string;

  /** Scopes joined by ',' */
  @Property({ type: 'string', length: 200 })
  scopes!: string;

  @ManyToOne(() => CollegeEntity, { nullable: true, deleteRule: 'cascade' })
  college: Rel<CollegeEntity> | null = null;

  @Property({ type: Date, nullable: true })
  expiresAt: Date | null = null;

  @Property({ type: Date, nullable: true })
  revokedAt: Date | null = null;

  @Property({ type: Date, nullable: true })
  lastUsedAt: Date | null = null;

  @ManyToOne(() => UserEntity, { nullable: true, deleteRule: 'set null' })
  createdBy!: Rel<UserEntity> | null;

  /** When the token stops working; a token stored without an expiry (before they became mandatory) lasts a year. */
  expiry(): Date {
    return this.expiresAt ?? oneYearAfter(this.createdAt);
  }

  scopeList(): ApiScope[] {
    return scopeList(this.scopes);
  }
}

/** The known scopes of a stored ','-joined list. */
export function scopeList(scopes: string): ApiScope[] {
  return scopes.split(',').filter((s): s is ApiScope => (API_SCOPES as readonly string[]).includes(s));
}

/** The same instant a calendar year later (29 February goes to 1 March). */
export function oneYearAfter(d: Date): Date {
  const x = new Date(d);
  x.setUTCFullYear(x.getUTCFullYear() + 1);
  return x;
}
