import { Alert, Button, Card, Descriptions } from 'antd';
import { useState } from 'react';
import { FACILITIES } from '@/lib/enums';
import { useT } from '@/lib/i18n/i18n';
import type { Workstation } from '../api/college-roster.query';
import { WorkstationModal } from './workstation-modal';

export function WorkstationCard({
  collegeCode,
  workstation,
  canWrite,
}: {
  collegeCode: string;
  workstation: Workstation | null;
  canWrite: boolean;
}) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const sep = t('common.listSeparator');
  return (
    <Card
      className="section"
      data-testid="workstation"
      title={<h2 className="card-heading">{t('ws.title')}</h2>}
      extra={
        canWrite && (
          <Button size="small" type="primary" onClick={() => setEditing(true)} data-testid="ws-edit">
            {workstation ? t('ws.edit') : t('ws.create')}
          </Button>
        )
      }
    >
      {!workstation ? (
        <Alert type="warning" showIcon title={t('ws.none')} data-testid="ws-none" />
      ) : (
        <>
          <Descriptions size="small" column={1} items={[{ key: 'room', label: t('ws.room'), children: <span data-testid="ws-room-value">{workstation.room ?? t('common.none')}</span> }]} />
          <ul className="facility-list" aria-label={t('ws.facilities')}>
            {FACILITIES.map((f) => {
              const has = workstation.facilities.includes(f);
              return (
                <li key={f} data-testid={`facility-${f}`} data-present={has}>
                  <span className={has ? 'mark-yes' : 'mark-no'}>
                    <span aria-hidden="true">{has ? '✓' : '✗'} </span>
                    {t(`facility.${f}`)}
                    <span className="visually-hidden"> — {has ? t('ws.has') : t('ws.lacks')}</span>
                  </span>
                </li>
              );
            })}
          </ul>
          {workstation.missingFacilities.length > 0 ? (
            <Alert
              className="card-alert-bottom"
              type="warning"
              showIcon
              data-testid="ws-missing"
              title={t('ws.missing', { facilities: workstation.missingFacilities.map((f) => t(`facility.${f}`)).join(sep) })}
            />
          ) : (
            <p className="mark-yes">{t('ws.complete')}</p>
          )}
        </>
      )}
      {editing && <WorkstationModal collegeCode={collegeCode} workstation={workstation} onClose={() => setEditing(false)} />}
    </Card>
  );
}
