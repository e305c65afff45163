import { Alert, Button, Card } from 'antd';
import { Fragment, type ReactNode, useId, useState } from 'react';
import type { NetworkLevel, Position } from '@/gql/graphql';
import { useT } from '@/lib/i18n/i18n';
import type { ClassRosterEntry, CollegeRoster, DormRosterEntry, WorkingGroupMember } from '../api/college-roster.query';
import type { RosterGaps } from '../gaps';
import { AppointCommitteeModal } from './appoint-committee-modal';
import { AppointOfficerModal } from './appoint-officer-modal';
import { WorkingGroupModal } from './working-group-modal';
import { WorkstationModal } from './workstation-modal';

/** Items shown per group before "show all". */
const FIRST = 8;

type Dialog =
  | { kind: 'class'; entry: ClassRosterEntry }
  | { kind: 'dorm'; entry: DormRosterEntry }
  | { kind: 'position'; position: Position; member?: WorkingGroupMember }
  | { kind: 'workstation' };

function GapGroup<T>({
  title,
  testId,
  items,
  doneText,
  render,
}: {
  title: string;
  testId: string;
  items: T[];
  doneText: string;
  render: (item: T) => ReactNode;
}) {
  const t = useT();
  const headingId = useId();
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, FIRST);
  return (
    <section className="gap-group" aria-labelledby={headingId} data-testid={testId} data-count={items.length}>
      <h3 className="gap-group-title" id={headingId}>
        {title}
        <span className={items.length > 0 ? 'gap-count gap-count-open' : 'gap-count'}>{t('gaps.count', { n: items.length })}</span>
      </h3>
      {items.length === 0 ? (
        <p className="mark-yes mark-symbol gap-done">{doneText}</p>
      ) : (
        <ul className="gap-items">{shown.map(render)}</ul>
      )}
      {items.length > FIRST && (
        <Button type="link" size="small" onClick={() => setAll(!all)} aria-expanded={all}>
          {all ? t('gaps.showFewer') : t('gaps.showAll', { n: items.length - FIRST })}
        </Button>
      )}
    </section>
  );
}

export interface GapListProps {
  roster: CollegeRoster;
  level: NetworkLevel;
  gaps: RosterGaps;
  /** The user sees the whole college: the working-group and workstation groups are shown. */
  whole: boolean;
  /** Buttons that open the appoint / working-group / workstation dialogs (the college's writers). */
  canWrite: boolean;
  /** The 任命 button of a class without committee members: also for the counselor of that class. */
  canWriteClass?: (classCode: string) => boolean;
}

/**
 * 缺口清单: exactly what is missing in this college's network at this level, each with the
 * dialog that closes it (for users who may change the roster).
 */
