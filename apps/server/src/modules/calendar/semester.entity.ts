import { Entity, Property } from '@mikro-orm/core';
import { BaseEntity } from '../org/base.entity.js';

/** A semester's calendar (code 2026-2027-1, its name and dates), set by the school administration. */
@Entity({ tableName: 'semester' })
export class SemesterEntity extends BaseEntity<'version'> {
  @Property({ type: 'string', length: 20, unique: true })
  code!: string;

  @Property({ type: 'string', length: 100 })
  name!: string;

  @Property({ type: 'string', length: 10 })
  startsOn!: string;

  @Property({ type: 'string', length: 10 })
  endsOn!: string;

  @Property({ type: 'integer', version: true })
  version!: number;
}
