import { ChangeSetType, type EntityMetadata, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import { tx } from '@carenet/domain';
import { badInput } from './errors.js';

/**
 * Enforces every string column's declared length before it reaches the database, so both engines
 * behave alike: PostgreSQL would fail with an internal error, SQLite would store the value whole.
 */
export class LengthGuard implements EventSubscriber {
  onFlush(args: FlushEventArgs): void {
    for (const cs of args.uow.getChangeSets()) {
      if (cs.type !== ChangeSetType.CREATE && cs.type !== ChangeSetType.UPDATE) continue;
      checkLengths(cs.meta, cs.payload as Record<string, unknown>);
    }
  }
}

/** Refuses a text value longer than its column (also for rows written by insertMany, which skips flush events). */
export function checkLengths(meta: EntityMetadata, values: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(values)) {
    const max = meta.properties[key]?.length;
    if (typeof value === 'string' && max && value.length > max) {
      throw badInput(
        tx(`${key} is too long: at most ${max} characters (got ${value.length})`, `${key} 过长：最多 ${max} 个字符（实际 ${value.length} 个）`),
        { field: key },
      );
    }
  }
}
