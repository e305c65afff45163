import { GRANTABLE_ROLES, type GrantableRole } from '@/lib/enums';
import type { RoleGrant } from './users.query';
import type { GrantInput } from '@/gql/graphql';

/** One row of the grant editor (a row may be half filled while the form is edited). */
export interface GrantValue {
  role?: GrantableRole;
  collegeCode?: string;
}

const isGrantable = (r: string): r is GrantableRole => (GRANTABLE_ROLES as readonly string[]).includes(r);

/** Editor rows → the API's grants: rows without a role left out, a college only for COLLEGE_LEADER. */
export function toGrantInputs(values: GrantValue[] | undefined): GrantInput[] {
  return (values ?? [])
    .filter((g): g is GrantValue & { role: GrantableRole } => !!g.role)
    .map((g) => ({ role: g.role, collegeCode: g.role === 'COLLEGE_LEADER' ? (g.collegeCode ?? null) : null }));
}

/** An account's current grants → editor rows (the pre-filled "edit roles" form). */
export function toGrantValues(grants: readonly RoleGrant[]): GrantValue[] {
  return grants
    .filter((g) => isGrantable(g.role))
    .map((g) => (g.collegeCode ? { role: g.role as GrantableRole, collegeCode: g.collegeCode } : { role: g.role as GrantableRole }));
}
