import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useI18n } from '@/lib/i18n/i18n';
import { AUDIT_ACTIONS, type AuditActionGroup, type AuditActionInfo } from './audit-actions.query';
import { actionIndex } from './audit-detail';

/** The server's named audit actions (loaded once per session), with names in the UI language. */
export function useAuditActions() {
  const { language } = useI18n();
  const { data } = useQuery(AUDIT_ACTIONS, { fetchPolicy: 'cache-first' });
  const groups = data?.auditActions;
  const index = useMemo(() => actionIndex(groups), [groups]);
  const name = (x: Pick<AuditActionInfo | AuditActionGroup, 'nameZh' | 'nameEn'>) => (language === 'en' ? x.nameEn : x.nameZh);
  return {
    groups: groups ?? [],
    name,
    /** An action's name, or null while the list loads or for an action the server no longer names. */
    actionName: (code: string): string | null => {
      const a = index.get(code);
      return a ? name(a) : null;
    },
    outcome: (code: string) => index.get(code)?.outcome ?? null,
  };
}
