import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Form, Input } from 'antd';
import { type HTMLAttributes, useState } from 'react';
import { DateInput } from '@/components/date-input';
import { ErrorAlert } from '@/components/error-alert';
import { MutationModal } from '@/components/mutation-modal';
import { ResponsiveTable } from '@/components/responsive-table';
import { StatusTag } from '@/components/status-tag';
import { useI18n } from '@/lib/i18n/i18n';
import { isSemester } from '@/lib/semester';
import { useDocumentTitle } from '@/lib/use-document-title';
import { type Semester, SEMESTERS } from './api/training.query';
import { SET_SEMESTER } from './api/training.mutation';
import { academicYearBounds } from './semester-dates';

interface Values {
  code: string;
  name: string;
  startsOn: string;
  endsOn: string;
}

function SemesterModal({ semester, known, onClose }: { semester: Semester | null; known: readonly Semester[]; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [setSemester] = useMutation(SET_SEMESTER, { refetchQueries: ['Semesters'], awaitRefetchQueries: true });
  const code = Form.useWatch('code', form) ?? semester?.code ?? '';
  const bounds = isSemester(code) ? academicYearBounds(code) : null;
  return (
    <MutationModal<Values>
      title={semester ? t('semesters.editTitle', { code: semester.code }) : t('semesters.add')}
      testId="semester-modal"
      name="semester-form"
      okText={t('common.save')}
      form={form}
      initialValues={semester ? { code: semester.code, name: semester.name, startsOn: semester.startsOn, endsOn: semester.endsOn } : { code: '' }}
      onClose={onClose}
      onSubmit={async (v) => {
        // The version read: a stale one is refused (someone else changed the semester meanwhile).
        const version = (semester ?? known.find((s) => s.code === v.code.trim()))?.version ?? null;
        await setSemester({ variables: { input: { code: v.code.trim(), name: v.name.trim(), startsOn: v.startsOn, endsOn: v.endsOn, version } } });
        message.success(t('semesters.saved', { code: v.code.trim() }));
      }}
    >
      <Form.Item
        name="code"
        label={t('semesters.code')}
        extra={semester ? undefined : t('semesters.codeHint')}
        rules={[{ required: true, message: t('semesters.codeRequired') }, { validator: (_, v: string) => (!v || isSemester(v.trim()) ? Promise.resolve() : Promise.reject(new Error(t('semesters.codeInvalid')))) }]}
      >
        <Input disabled={!!semester} data-testid="semester-code" autoComplete="off" />
      </Form.Item>
      <Form.Item name="name" label={t('semesters.name')} rules={[{ required: true, whitespace: true, message: t('semesters.nameRequired') }, { max: 100 }]}>
        <Input data-testid="semester-name" maxLength={100} />
      </Form.Item>
      <Form.Item name="startsOn" label={t('semesters.startsOn')} rules={[{ required: true, message: t('semesters.dateRequired') }]}>
        <DateInput min={bounds?.min} max={bounds?.max} data-testid="semester-starts" />
      </Form.Item>
      <Form.Item
        name="endsOn"
        label={t('semesters.endsOn')}
        dependencies={['startsOn']}
        rules={[
          { required: true, message: t('semesters.dateRequired') },
          ({ getFieldValue }) => ({
            validator: (_, v: string | undefined) => {
              const from = getFieldValue('startsOn') as string | undefined;
              return v && from && v < from ? Promise.reject(new Error(t('semesters.endBeforeStart'))) : Promise.resolve();
            },
          }),
        ]}
      >
        <DateInput min={bounds?.min} max={bounds?.max} data-testid="semester-ends" />
      </Form.Item>
    </MutationModal>
  );
}

/** 学期设置 (the school administration): each semester's name and dates; unset semesters use the default dates. */
export function SemestersPage() {
  const { t } = useI18n();
  const { data, error, loading } = useQuery(SEMESTERS, { fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<Semester | null | 'new'>(null);
  useDocumentTitle(t('semesters.title'));
  const rows = data?.semesters ?? [];
  const current = data?.currentSemester.code;
  return (
    <>
      <h1 className="page-title">{t('semesters.title')}</h1>
      <p className="page-subtitle">{t('semesters.intro')}</p>
      {error && <ErrorAlert error={error} />}
      <Card
        className="section"
        data-testid="semesters-card"
        title={<h2 className="card-heading">{t('semesters.list')}</h2>}
        extra={
          <Button size="small" type="primary" onClick={() => setEditing('new')} data-testid="semester-add">
            {t('semesters.add')}
          </Button>
        }
      >
        <ResponsiveTable<Semester>
          size="small"
          data-testid="semesters-table"
          loading={loading && rows.length === 0}
          rowKey="code"
          dataSource={rows}
          pagination={false}
          onRow={(s) => ({ 'data-testid': `semester-row-${s.code}` }) as HTMLAttributes<HTMLElement>}
          cardTitle={(s) => `${s.name} · ${s.code}`}
          columns={[
            { key: 'code', title: t('semesters.code'), dataIndex: 'code' },
            {
              key: 'name',
              title: t('semesters.name'),
              render: (_: unknown, s: Semester) => (
                <>
                  {s.name}
                  {s.code === current && (
                    <>
                      {' '}
                      <StatusTag tone="success">{t('semesters.current')}</StatusTag>
                    </>
                  )}
                </>
              ),
            },
            { key: 'startsOn', title: t('semesters.startsOn'), dataIndex: 'startsOn' },
            { key: 'endsOn', title: t('semesters.endsOn'), dataIndex: 'endsOn' },
            {
              key: 'stored',
              title: t('semesters.source'),
              render: (_: unknown, s: Semester) => <StatusTag tone={s.stored ? 'success' : 'neutral'}>{s.stored ? t('semesters.stored') : t('semesters.default')}</StatusTag>,
            },
            {
              key: 'actions',
              title: t('common.actions'),
              render: (_: unknown, s: Semester) => (
                <Button size="small" onClick={() => setEditing(s)} data-testid={`semester-edit-${s.code}`}>
                  {t('common.edit')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      {editing !== null && <SemesterModal semester={editing === 'new' ? null : editing} known={rows} onClose={() => setEditing(null)} />}
    </>
  );
}
