import type { EntityManager } from '@mikro-orm/core';
import { type Actor, canReadAudit, rolesOf, toCsv, tx } from '@carenet/domain';
import { describeActor } from '../../common/actor.js';
import { AppError, badInput } from '../../common/errors.js';
import { currentClientAddress } from '../../common/locale.js';
import type { AuditAction } from './audit-actions.js';
import { AuditEventEntity } from './audit.entity.js';

const AUDIT_FORBIDDEN = tx(
  'only the school administration and the Center may read the audit log',
  '只有学生工作处和学生心理发展指导中心可以查看审计日志',
);

export interface AuditEntry {
  /** One of the named actions (audit-actions.ts): the log's readers see its name, not a code. */
  action: AuditAction;
  recordType: string;
  recordId?: string | number | null;
  studentNo?: string | null;
  detail?: unknown;
}

export interface AuditFilter {
  actor?: string | null;
  studentNo?: string | null;
  action?: string | null;
  /** Exactly one of these actions (the prefix above narrows further when both are given). */
  actions?: string[] | null;
  from?: Date | null;
  to?: Date | null;
}

export const AUDIT_PAGE_MAX = 500;
const AUDIT_ACTIONS_MAX = 100;

// The log must never fail (or grow without bound) because a caller sent a huge value: clip to the columns.
const clip = (v: string | null, max: number): string | null => (v === null || v.length <= max ? v : `${v.slice(0, max - 1)}…`);

/** Append-only audit log: record() only inserts; nothing here or elsewhere updates or deletes. */
export class AuditService {
  /** Queues an event in the caller's unit of work: it is written in the same transaction as the change. */
  record(em: EntityManager, actor: Actor, e: AuditEntry): AuditEventEntity {
    const who = describeActor(actor, rolesOf(actor));
    const ev = em.create(AuditEventEntity, {
      actorKind: who.kind,
      actorName: clip(who.name, 100) as string,
      actorRoles: clip(who.roles, 200) as string,
      action: e.action,
      recordType: e.recordType,
      recordId: clip(e.recordId === undefined || e.recordId === null ? null : String(e.recordId), 64),
      studentNo: clip(e.studentNo ?? null, 32),
      detail: e.detail === undefined ? null : JSON.stringify(e.detail),
      clientAddress: clip(currentClientAddress(), 64),
    });
    em.persist(ev);
    return ev;
  }

  /** Writes the event now; a sensitive read must not return data when this fails. */
  async recordNow(em: EntityManager, actor: Actor, e: AuditEntry): Promise<void> {
    this.record(em, actor, e);
    await em.flush();
  }

  private where(f: AuditFilter) {
    if (f.actions && f.actions.length > AUDIT_ACTIONS_MAX) {
      throw badInput(tx(`at most ${AUDIT_ACTIONS_MAX} actions may be listed`, `最多可列出 ${AUDIT_ACTIONS_MAX} 个操作`), { field: 'actions' });
    }
    const action = {
      ...(f.action ? { $like: `${f.action.replace(/[%_]/g, '')}%` } : {}),
      ...(f.actions?.length ? { $in: f.actions } : {}),
    };
    return {
      ...(f.actor ? { actorName: f.actor } : {}),
      ...(f.studentNo ? { studentNo: f.studentNo } : {}),
      ...(Object.keys(action).length > 0 ? { action } : {}),
      ...(f.from || f.to ? { at: { ...(f.from ? { $gte: f.from } : {}), ...(f.to ? { $lt: f.to } : {}) } } : {}),
    };
  }

  async list(em: EntityManager, actor: Actor, f: AuditFilter, first = 100, offset = 0) {
    if (!canReadAudit(actor)) throw new AppError('FORBIDDEN', AUDIT_FORBIDDEN);
    if (first < 1 || first > AUDIT_PAGE_MAX) {
      throw badInput(tx(`first must be between 1 and ${AUDIT_PAGE_MAX}`, `first 必须在 1 到 ${AUDIT_PAGE_MAX} 之间`), { field: 'first' });
    }
    if (offset < 0) throw badInput(tx('offset must not be negative', 'offset 不能为负数'), { field: 'offset' });
    const [items, totalCount] = await em.findAndCount(AuditEventEntity, this.where(f), { orderBy: { id: 'desc' }, limit: first, offset });
    // Reading the log is itself on the log: who looked at whose trail.
    await this.recordNow(em, actor, { action: 'audit.read', recordType: 'auditLog', studentNo: f.studentNo ?? null, detail: { filter: f, first, offset } });
    return { items, totalCount };
  }

  async csv(em: EntityManager, actor: Actor, f: AuditFilter): Promise<string> {
    if (!canReadAudit(actor)) throw new AppError('FORBIDDEN', AUDIT_FORBIDDEN);
    const rows = await em.find(AuditEventEntity, this.where(f), { orderBy: { id: 'asc' }, limit: 100_000 });
    await this.recordNow(em, actor, { action: 'audit.export', recordType: 'auditLog', studentNo: f.studentNo ?? null, detail: { filter: f, rows: rows.length } });
    return toCsv([
      ['id', 'at', 'actor_kind', 'actor', 'roles', 'client_address', 'action', 'record_type', 'record_id', 'student_no', 'detail'],
      ...rows.map((r) => [r.id, r.at.toISOString(), r.actorKind, r.actorName, r.actorRoles, r.clientAddress, r.action, r.recordType, r.recordId, r.studentNo, r.detail]),
    ]);
  }
}
