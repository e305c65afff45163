import { useMutation } from '@apollo/client/react';
import { Button, Card, Table, type TableColumnsType } from 'antd';
import { type HTMLAttributes, useState } from 'react';
import { useT } from '@/lib/i18n/i18n';
import type { DormRosterEntry } from '../api/college-roster.query';
import { END_DORM_OFFICER } from '../api/end-dorm-officer.mutation';
import { AppointOfficerModal } from './appoint-officer-modal';
import { CoverageStatus, coverageState } from './coverage-status';
import { type DismissTarget, DismissModal } from './dismiss-modal';
import { GapsOnlySwitch } from './gaps-only-switch';

export function DormsCard({ dorms, canWrite }: { dorms: DormRosterEntry[]; canWrite: boolean }) {
  const t = useT();
  const [gapsOnly, setGapsOnly] = useState(false);
  const [appointing, setAppointing] = useState<DormRosterEntry | null>(null);
  const [dismissing, setDismissing] = useState<DismissTarget | null>(null);
  const [end] = useMutation(END_DORM_OFFICER, { refetchQueries: ['CollegeRoster'], awaitRefetchQueries: true });
  const rows = gapsOnly ? dorms.filter((d) => coverageState(d) === 'gap') : dorms;

  const columns: TableColumnsType<DormRosterEntry> = [
    { title: t('dorms.col.code'), key: 'code', render: (_: unknown, d) => d.dormitory.code },
    {
      title: t('dorms.col.place'),
      key: 'place',
      render: (_: unknown, d) => t('dorms.place', { building: d.dormitory.building, room: d.dormitory.room }),
    },
    { title: t('dorms.col.residents'), dataIndex: 'enrolledResidents', className: 'num' },
    {
      title: t('dorms.col.officer'),
      key: 'officer',
      render: (_: unknown, d) =>
        d.officer ? (
          <span data-testid={`dorm-officer-${d.officer.student.studentNo}`}>
            {t('common.nameNo', { name: d.officer.student.name, no: d.officer.student.studentNo })}
            <span className="muted">{t('classes.since', { date: d.officer.startedOn })}</span>{' '}
            {canWrite && (
              <Button
                size="small"
                type="link"
                danger
                aria-label={t('dorms.dismissLabel', { name: d.officer.student.name })}
                onClick={() => d.officer && setDismissing({ id: d.officer.id, name: d.officer.student.name })}
              >
                {t('dismiss.button')}
              </Button>
            )}
          </span>
        ) : (
          t('common.none')
        ),
    },
    {
      title: t('dorms.col.suggested'),
      key: 'suggested',
      render: (_: unknown, d) =>
        !d.officer && d.suggestedOfficer ? t('common.nameNo', { name: d.suggestedOfficer.name, no: d.suggestedOfficer.studentNo }) : t('common.none'),
    },
    {
      title: t('dorms.col.status'),
      key: 'status',
      render: (_: unknown, d) => <CoverageStatus state={coverageState(d)} prefix="dorms" testId={`dorm-status-${d.dormitory.code}`} />,
    },
  ];
  if (canWrite) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      render: (_: unknown, d) =>
        d.officer ? null : (
          <Button
            size="small"
            disabled={!d.active}
            aria-label={t('dorms.appointLabel', { action: t('dorms.appoint'), code: d.dormitory.code })}
            onClick={() => setAppointing(d)}
            data-testid={`appoint-officer-${d.dormitory.code}`}
          >
            {t('dorms.appoint')}
          </Button>
        ),
    });
  }

  return (
    <Card
      className="section"
      data-testid="dorms"
      title={<h2 className="card-heading">{t('dorms.title')}</h2>}
      extra={<GapsOnlySwitch id="dorms-gaps-only" checked={gapsOnly} onChange={setGapsOnly} />}
    >
      <Table<DormRosterEntry>
        size="small"
        rowKey={(d) => d.dormitory.id}
        columns={columns}
        dataSource={rows}
        scroll={{ x: 'max-content' }}
        pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: true } : false}
        rowClassName={(d) => (coverageState(d) === 'gap' ? 'row-gap' : '')}
        onRow={(d) => ({ 'data-testid': `dorm-row-${d.dormitory.code}` }) as HTMLAttributes<HTMLElement>}
        locale={{ emptyText: gapsOnly ? t('classes.noGaps') : t('dorms.empty') }}
      />
      {appointing && <AppointOfficerModal entry={appointing} onClose={() => setAppointing(null)} />}
      {dismissing && (
        <DismissModal target={dismissing} onClose={() => setDismissing(null)} onEnd={(input) => end({ variables: { input } })} />
      )}
    </Card>
  );
}