export function GapList({ roster, level, gaps, whole, canWrite, canWriteClass = () => canWrite }: GapListProps) {
  const t = useT();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const levelName = t(`level.${level}`);
  const sep = t('common.listSeparator');
  const collegeCode = roster.college.code;

  const fix = (testId: string, text: string, subject: string, open: Dialog, primary = true, allowed = canWrite) =>
    allowed ? (
      <Button
        size="small"
        type={primary ? 'primary' : 'default'}
        ghost={primary}
        data-testid={testId}
        aria-label={`${text} · ${subject}`}
        onClick={() => setDialog(open)}
      >
        {text}
      </Button>
    ) : null;

  return (
    <Card
      className="section gap-card"
      data-testid="roster-gaps"
      data-count={gaps.count}
      title={<h2 className="card-heading">{t('gaps.title')}</h2>}
      extra={
        <span className={gaps.count > 0 ? 'gap-total gap-count-open' : 'gap-total'} data-testid="roster-gaps-total">
          {t('gaps.total', { n: gaps.count })}
        </span>
      }
    >
      {gaps.count === 0 ? (
        <Alert type="success" showIcon data-testid="roster-gaps-none" title={t('gaps.none', { level: levelName })} />
      ) : (
        <p className="hint">{canWrite || gaps.classes.some((c) => canWriteClass(c.classGroup.code)) ? t('gaps.hintWrite') : t('gaps.hintRead')}</p>
      )}
      <div className="gap-groups">
        <GapGroup
          title={t('gaps.classes')}
          testId="gaps-classes"
          items={gaps.classes}
          doneText={t('gaps.classesDone')}
          render={(c) => (
            <li key={c.classGroup.code} data-testid={`gap-class-${c.classGroup.code}`}>
              <span className="gap-text">
                {t('common.nameNo', { name: c.classGroup.name, no: c.classGroup.code })}
                <span className="muted">{t('gaps.classDetail', { n: c.enrolledCount })}</span>
              </span>
              {fix(`fix-class-${c.classGroup.code}`, t('classes.appoint'), c.classGroup.name, { kind: 'class', entry: c }, true, canWriteClass(c.classGroup.code))}
            </li>
          )}
        />
        <GapGroup
          title={t('gaps.dorms')}
          testId="gaps-dorms"
          items={gaps.dorms}
          doneText={t('gaps.dormsDone')}
          render={(d) => (
            <li key={d.dormitory.code} data-testid={`gap-dorm-${d.dormitory.code}`}>
              <span className="gap-text">
                {d.dormitory.code}
                <span className="muted">
                  {t('gaps.dormDetail', { place: t('dorms.place', { building: d.dormitory.building, room: d.dormitory.room }), n: d.enrolledResidents })}
                  {d.suggestedOfficer && t('gaps.suggested', { name: d.suggestedOfficer.name })}
                </span>
              </span>
              {fix(`fix-dorm-${d.dormitory.code}`, t('dorms.appoint'), d.dormitory.code, { kind: 'dorm', entry: d })}
            </li>
          )}
        />
        {whole && (
          <>
            <GapGroup
              title={t('gaps.positions')}
              testId="gaps-positions"
              items={gaps.positions}
              doneText={t('wg.complete')}
              render={(g) => (
                <li key={g.position} data-testid={`gap-position-${g.position}`}>
                  <span className="gap-text">
                    {t(`position.${g.position}`)}
                    {g.holdersElsewhere.length > 0 && (
                      <span className="muted">
                        {t('gaps.holdersElsewhere', { names: g.holdersElsewhere.map((m) => m.staff.name).join(sep), level: levelName })}
                      </span>
                    )}
                  </span>
                  <span className="gap-actions">
                    {fix(`fix-position-${g.position}`, t('gaps.addMember'), t(`position.${g.position}`), { kind: 'position', position: g.position })}
                    {g.holdersElsewhere.map((m) => (
                      <Fragment key={m.id}>
                        {fix(
                          `fix-position-${g.position}-${m.staff.staffNo}`,
                          t('gaps.serveLevel', { name: m.staff.name, level: levelName }),
                          t(`position.${g.position}`),
                          { kind: 'position', position: g.position, member: m },
                          false,
                        )}
                      </Fragment>
                    ))}
                  </span>
                </li>
              )}
            />
            <GapGroup
              title={t('gaps.workstation')}
              testId="gaps-workstation"
              items={[
                ...(gaps.workstationMissing ? (['workstation'] as const) : []),
                ...(gaps.facilities.length > 0 ? (['facilities'] as const) : []),
              ]}
              doneText={t('ws.complete')}
              render={(kind) =>
                kind === 'workstation' ? (
                  <li key={kind} data-testid="gap-workstation">
                    <span className="gap-text">{t('gaps.noWorkstation')}</span>
                    {fix('fix-workstation', t('ws.create'), t('ws.title'), { kind: 'workstation' })}
                  </li>
                ) : (
                  <li key={kind} data-testid="gap-facilities" data-facilities={gaps.facilities.join(',')}>
                    <span className="gap-text">{t('ws.missing', { facilities: gaps.facilities.map((f) => t(`facility.${f}`)).join(sep) })}</span>
                    {fix('fix-facilities', t('ws.edit'), t('ws.title'), { kind: 'workstation' })}
                  </li>
                )
              }
            />
          </>
        )}
      </div>
      {dialog?.kind === 'class' && <AppointCommitteeModal entry={dialog.entry} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'dorm' && <AppointOfficerModal entry={dialog.entry} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'position' && (
        <WorkingGroupModal
          collegeCode={collegeCode}
          level={level}
          member={dialog.member}
          position={dialog.position}
          serveLevel
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'workstation' && (
        <WorkstationModal collegeCode={collegeCode} workstation={roster.workstation} onClose={() => setDialog(null)} />
      )}
    </Card>
  );
}
