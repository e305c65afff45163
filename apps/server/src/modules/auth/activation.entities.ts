import { Entity, Index, ManyToOne, Property, type Rel, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../org/base.entity.js';
import { UserEntity } from './auth.entities.js';

/**
 * A one-time activation code: its first use sets the account's password. Only the SHA-256 of the
 * code is stored (codes are 80 random bits, so a fast hash suffices, as for API tokens). At most
 * one code per account is outstanding (neither used nor revoked): issuing a new one revokes the older.
 */
@Entity({ tableName: 'activation_code' })
@Unique({
  name: 'activation_code_outstanding_unique',
  expression:
    'create unique index "activation_code_outstanding_unique" on "activation_code" ("user_id") where "used_at" is null and "revoked_at" is null',
})
@Index({ properties: ['user'] })
export class ActivationCodeEntity extends BaseEntity<'usedAt' | 'revokedAt' | 'createdBy'> {
  @ManyToOne(() => UserEntity, { deleteRule: 'cascade' })
  user!: Rel<UserEntity>;

  /** sha256 of the normalised code (upper case, no separators) */
  @Property({ type: 'string', length: 64, unique: true, hidden: true })
  codeHash!: string;

  @Property({ type: Date })
  expiresAt!: Date;

  @Property({ type: Date, nullable: true })
  usedAt: Date | null = null;

  /** Set when a newer code replaced this one before it was used */
  @Property({ type: Date, nullable: true })
  revokedAt: Date | null = null;

  @ManyToOne(() => UserEntity, { nullable: true, deleteRule: 'set null' })
  createdBy: Rel<UserEntity> | null = null;
}
