import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Dropdown, Empty } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useAccess } from '@/lib/auth/access';
import { useI18n } from '@/lib/i18n/i18n';
import { formatDateTime } from '@/lib/i18n/format';
import { canReadFollowUps } from './access';
import { unreadBadge } from './follow-up-logic';
import { ALERTS, MARK_ALERTS_READ } from './screening.operations';

const POLL_MS = 60_000;

function BellIcon() {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false" fill="currentColor">
      <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1z" />
    </svg>
  );
}

function Bell() {
  const { t, language } = useI18n();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  // Polled every minute: an urgent result must reach its counselor at once.
  const { data } = useQuery(ALERTS, { pollInterval: POLL_MS, fetchPolicy: 'cache-and-network' });
  const [markRead] = useMutation(MARK_ALERTS_READ, { refetchQueries: [ALERTS] });
  const list = data?.alerts;
  const unread = list?.unread ?? 0;
  const items = list?.items ?? [];
  const unreadIds = items.filter((a) => !a.read).map((a) => a.id);
  const label = unread > 0 ? t('alerts.labelUnread', { n: unread }) : t('alerts.label');
  const panel = (
    <div className="alert-panel" data-testid="alerts-panel" role="dialog" aria-label={t('alerts.label')}>
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('alerts.empty')} />
      ) : (
        <ul className="alert-list">
          {items.map((a) => (
            <li key={a.id} className={a.read ? 'alert-item' : 'alert-item alert-item-unread'} data-testid={`alert-${a.followUp.studentNo}`}>
              <a
                href="/follow-ups"
                onClick={(e) => {
                  e.preventDefault();
                  setOpen(false);
                  if (!a.read) void markRead({ variables: { ids: [a.id] } });
                  navigate(`/follow-ups?urgent=1#follow-up-${a.followUp.id}`);
                }}
              >
                {t('alerts.item', { name: a.followUp.studentName, no: a.followUp.studentNo, instrument: a.followUp.instrument })}
              </a>
              <div className="muted">
                {a.followUp.classCode} · {formatDateTime(a.createdAt, language)}
              </div>
              {!a.read && (
                <Button size="small" type="link" onClick={() => void markRead({ variables: { ids: [a.id] } })} data-testid={`alert-read-${a.followUp.studentNo}`}>
                  {t('alerts.markRead')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {unreadIds.length > 1 && (
        <Button block onClick={() => void markRead({ variables: { ids: unreadIds } })} data-testid="alerts-read-all">
          {t('alerts.markAllRead')}
        </Button>
      )}
    </div>
  );
  return (
    <Dropdown open={open} onOpenChange={setOpen} trigger={['click']} popupRender={() => panel} placement="bottomRight">
      <Button type="text" aria-label={label} data-testid="alerts-bell" className="alert-bell">
        <Badge count={unreadBadge(unread)} size="small" data-testid="alerts-unread">
          <BellIcon />
        </Badge>
      </Button>
    </Dropdown>
  );
}

/** The header's alert bell: only for people with follow-up scope (the Center, leaders, counselors). */
export function AlertBell() {
  const access = useAccess();
  return canReadFollowUps(access) ? <Bell /> : null;
}
