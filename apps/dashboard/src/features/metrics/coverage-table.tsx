import { Table, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { Link } from 'react-router-dom';
import { YesNo } from '@/components/yes-no';
import type { NetworkLevel } from '@/lib/api-types';
import { formatPercent } from '@/lib/i18n/format';
import { useI18n } from '@/lib/i18n/i18n';
import { withLevel } from '@/lib/level';
import type { CoverageRow } from './network-coverage.query';

/** Worst class coverage first; ties by college code. */
export function worstFirst(rows: readonly CoverageRow[]): CoverageRow[] {
  return [...rows].sort(
    (a, b) => a.classCoverage - b.classCoverage || (a.collegeCode ?? '').localeCompare(b.collegeCode ?? ''),
  );
}

export interface CoverageTableProps {
  rows: CoverageRow[];
  total: CoverageRow;
  level: NetworkLevel;
  /** 全校合计, or 合计 when the report covers only part of the university */
  totalLabel: string;
}

export function CoverageTable({ rows, total, level, totalLabel }: CoverageTableProps) {
  const { t, language } = useI18n();
  const pct = (r: number) => formatPercent(r, language);
  const ratio = (n: number, d: number) => t('common.ratio', { n, d });

  const columns: TableColumnsType<CoverageRow> = [
    {
      title: t('overview.col.code'),
      dataIndex: 'collegeCode',
      sorter: (a, b) => (a.collegeCode ?? '').localeCompare(b.collegeCode ?? ''),
    },
    {
      title: t('overview.col.name'),
      dataIndex: 'collegeName',
      render: (_: unknown, r) =>
        r.collegeCode ? (
          <Link to={withLevel(`/colleges/${encodeURIComponent(r.collegeCode)}`, level)} data-testid={`college-link-${r.collegeCode}`}>
            {r.collegeName}
          </Link>
        ) : null,
    },
    {
      title: t('overview.col.classes'),
      key: 'classes',
      className: 'num',
      render: (_: unknown, r) => ratio(r.classesCovered, r.classes),
    },
    {
      title: t('overview.col.classCoverage'),
      dataIndex: 'classCoverage',
      className: 'num',
      sorter: (a, b) => a.classCoverage - b.classCoverage,
      render: (v: number, r) => <span className={r.classesCovered < r.classes ? 'rate-low' : undefined}>{pct(v)}</span>,
    },
    {
      title: t('overview.col.dorms'),
      key: 'dorms',
      className: 'num',
      render: (_: unknown, r) => ratio(r.dormitoriesCovered, r.dormitories),
    },
    {
      title: t('overview.col.dormCoverage'),
      dataIndex: 'dormCoverage',
      className: 'num',
      sorter: (a, b) => a.dormCoverage - b.dormCoverage,
      render: (v: number, r) => <span className={r.dormitoriesCovered < r.dormitories ? 'rate-low' : undefined}>{pct(v)}</span>,
    },
    {
      title: t('overview.col.workingGroup'),
      dataIndex: 'collegesWithCompleteWorkingGroup',
      render: (v: number) => <YesNo value={v > 0} />,
    },
    {
      title: t('overview.col.workstation'),
      dataIndex: 'collegesWithWorkstation',
      render: (v: number) => <YesNo value={v > 0} />,
    },
    { title: t('overview.col.committeeMembers'), dataIndex: 'committeeMembers', className: 'num' },
    { title: t('overview.col.dormOfficers'), dataIndex: 'dormOfficers', className: 'num' },
  ];

  return (
    <Table<CoverageRow>
      data-testid="college-table"
      size="middle"
      rowKey={(r) => r.collegeCode ?? 'total'}
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
      onRow={(r) => ({ 'data-testid': `college-row-${r.collegeCode}` }) as HTMLAttributes<HTMLElement>}
      summary={() => (
        <Table.Summary fixed>
          <Table.Summary.Row data-testid="college-row-total">
            <Table.Summary.Cell index={0} colSpan={2}>
              <strong>{totalLabel}</strong>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} className="num">
              {ratio(total.classesCovered, total.classes)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={3} className="num">
              {pct(total.classCoverage)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={4} className="num">
              {ratio(total.dormitoriesCovered, total.dormitories)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={5} className="num">
              {pct(total.dormCoverage)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={6} className="num">
              {ratio(total.collegesWithCompleteWorkingGroup, total.colleges)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={7} className="num">
              {ratio(total.collegesWithWorkstation, total.colleges)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={8} className="num">
              {total.committeeMembers}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={9} className="num">
              {total.dormOfficers}
            </Table.Summary.Cell>
          </Table.Summary.Row>
        </Table.Summary>
      )}
    />
  );
}
