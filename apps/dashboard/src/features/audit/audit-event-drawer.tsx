import { Descriptions, type DescriptionsProps, Drawer } from 'antd';
import { useMemo } from 'react';
import { useNarrow } from '@/components/responsive-table';
import { StatusTag } from '@/components/status-tag';
import { Role } from '@/gql/graphql';
import { formatDateTime } from '@/lib/i18n/format';
import { type MessageKey, useI18n } from '@/lib/i18n/i18n';
import { zh } from '@/lib/i18n/messages.zh';
import type { AuditEvent } from './audit-events.query';
import { type DetailWords, detailFields, VALUE_KEYS } from './audit-detail';
import { useAuditActions } from './use-audit-actions';

const isKey = (k: string): k is MessageKey => Object.hasOwn(zh, k);

/** Labels and value names of event payloads in the UI language. */
function useDetailWords(): DetailWords {
  const { t, language } = useI18n();
  return useMemo(
    () => ({
      field: (k) => {
        const key = `audit.field.${k}`;
        return isKey(key) ? t(key) : k;
      },
      value: (k, v) => {
        const key = VALUE_KEYS[k] ? `${VALUE_KEYS[k]}${v}` : '';
        return key && isKey(key) ? t(key) : v;
      },
      dateTime: (iso) => formatDateTime(iso, language),
      yes: t('common.yes'),
      no: t('common.no'),
      none: t('common.none'),
      separator: t('common.listSeparator'),
    }),
    [t, language],
  );
}

/** Roles or token scopes as the actor had them, named. */
export function useRoleText() {
  const { t } = useI18n();
  return (roles: string) =>
    roles
      .split(',')
      .filter(Boolean)
      .map((r) => ((Object.values(Role) as string[]).includes(r) ? t(`role.${r}` as MessageKey) : isKey(`scope.api.${r}`) ? t(`scope.api.${r}` as MessageKey) : r))
      .join(t('common.listSeparator'));
}

/** What an event is about: the record's type (named) and id. */
export function useTargetText() {
  const { t } = useI18n();
  return (e: Pick<AuditEvent, 'recordType' | 'recordId'>) => {
    const typeKey = `audit.recordType.${e.recordType}`;
    const kindKey = `kind.${e.recordType}`;
    const type = isKey(typeKey) ? t(typeKey) : isKey(kindKey) ? t(kindKey) : e.recordType;
    return e.recordId ? `${type} ${e.recordId}` : type;
  };
}

/** One audit event in words: who, when, what, on what, with what outcome, and its payload as labelled fields. */
export function AuditEventDrawer({ event, onClose }: { event: AuditEvent | null; onClose: () => void }) {
  const { t, language } = useI18n();
  const narrow = useNarrow();
  const actions = useAuditActions();
  const words = useDetailWords();
  const roleText = useRoleText();
  const targetText = useTargetText();
  const none = t('common.none');

  const summary: DescriptionsProps['items'] = [];
  const fields = event ? detailFields(event.detail, words) : [];
  if (event) {
    const outcome = actions.outcome(event.action);
    const actorKind = `audit.actorKind.${event.actorKind}`;
    summary.push(
      { key: 'at', label: t('audit.col.at'), children: formatDateTime(event.at, language) },
      {
        key: 'actor',
        label: t('audit.col.actor'),
        children: (
          <>
            <div data-testid="audit-detail-actor">{event.actorName}</div>
            <div className="muted">
              {[isKey(actorKind) ? t(actorKind) : event.actorKind, roleText(event.actorRoles)].filter(Boolean).join(' · ')}
            </div>
          </>
        ),
      },
      { key: 'address', label: t('audit.clientAddress'), children: event.clientAddress ?? none },
      {
        key: 'action',
        label: t('audit.col.action'),
        children: (
          <>
            <div data-testid="audit-detail-action">{actions.actionName(event.action) ?? event.action}</div>
            <code className="muted">{event.action}</code>
          </>
        ),
      },
      { key: 'target', label: t('audit.col.record'), children: <span data-testid="audit-detail-target">{targetText(event)}</span> },
      { key: 'studentNo', label: t('audit.col.studentNo'), children: event.studentNo ?? none },
      {
        key: 'outcome',
        label: t('audit.outcome'),
        children: outcome ? (
          <StatusTag tone={outcome === 'SUCCEEDED' ? 'success' : 'warning'} testId="audit-detail-outcome">
            {t(`audit.outcome.${outcome}`)}
          </StatusTag>
        ) : (
          none
        ),
      },
    );
  }

  return (
    <Drawer
      open={event !== null}
      onClose={onClose}
      size={narrow ? '100%' : 560}
      title={event ? t('audit.detailTitle', { action: actions.actionName(event.action) ?? event.action }) : ''}
      data-testid="audit-detail"
      rootClassName="audit-detail"
      destroyOnHidden
    >
      {event && (
        <>
          <Descriptions column={1} size="small" bordered items={summary} data-testid="audit-detail-summary" />
          <h3 className="audit-detail-heading">{t('audit.payload')}</h3>
          {fields.length > 0 ? (
            <Descriptions
              column={1}
              size="small"
              bordered
              data-testid="audit-detail-payload"
              items={fields.map((f) => ({
                key: f.path.join('.') || 'detail',
                label: f.label,
                children: <span data-testid={`audit-field-${f.path.join('.') || 'detail'}`}>{f.value}</span>,
              }))}
            />
          ) : (
            <p className="muted">{t('audit.noPayload')}</p>
          )}
        </>
      )}
    </Drawer>
  );
}
