import { useMutation } from '@apollo/client/react';
import { Button, Card, type TableColumnsType } from 'antd';
import { type HTMLAttributes, useState } from 'react';
import { ResponsiveTable, useNarrow } from '@/components/responsive-table';
import { useT } from '@/lib/i18n/i18n';
import type { ClassRosterEntry } from '../api/college-roster.query';
import { END_COMMITTEE_MEMBER } from '../api/end-committee-member.mutation';
import { CLASS_SORT, type ClassSortKey, sortRows } from '../roster-table';
import { useRosterTable } from '../use-roster-table';
import { AppointCommitteeModal } from './appoint-committee-modal';
import { CoverageStatus, coverageState } from './coverage-status';
import { type DismissTarget, DismissModal } from './dismiss-modal';
import { GapsOnlySwitch } from './gaps-only-switch';

const MAX_MEMBERS = 2;

/** `canWrite(classCode)`: 任命 / 免职 for that class (the college's writers, or the class's counselor). */
export function ClassesCard({ classes, canWrite }: { classes: ClassRosterEntry[]; canWrite: (classCode: string) => boolean }) {
  const t = useT();
  const [gapsOnly, setGapsOnly] = useState(false);
  const [appointing, setAppointing] = useState<ClassRosterEntry | null>(null);
  const [dismissing, setDismissing] = useState<DismissTarget | null>(null);
  const [end] = useMutation(END_COMMITTEE_MEMBER, { refetchQueries: ['CollegeRoster'], awaitRefetchQueries: true });
  const table = useRosterTable<ClassRosterEntry, ClassSortKey>();
  // On phones each card's title names the class.
  const narrow = useNarrow();
  const rows = sortRows(gapsOnly ? classes.filter((c) => coverageState(c) === 'gap') : classes, table.sort, CLASS_SORT);

  const columns: TableColumnsType<ClassRosterEntry> = [
    { title: t('classes.col.code'), ...table.sortable('code'), hidden: narrow, render: (_: unknown, c) => c.classGroup.code },
    { title: t('classes.col.name'), ...table.sortable('name'), hidden: narrow, render: (_: unknown, c) => c.classGroup.name },
    { title: t('classes.col.grade'), ...table.sortable('grade'), render: (_: unknown, c) => c.classGroup.grade },
    {
      title: t('classes.col.counselor'),
      ...table.sortable('counselor'),
      render: (_: unknown, c) =>
        c.classGroup.counselor ? t('common.nameNo', { name: c.classGroup.counselor.name, no: c.classGroup.counselor.staffNo }) : t('common.none'),
    },
    { title: t('classes.col.enrolled'), dataIndex: 'enrolledCount', className: 'num', ...table.sortable('enrolled') },
    {
      title: t('classes.col.members'),
      ...table.sortable('members'),
      render: (_: unknown, c) =>
        c.committeeMembers.length === 0 ? (
          t('common.none')
        ) : (
          <ul className="person-list">
            {c.committeeMembers.map((m) => (
              <li key={m.id} data-testid={`committee-member-${m.student.studentNo}`}>
                {t('common.nameNo', { name: m.student.name, no: m.student.studentNo })}<span className="muted">{t('classes.since', { date: m.startedOn })}</span>{' '}
                {canWrite(c.classGroup.code) && (
                  <Button
                    size="small"
                    type="link"
                    danger
                    aria-label={t('classes.dismissLabel', { name: m.student.name })}
                    onClick={() => setDismissing({ id: m.id, name: m.student.name })}
                  >
                    {t('dismiss.button')}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        ),
    },
    {
      title: t('classes.col.status'),
      ...table.sortable('status'),
      render: (_: unknown, c) => <CoverageStatus state={coverageState(c)} prefix="classes" testId={`class-status-${c.classGroup.code}`} />,
    },
  ];
  if (classes.some((c) => canWrite(c.classGroup.code))) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      render: (_: unknown, c) => {
        if (!canWrite(c.classGroup.code)) return null;
        const full = c.committeeMembers.length >= MAX_MEMBERS;
        const text = full ? t('classes.full') : t('classes.appoint');
        return (
          <Button
            size="small"
            disabled={!c.active || full}
            aria-label={t('classes.appointLabel', { action: text, name: c.classGroup.name })}
            onClick={() => setAppointing(c)}
            data-testid={`appoint-committee-${c.classGroup.code}`}
          >
            {text}
          </Button>
        );
      },
    });
  }

  return (
    <Card
      className="section roster-table-card"
      data-testid="classes"
      title={<h2 className="card-heading">{t('classes.title')}</h2>}
      extra={
        <GapsOnlySwitch
          id="classes-gaps-only"
          checked={gapsOnly}
          onChange={(v) => {
            setGapsOnly(v);
            table.firstPage();
          }}
        />
      }
    >
      <ResponsiveTable<ClassRosterEntry>
        data-testid="classes-table"
        size="small"
        rowKey={(c) => c.classGroup.id}
        columns={columns}
        dataSource={rows}
        onChange={table.onChange}
        pagination={table.pagination(rows.length)}
        cardTitle={(c) => t('common.nameNo', { name: c.classGroup.name, no: c.classGroup.code })}
        rowClassName={(c) => (coverageState(c) === 'gap' ? 'row-gap' : '')}
        onRow={(c) => ({ 'data-testid': `class-row-${c.classGroup.code}` }) as HTMLAttributes<HTMLElement>}
        locale={{ emptyText: gapsOnly ? t('classes.noGaps') : t('classes.empty') }}
      />
      {appointing && <AppointCommitteeModal entry={appointing} onClose={() => setAppointing(null)} />}
      {dismissing && (
        <DismissModal target={dismissing} onClose={() => setDismissing(null)} onEnd={(input) => end({ variables: { input } })} />
      )}
    </Card>
  );
}
