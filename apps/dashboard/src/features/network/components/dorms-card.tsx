import { useMutation } from '@apollo/client/react';
import { Button, Card, Select, type TableColumnsType } from 'antd';
import { type HTMLAttributes, useState } from 'react';
import { ResponsiveTable } from '@/components/responsive-table';
import { useT } from '@/lib/i18n/i18n';
import type { DormRosterEntry } from '../api/college-roster.query';
import { END_DORM_OFFICER } from '../api/end-dorm-officer.mutation';
import { buildingsOf, DORM_SORT, type DormSortKey, sortRows } from '../roster-table';
import { useRosterTable } from '../use-roster-table';
import { AppointOfficerModal } from './appoint-officer-modal';
import { AppointSuggestionsButton } from './appoint-suggestions-modal';
import { CoverageStatus, coverageState } from './coverage-status';
import { type DismissTarget, DismissModal } from './dismiss-modal';
import { GapsOnlySwitch } from './gaps-only-switch';

export function DormsCard({ dorms, canWrite }: { dorms: DormRosterEntry[]; canWrite: boolean }) {
  const t = useT();
  const [gapsOnly, setGapsOnly] = useState(false);
  const [appointing, setAppointing] = useState<DormRosterEntry | null>(null);
  const [dismissing, setDismissing] = useState<DismissTarget | null>(null);
  const [end] = useMutation(END_DORM_OFFICER, { refetchQueries: ['CollegeRoster'], awaitRefetchQueries: true });
  const [building, setBuilding] = useState<string | undefined>(undefined);
  const table = useRosterTable<DormRosterEntry, DormSortKey>();
  const buildings = buildingsOf(dorms);
  const rows = sortRows(
    dorms.filter((d) => (!gapsOnly || coverageState(d) === 'gap') && (!building || d.dormitory.building === building)),
    table.sort,
    DORM_SORT,
  );

  const columns: TableColumnsType<DormRosterEntry> = [
    { title: t('dorms.col.code'), ...table.sortable('code'), render: (_: unknown, d) => d.dormitory.code },
    {
      title: t('dorms.col.place'),
      ...table.sortable('place'),
      render: (_: unknown, d) => t('dorms.place', { building: d.dormitory.building, room: d.dormitory.room }),
    },
    { title: t('dorms.col.residents'), dataIndex: 'enrolledResidents', className: 'num', ...table.sortable('residents') },
    {
      title: t('dorms.col.officer'),
      ...table.sortable('officer'),
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
      ...table.sortable('status'),
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
      className="section roster-table-card"
      data-testid="dorms"
      title={<h2 className="card-heading">{t('dorms.title')}</h2>}
      extra={
        <span className="card-extra">
          {canWrite && <AppointSuggestionsButton dorms={dorms} />}
          {buildings.length > 1 && (
            <Select
              allowClear
              size="small"
              className="building-filter"
              aria-label={t('lists.building')}
              placeholder={t('lists.allBuildings')}
              value={building}
              options={buildings.map((b) => ({ value: b, label: b }))}
              onChange={(b: string | undefined) => {
                setBuilding(b);
                table.firstPage();
              }}
              data-testid="dorms-building"
            />
          )}
          <GapsOnlySwitch
            id="dorms-gaps-only"
            checked={gapsOnly}
            onChange={(v) => {
              setGapsOnly(v);
              table.firstPage();
            }}
          />
        </span>
      }
    >
      <ResponsiveTable<DormRosterEntry>
        data-testid="dorms-table"
        size="small"
        rowKey={(d) => d.dormitory.id}
        columns={columns}
        dataSource={rows}
        onChange={table.onChange}
        pagination={table.pagination(rows.length)}
        rowClassName={(d) => (coverageState(d) === 'gap' ? 'row-gap' : '')}
        onRow={(d) => ({ 'data-testid': `dorm-row-${d.dormitory.code}` }) as HTMLAttributes<HTMLElement>}
        locale={{ emptyText: gapsOnly || building ? t('lists.noMatchingDorms') : t('dorms.empty') }}
      />
      {appointing && <AppointOfficerModal entry={appointing} onClose={() => setAppointing(null)} />}
      {dismissing && (
        <DismissModal target={dismissing} onClose={() => setDismissing(null)} onEnd={(input) => end({ variables: { input } })} />
      )}
    </Card>
  );
}
