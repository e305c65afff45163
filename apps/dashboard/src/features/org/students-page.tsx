import { useQuery } from '@apollo/client/react';
import { Button, Card, Table, type TableColumnsType } from 'antd';
import { type HTMLAttributes, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '@/components/error-alert';
import { ExportCsvButton } from '@/components/export-csv-button';
import { STUDENT_STATUSES } from '@/lib/enums';
import type { StudentStatus } from '@/gql/graphql';
import { formatNumber } from '@/lib/i18n/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useLevel } from '@/lib/level';
import { type StudentFilterValues, StudentFilters } from './student-filters';
import { STUDENTS, type Student } from './students.query';
import { useDocumentTitle } from '@/lib/use-document-title';

const PAGE_SIZE = 50;
// Filters live in the URL next to ?level=, so a filtered list is a shareable link.
const PARAMS = { college: 'college', classCode: 'class', status: 'status', search: 'q' } as const;

function useStudentFilters(): [StudentFilterValues, (v: StudentFilterValues) => void] {
  const [params, setParams] = useSearchParams();
  const college = params.get(PARAMS.college) ?? undefined;
  const classCode = params.get(PARAMS.classCode) ?? undefined;
  const statusParam = params.get(PARAMS.status);
  const search = params.get(PARAMS.search) ?? undefined;
  const value = useMemo<StudentFilterValues>(
    () => ({ college, classCode, search, status: STUDENT_STATUSES.find((s) => s === statusParam) }),
    [college, classCode, statusParam, search],
  );
  const set = (v: StudentFilterValues) =>
    setParams((prev) => {
      const copy = new URLSearchParams(prev);
      for (const [key, param] of Object.entries(PARAMS) as [keyof StudentFilterValues, string][]) {
        const x = v[key];
        if (x) copy.set(param, x);
        else copy.delete(param);
      }
      return copy;
    });
  return [value, set];
}

export function StudentsPage() {
  const { t, language } = useI18n();
  const [level] = useLevel();
  const [filters, setFilters] = useStudentFilters();
  const [loadingMore, setLoadingMore] = useState(false);
  useDocumentTitle(`${t('students.title')} · ${t(`level.${level}`)}`);
  const { data, error, loading, fetchMore, refetch } = useQuery(STUDENTS, {
    variables: {
      first: PAGE_SIZE,
      level,
      collegeCode: filters.college ?? null,
      classCode: filters.classCode ?? null,
      status: filters.status ?? null,
      search: filters.search ?? null,
    },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const conn = data?.students;
  const rows = conn?.edges.map((e) => e.node) ?? [];

  const loadMore = async () => {
    if (!conn?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: conn.pageInfo.endCursor } });
    } finally {
      setLoadingMore(false);
    }
  };

  const columns: TableColumnsType<Student> = [
    { title: t('students.col.studentNo'), dataIndex: 'studentNo' },
    { title: t('students.col.name'), dataIndex: 'name' },
    { title: t('students.col.gender'), dataIndex: 'gender', render: (g: Student['gender']) => (g ? t(`gender.${g}`) : t('common.none')) },
    { title: t('students.col.college'), dataIndex: 'collegeCode' },
    { title: t('students.col.class'), key: 'class', render: (_: unknown, s) => t('common.nameNo', { name: s.className, no: s.classCode }) },
    { title: t('students.col.dorm'), dataIndex: 'dormCode', render: (d: string | null) => d ?? t('common.none') },
    { title: t('students.col.status'), dataIndex: 'status', render: (s: StudentStatus | null) => (s ? t(`status.${s}`) : t('common.none')) },
    { title: t('students.col.dormHead'), dataIndex: 'isDormHead', render: (b: boolean | null) => (b === null ? t('common.none') : b ? t('common.yes') : t('common.no')) },
  ];

  return (
    <>
      <h1 className="page-title">{t('students.title')}</h1>
      <p className="page-subtitle">{t(`level.${level}`)}</p>
      <Card size="small" className="section">
        <StudentFilters level={level} value={filters} onChange={setFilters} />
      </Card>
      {error && <ErrorAlert error={error} onRetry={() => refetch()} stale={!!data} />}
      <Card
        size="small"
        title={
          <h2 className="card-heading" data-testid="students-total" aria-live="polite">
            {conn ? t('students.total', { n: formatNumber(conn.totalCount, language) }) : t('app.loading')}
            {conn && conn.totalCount > rows.length && (
              <span className="muted"> · {t('students.shown', { n: formatNumber(rows.length, language) })}</span>
            )}
          </h2>
        }
        extra={
          <ExportCsvButton
            filename={`students-${level.toLowerCase()}.csv`}
            header={columns.map((c) => String(c.title))}
            rows={() =>
              rows.map((s) => [s.studentNo, s.name, s.gender ? t(`gender.${s.gender}`) : '', s.collegeCode, s.classCode, s.dormCode, s.status ? t(`status.${s.status}`) : '', s.isDormHead === null ? '' : s.isDormHead ? 1 : 0])
            }
          />
        }
      >
        <Table<Student>
          data-testid="students-table"
          size="small"
          rowKey="id"
          columns={columns}
          dataSource={rows}
          loading={loading && !loadingMore}
          pagination={false}
          scroll={{ x: 'max-content' }}
          onRow={(s) => ({ 'data-testid': `student-row-${s.studentNo}` }) as HTMLAttributes<HTMLElement>}
        />
        <div className="load-more">
          {conn?.pageInfo.hasNextPage ? (
            <Button onClick={() => void loadMore()} loading={loadingMore} data-testid="students-load-more">
              {t('students.loadMore')}
            </Button>
          ) : (
            conn && rows.length > 0 && <span className="muted">{t('students.allLoaded')}</span>
          )}
        </div>
      </Card>
    </>
  );
}
