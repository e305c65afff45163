import { useMutation } from '@apollo/client/react';
import { App, Button, Card, Popconfirm, Radio, Tag } from 'antd';
import { type HTMLAttributes, type Key, useMemo, useState } from 'react';
import { ExportCsvButton } from '@/components/export-csv-button';
import { ResponsiveTable, useNarrow } from '@/components/responsive-table';
import { StatusTag } from '@/components/status-tag';
import type { NetworkLevel } from '@/gql/graphql';
import { useT } from '@/lib/i18n/i18n';
import type { Trainee, TrainingProgramme } from './api/training.query';
import { REMOVE_MODULE_COMPLETION } from './api/training.mutation';
import { errorText } from './error-text';
import { postsOf } from './posts';
import { TRAINING_REFETCH } from './session-form-modal';

type Filter = 'all' | 'incomplete';

export interface TraineesCardProps {
  trainees: readonly Trainee[];
  programme: TrainingProgramme;
  semester: string;
  level: NetworkLevel;
  collegeCode: string;
  canWrite: boolean;
  /** Opens 记录模块完成 for these trainees. */
  onRecordCompletion: (studentNos: string[]) => void;
}

/**
 * 学员: every trainee (active committee member or dorm officer) of the college at the level, with
 * posts, modules done and missing, counted sessions and whether they are complete. Writers select
 * trainees and record a module for all of them at once; a done module can be taken back.
 */
