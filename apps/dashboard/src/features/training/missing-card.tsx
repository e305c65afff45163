import { Alert, Button, Card } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '@/lib/i18n/i18n';
import type { MissingItem, MissingSession, MissingTrainee } from './missing';
import { nothingMissing } from './missing';

const LISTED = 12;

export interface MissingCardProps {
  items: readonly MissingItem[];
  levelName: string;
  traineeCount: number;
  canWrite: boolean;
  onAddSession: () => void;
  onMarkHeld: (sessionId: string) => void;
  onRecordAttendance: (sessionId: string) => void;
  onRecordModule: (moduleCode: string, studentNos: string[]) => void;
}

function Names({ trainees }: { trainees: readonly MissingTrainee[] }) {
  const t = useT();
  const shown = trainees.slice(0, LISTED).map((tr) => t('common.nameNo', { name: tr.name, no: tr.studentNo }));
  const more = trainees.length - shown.length;
  return (
    <p className="missing-names">
      {shown.join(t('common.listSeparator'))}
      {more > 0 && t('training.missing.andMore', { n: more })}
    </p>
  );
}

/**
 * 尚缺什么: what keeps the college from the target and its trainees from completing, each with the
 * action that closes it (for those who may write).
 */
export function MissingCard({ items, levelName, traineeCount, canWrite, onAddSession, onMarkHeld, onRecordAttendance, onRecordModule }: MissingCardProps) {
  const t = useT();
  const done = nothingMissing(items);
  const sessionList = (sessions: readonly MissingSession[], action: (id: string) => void, label: string, testId: string) => (
    <ul className="missing-sessions">
      {sessions.map((s) => (
        <li key={s.id}>
          <span>
            {s.title} <span className="muted">{s.code}</span>
            {s.plannedOn && <span className="muted"> · {t('training.missing.plannedOn', { date: s.plannedOn })}</span>}
          </span>
          {canWrite && (
            <Button size="small" onClick={() => action(s.id)} data-testid={`${testId}-${s.code}`}>
              {label}
            </Button>
          )}
        </li>
      ))}
    </ul>
  );

  const render = (item: MissingItem): ReactNode => {
    switch (item.kind) {
      case 'sessions':
        if (item.state !== 'below') {
          return (
            <li key="sessions" className="missing-item missing-ok" data-testid="missing-sessions" data-state={item.state}>
              <strong>{t('training.missing.sessionsMet', { held: item.held, min: item.min, max: item.max })}</strong>
            </li>
          );
        }
        return (
          <li key="sessions" className="missing-item" data-testid="missing-sessions" data-state={item.state}>
            <strong>{t('training.missing.sessionsBelow', { held: item.held, min: item.min, max: item.max, needed: item.needed })}</strong>
            <p>
              {t('training.missing.sessionsPlanned', { planned: item.planned })}
              {item.unplanned > 0 && ` ${t('training.missing.sessionsUnplanned', { n: item.unplanned })}`}
            </p>
            {canWrite && item.unplanned > 0 && (
              <Button size="small" type="primary" onClick={onAddSession} data-testid="missing-add-session">
                {t('training.session.add')}
              </Button>
            )}
          </li>
        );
      case 'overdue':
        return (
          <li key="overdue" className="missing-item" data-testid="missing-overdue">
            <strong>{t('training.missing.overdue', { n: item.sessions.length })}</strong>
            {sessionList(item.sessions, onMarkHeld, t('training.sessions.markHeld'), 'missing-held')}
          </li>
        );
      case 'noAttendance':
        return (
          <li key="noAttendance" className="missing-item" data-testid="missing-no-attendance">
            <strong>{t('training.missing.noAttendance', { n: item.sessions.length })}</strong>
            {sessionList(item.sessions, onRecordAttendance, t('training.sessions.record'), 'missing-record')}
          </li>
        );
      case 'module':
        return (
          <li key={`module-${item.code}`} className="missing-item" data-testid={`missing-module-${item.code}`}>
            <strong>{t('training.missing.module', { module: item.name, n: item.trainees.length })}</strong>
            <Names trainees={item.trainees} />
            {canWrite && (
              <Button size="small" onClick={() => onRecordModule(item.code, item.trainees.map((tr) => tr.studentNo))} data-testid={`missing-record-module-${item.code}`}>
                {t('training.missing.recordModule')}
              </Button>
            )}
          </li>
        );
      case 'attendance':
        return (
          <li key="attendance" className="missing-item" data-testid="missing-attendance">
            <strong>{t('training.missing.attendance', { n: item.trainees.length, min: item.min })}</strong>
            <Names trainees={item.trainees} />
          </li>
        );
    }
  };

  return (
    <Card className="section" data-testid="missing-card" title={<h2 className="card-heading">{t('training.missing.title')}</h2>}>
      {done && traineeCount > 0 && <Alert type="success" showIcon title={t('training.missing.none', { level: levelName })} data-testid="missing-none" className="missing-alert" />}
      {traineeCount === 0 && <p className="hint" data-testid="missing-no-trainees">{t('training.missing.noTrainees', { level: levelName })}</p>}
      <ul className="missing-list">{items.map(render)}</ul>
    </Card>
  );
}
