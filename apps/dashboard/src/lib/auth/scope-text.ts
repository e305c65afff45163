import type { AccessScope } from '@/lib/auth/my-access.query';
import type { Role } from '@/gql/graphql';
import type { Translate } from '@/lib/i18n/i18n';

/** 全校, or e.g. "学院 C01；班级 C01-1、C01-2". */
export function scopeText(scope: AccessScope, t: Translate): string {
  if (scope.all) return t('scope.all');
  const sep = t('common.listSeparator');
  const parts = [
    scope.collegeCodes.length ? t('scope.colleges', { codes: scope.collegeCodes.join(sep) }) : null,
    scope.classCodes.length ? t('scope.classes', { codes: scope.classCodes.join(sep) }) : null,
    scope.dormCodes.length ? t('scope.dorms', { codes: scope.dormCodes.join(sep) }) : null,
  ].filter((p): p is string => p !== null);
  return parts.length ? parts.join(t('scope.separator')) : t('scope.none');
}

export function rolesText(roles: readonly Role[], t: Translate): string {
  return roles.length ? roles.map((r) => t(`role.${r}`)).join(t('common.listSeparator')) : t('role.none');
}
