import { useQuery } from '@apollo/client/react';
import { Card, type TableColumnsType } from 'antd';
import { type HTMLAttributes, useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '@/components/error-alert';
import { ResponsiveTable, useNarrow } from '@/components/responsive-table';
import { ServerExportButtons } from '@/components/server-export-buttons';
import type { StudentStatus } from '@/gql/graphql';
import { formatNumber } from '@/lib/i18n/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useLevel } from '@/lib/level';
import { useDocumentTitle } from '@/lib/use-document-title';
import { StudentFilters } from './student-filters';
import { lastPage, PAGE_SIZES, pageOffset, pageRange, readStudentList, type StudentFilterValues, withFilters, withPage } from './student-list-params';
import { STUDENTS, type Student } from './students.query';

export function StudentsPage() {
  const { t, language } = useI18n();
  const [level] = useLevel();
  const [params, setParams] = useSearchParams();
  const { filters, page, size } = useMemo(() => readStudentList(params), [params]);
  useDocumentTitle(`${t('students.title')} · ${t(`level.${level}`)}`);
  const filter = {
    level,
    collegeCode: filters.college ?? null,
    classCode: filters.classCode ?? null,
    classSearch: filters.classSearch ?? null,
    status: filters.status ?? null,
    search: filters.search ?? null,
  };
  const { data, previousData, error, loading, refetch } = useQuery(STUDENTS, {
    variables: { ...filter, first: size, offset: pageOffset(page, size) },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  // The previous page stays on screen (dimmed) while the next one loads, so the table does not jump.
  const conn = (data ?? previousData)?.students;
  const rows = conn?.edges.map((e) => e.node) ?? [];
  const total = conn?.totalCount ?? 0;
  // A committee member or dorm officer sees classmates' numbers, names and classes only; the other
  // columns would be a dash in every row. Status is never null where the caller sees a student whole.
  const namesOnly = rows.length > 0 && rows.every((r) => r.status === null);

  // A page past the end (the list shrank, or an old link): go to the last page there is.
  useEffect(() => {
    if (data && page > lastPage(data.students.totalCount, size)) setParams((prev) => withPage(prev, lastPage(data.students.totalCount, size), size), { replace: true });
  }, [data, page, size, setParams]);

  const setFilters = (v: StudentFilterValues) => setParams((prev) => withFilters(prev, v));
  const n = (x: number) => formatNumber(x, language);
  // On phones the card's title already says who it is.
  const narrow = useNarrow();

  const columns: TableColumnsType<Student> = [
    { title: t('students.col.studentNo'), dataIndex: 'studentNo', key: 'studentNo', hidden: narrow },
    { title: t('students.col.name'), dataIndex: 'name', key: 'name', hidden: narrow },
    { title: t('students.col.gender'), dataIndex: 'gender', key: 'gender', hidden: namesOnly, render: (g: Student['gender']) => (g ? t(`gender.${g}`) : t('common.none')) },
    { title: t('students.col.college'), dataIndex: 'collegeCode', key: 'college' },
    { title: t('students.col.class'), key: 'class', render: (_: unknown, s) => t('common.nameNo', { name: s.className, no: s.classCode }) },
    { title: t('students.col.dorm'), dataIndex: 'dormCode', key: 'dorm', hidden: namesOnly, render: (d: string | null) => d ?? t('common.none') },
    { title: t('students.col.status'), dataIndex: 'status', key: 'status', hidden: namesOnly, render: (s: StudentStatus | null) => (s ? t(`status.${s}`) : t('common.none')) },
    {
      title: t('students.col.dormHead'),
      dataIndex: 'isDormHead',
      key: 'dormHead',
      hidden: namesOnly,
      render: (b: boolean | null) => (b === null ? t('common.none') : b ? t('common.yes') : t('common.no')),
    },
  ];

  return (
    <>
      <h1 className="page-title">{t('students.title')}</h1>
      <p className="page-subtitle">{t(`level.${level}`)}</p>
      <Card size="small" className="section">
        <StudentFilters level={level} value={filters} onChange={setFilters} namesOnly={namesOnly} />
      </Card>
      {namesOnly && (
        <p className="hint" data-testid="students-names-only">
          {t('students.namesOnly')}
        </p>
      )}
      {error && <ErrorAlert error={error} onRetry={() => refetch()} stale={!!conn} />}
      <Card
        size="small"
        className="list-card"
        title={
          <h2 className="card-heading" data-testid="students-total" data-total={conn ? total : undefined} aria-live="polite">
            {conn ? t('students.total', { n: n(total) }) : t('app.loading')}
          </h2>
        }
        extra={
          <ServerExportButtons
            kind="students"
            params={filter}
            subject={t('lists.studentsSubject', { n: n(total) })}
            testId="students-export"
            disabled={!conn || total === 0}
          />
        }
      >
        <ResponsiveTable<Student>
          data-testid="students-table"
          size="small"
          rowKey="id"
          columns={columns}
          dataSource={rows}
          loading={loading}
          cardTitle={(s) => t('common.nameNo', { name: s.name, no: s.studentNo })}
          pagination={{
            current: page,
            pageSize: size,
            total,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZES.map(String),
            showTotal: (all) => {
              const [from, to] = pageRange(page, size, all);
              return t('lists.range', { from: n(from), to: n(to), total: n(all) });
            },
            onChange: (p, s) => setParams((prev) => withPage(prev, p, s)),
          }}
          onRow={(s) => ({ 'data-testid': `student-row-${s.studentNo}` }) as HTMLAttributes<HTMLElement>}
        />
      </Card>
    </>
  );
}
