import type { Actor, Scope } from '@carenet/domain';
import { rolesOf } from '@carenet/domain';
import { AccessScope, ApiToken, User } from '@carenet/schema';
import type { EntityManager } from '@mikro-orm/knex';
import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import type { Context } from '../../common/context.js';
import { ClassGroupEntity, CollegeEntity, DormitoryEntity } from '../org/org.entities.js';
import { type ApiTokenEntity, UserEntity } from './auth.entities.js';

export async function userView(ctx: Context, user: UserEntity, actor?: Actor): Promise<User> {
  const em = ctx.em;
  await em.populate(user, ['staff', 'student']);
  const grants = await ctx.services.accounts.grantsOf(em, user.id);
  const a = actor ?? (await ctx.services.sessions.userActor(em, user));
  return {
    id: String(user.id),
    username: user.username,
    roles: rolesOf(a),
    grants: grants.map((g) => ({ role: g.role, collegeCode: g.collegeCode })),
    staffNo: user.staff?.staffNo ?? null,
    studentNo: user.student?.studentNo ?? null,
    displayName: user.staff?.name ?? user.student?.name ?? null,
    active: user.active,
  };
}

export async function scopeView(em: EntityManager, s: Scope): Promise<AccessScope> {
  if (s.all) return { all: true, collegeCodes: [], classCodes: [], dormCodes: [] };
  const [colleges, classes, dorms] = await Promise.all([
    s.collegeIds.length ? em.find(CollegeEntity, { id: { $in: s.collegeIds } }) : [],
    s.classIds.length ? em.find(ClassGroupEntity, { id: { $in: s.classIds } }) : [],
    s.dormIds.length ? em.find(DormitoryEntity, { id: { $in: s.dormIds } }) : [],
  ]);
  return {
    all: false,
    collegeCodes: colleges.map((c) => c.code).sort(),
    classCodes: classes.map((c) => c.code).sort(),
    dormCodes: dorms.map((d) => d.code).sort(),
  };
}

export const tokenView = (t: ApiTokenEntity): ApiToken => ({
  id: String(t.id),
  name: t.name,
  prefix: t.prefix,
  scopes: t.scopeList(),
  collegeCode: t.college?.code ?? null,
  expiresAt: t.expiry(),
  revokedAt: t.revokedAt,
  lastUsedAt: t.lastUsedAt,
  createdAt: t.createdAt,
});

/** How many times the operation selects a root field of this name (through fragments too). */
export function rootFieldCount(info: GraphQLResolveInfo, name: string): number {
  const count = (set: SelectionSetNode, seen: Set<string>): number => {
    let n = 0;
    for (const sel of set.selections) {
      if (sel.kind === 'Field') n += sel.name.value === name ? 1 : 0;
      else if (sel.kind === 'InlineFragment') n += count(sel.selectionSet, seen);
      else if (!seen.has(sel.name.value) && info.fragments[sel.name.value]) {
        seen.add(sel.name.value);
        n += count((info.fragments[sel.name.value] as { selectionSet: SelectionSetNode }).selectionSet, seen);
      }
    }
    return n;
  };
  return count(info.operation.selectionSet, new Set());
}

