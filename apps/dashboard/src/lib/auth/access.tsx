import { createContext, type ReactNode, useContext } from 'react';
import type { Access, AccessScope } from '@/lib/auth/my-access.query';

// What the signed-in user may see and do, from `myAccess`. The UI only hides what would fail:
// the server enforces every rule on its own.

const AccessContext = createContext<Access | null>(null);

export function AccessProvider({ access, children }: { access: Access; children: ReactNode }) {
  return <AccessContext.Provider value={access}>{children}</AccessContext.Provider>;
}

export function useAccess(): Access {
  const value = useContext(AccessContext);
  if (!value) throw new Error('useAccess must be used inside <AccessProvider> (a signed-in page)');
  return value;
}

export function isEmptyScope(s: AccessScope): boolean {
  return !s.all && s.collegeCodes.length === 0 && s.classCodes.length === 0 && s.dormCodes.length === 0;
}

/** Aggregates (the overview) are open to this user. */
export const canSeeAggregates = (a: Access): boolean => !isEmptyScope(a.aggregateScope);

/** Some roster names (the roster and student pages) are open to this user. */
export const canReadRoster = (a: Access): boolean => !isEmptyScope(a.rosterScope);

/** The user sees the whole college (working group, workstation, every class and dorm), not just some classes or dorms. */
export const hasWholeCollege = (a: Access, collegeCode: string): boolean =>
  a.rosterScope.all || a.rosterScope.collegeCodes.includes(collegeCode);

/**
 * Whether the appoint / dismiss / edit controls of a college make sense for this user: the
 * server's `writeScope` (a school administrator writes every college, a college leader their own).
 * Committee members of a single class: `canWriteCommittee`.
 */
export const canWriteCollege = (a: Access, collegeCode: string): boolean =>
  a.writeScope.all || a.writeScope.collegeCodes.includes(collegeCode);

/**
 * Whether 任命 / 免职 of a class's committee members make sense: the college's writers, and the
 * counselor of that class (the server's `writeScope` lists a counselor's classes; dorms, the
 * working group and the workstation stay with the college).
 */
export const canWriteCommittee = (a: Access, collegeCode: string, classCode: string): boolean =>
  canWriteCollege(a, collegeCode) || a.writeScope.classCodes.includes(classCode);
