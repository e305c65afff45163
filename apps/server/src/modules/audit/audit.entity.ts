import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Append-only log of changes and of reads of sensitive data. No code path updates or deletes a
 * row, and database triggers refuse it too.
 */
@Entity({ tableName: 'audit_event' })
@Index({ properties: ['at'] })
@Index({ properties: ['actorName', 'at'] })
@Index({ properties: ['studentNo', 'at'] })
export class AuditEventEntity {
  [OptionalProps]?: 'at' | 'recordId' | 'studentNo' | 'detail' | 'clientAddress';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: Date })
  at: Date = new Date();

  /** user, token or system */
  @Property({ type: 'string', length: 16 })
  actorKind!: string;

  @Property({ type: 'string', length: 100 })
  actorName!: string;

  /** The actor's roles or token scopes at the time, joined by ',' */
  @Property({ type: 'string', length: 200 })
  actorRoles!: string;

  /** e.g. roster.import, appointment.create, auth.login, student.contact.read */
  @Property({ type: 'string', length: 64 })
  action!: string;

  @Property({ type: 'string', length: 64 })
  recordType!: string;

  @Property({ type: 'string', length: 64, nullable: true })
  recordId: string | null = null;

  @Property({ type: 'string', length: 32, nullable: true })
  studentNo: string | null = null;

  /** The client's network address (IPv4 or IPv6), null for the command line */
  @Property({ type: 'string', length: 64, nullable: true })
  clientAddress: string | null = null;

  /** JSON text: what changed, counts, filters */
  @Property({ type: 'text', nullable: true })
  detail: string | null = null;
}