export function TraineesCard({ trainees, programme, semester, level, collegeCode, canWrite, onRecordCompletion }: TraineesCardProps) {
  const t = useT();
  const { message } = App.useApp();
  const narrow = useNarrow();
  const [filter, setFilter] = useState<Filter>('all');
  const [selected, setSelected] = useState<Key[]>([]);
  const [removeCompletion] = useMutation(REMOVE_MODULE_COMPLETION, { refetchQueries: TRAINING_REFETCH, awaitRefetchQueries: true });
  const rows = useMemo(() => (filter === 'all' ? [...trainees] : trainees.filter((tr) => !tr.completed)), [trainees, filter]);
  const moduleName = (code: string) => programme.modules.find((m) => m.code === code)?.name ?? code;
  const min = programme.minSelfDesignedAttendance;
  const posts = (tr: Trainee) =>
    postsOf(tr)
      .map((p) => t(`training.post.${p.kind}`, { code: p.code }))
      .join(t('common.listSeparator'));

  const undo = async (tr: Trainee, code: string) => {
    try {
      await removeCompletion({ variables: { semester, moduleCode: code, studentNo: tr.studentNo } });
      message.success(t('training.trainees.undone', { name: tr.name, module: moduleName(code) }));
    } catch (e) {
      message.error(errorText(e, t));
    }
  };

  const csvHeader = [t('training.col.studentNo'), t('training.col.name'), t('training.col.posts'), t('training.col.modulesDone'), t('training.col.modulesMissing'), t('training.col.sessionsAttended'), t('training.col.complete')];
  const csvRows = () =>
    rows.map((tr) => [
      tr.studentNo,
      tr.name,
      posts(tr),
      tr.modulesDone.map(moduleName).join(t('common.listSeparator')),
      tr.modulesMissing.map(moduleName).join(t('common.listSeparator')),
      tr.sessionsAttended,
      tr.completed ? t('common.yes') : t('common.no'),
    ]);

  const chosen = selected.map(String);
  return (
    <Card
      className="section"
      data-testid="trainees-card"
      title={<h2 className="card-heading">{t('training.trainees.title', { n: trainees.length })}</h2>}
      extra={
        <ExportCsvButton
          testId="trainees-export"
          subject={t('training.trainees.title', { n: trainees.length })}
          filename={`trainees-${collegeCode}-${semester}-${level.toLowerCase()}.csv`}
          header={csvHeader}
          rows={csvRows}
          disabled={rows.length === 0}
        />
      }
    >
      <div className="trainees-toolbar">
        <Radio.Group
          aria-label={t('training.trainees.filter')}
          optionType="button"
          size="small"
          value={filter}
          onChange={(e) => setFilter(e.target.value as Filter)}
          data-testid="trainees-filter"
          options={[
            { value: 'all', label: t('training.trainees.all', { n: trainees.length }) },
            { value: 'incomplete', label: t('training.trainees.incomplete', { n: trainees.filter((tr) => !tr.completed).length }) },
          ]}
        />
        {canWrite && (
          <Button
            size="small"
            type="primary"
            disabled={trainees.length === 0}
            onClick={() => onRecordCompletion(chosen)}
            data-testid="trainees-record-completion"
          >
            {chosen.length > 0 ? t('training.trainees.recordSelected', { n: chosen.length }) : t('training.trainees.record')}
          </Button>
        )}
      </div>
      {canWrite && !narrow && <p className="hint">{t('training.trainees.selectHint')}</p>}
      <ResponsiveTable<Trainee>
        size="small"
        data-testid="trainees-table"
        rowKey="studentNo"
        // Fit the card (cells wrap) rather than scroll sideways: no hidden measuring row holding a second select-all box.
        scroll={undefined}
        dataSource={rows}
        pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        locale={{ emptyText: filter === 'all' ? t('training.trainees.empty', { level: t(`level.${level}`) }) : t('training.trainees.noneIncomplete') }}
        rowSelection={canWrite && !narrow ? { selectedRowKeys: selected, onChange: setSelected, preserveSelectedRowKeys: true } : undefined}
        onRow={(tr) => ({ 'data-testid': `trainee-row-${tr.studentNo}` }) as HTMLAttributes<HTMLElement>}
        cardTitle={(tr) => t('common.nameNo', { name: tr.name, no: tr.studentNo })}
        columns={[
          { key: 'name', title: t('training.col.trainee'), render: (_: unknown, tr: Trainee) => t('common.nameNo', { name: tr.name, no: tr.studentNo }) },
          { key: 'posts', title: t('training.col.posts'), render: (_: unknown, tr: Trainee) => posts(tr) },
          {
            key: 'done',
            title: t('training.col.modulesDone'),
            render: (_: unknown, tr: Trainee) =>
              tr.modulesDone.length === 0
                ? t('common.none')
                : tr.modulesDone.map((code) =>
                    canWrite ? (
                      <Popconfirm
                        key={code}
                        title={t('training.trainees.undoConfirm', { name: tr.name, module: moduleName(code) })}
                        okText={t('training.trainees.undo')}
                        cancelText={t('common.cancel')}
                        onConfirm={() => undo(tr, code)}
                      >
                        <button
                          type="button"
                          className="module-tag module-done module-button"
                          data-testid={`module-done-${tr.studentNo}-${code}`}
                          aria-label={t('training.trainees.undoLabel', { name: tr.name, module: moduleName(code) })}
                        >
                          ✓ {moduleName(code)}
                        </button>
                      </Popconfirm>
                    ) : (
                      <Tag key={code} className="module-tag module-done" data-testid={`module-done-${tr.studentNo}-${code}`}>
                        ✓ {moduleName(code)}
                      </Tag>
                    ),
                  ),
          },
          {
            key: 'missing',
            title: t('training.col.modulesMissing'),
            render: (_: unknown, tr: Trainee) =>
              tr.modulesMissing.length === 0
                ? t('common.none')
                : tr.modulesMissing.map((code) => (
                    <Tag key={code} className="module-tag module-missing" data-testid={`module-missing-${tr.studentNo}-${code}`}>
                      {moduleName(code)}
                    </Tag>
                  )),
          },
          {
            key: 'sessions',
            title: t('training.col.sessionsAttended'),
            className: 'num',
            render: (_: unknown, tr: Trainee) => (
              <span className={tr.attendedSelfDesigned ? undefined : 'training-warning'} data-testid={`trainee-sessions-${tr.studentNo}`}>
                {t('training.trainees.sessionsOf', { n: tr.sessionsAttended, min })}
              </span>
            ),
          },
          {
            key: 'complete',
            title: t('training.col.complete'),
            render: (_: unknown, tr: Trainee) => (
              <StatusTag tone={tr.completed ? 'success' : 'warning'} testId={`trainee-complete-${tr.studentNo}`}>
                {tr.completed ? t('training.trainees.complete') : t('training.trainees.notComplete')}
              </StatusTag>
            ),
          },
        ]}
      />
    </Card>
  );
}
