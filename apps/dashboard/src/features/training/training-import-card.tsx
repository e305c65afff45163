import { Alert, App, Button, Card, Radio, Spin, Upload } from 'antd';
import type { HTMLAttributes } from 'react';
import { useState } from 'react';
import { ErrorAlert } from '@/components/error-alert';
import { ResponsiveTable } from '@/components/responsive-table';
import type { TrainingImportKind } from '@/gql/graphql';
import { useI18n } from '@/lib/i18n/i18n';
import type { TrainingImportResult } from './api/training.mutation';
import { downloadCsvText } from '@/components/csv-export';
import { templateCsv, TRAINING_IMPORT_COLUMNS, TRAINING_IMPORT_KINDS } from './training-import';
import { formatOf, useTrainingImport } from './use-training-import';

type ImportError = TrainingImportResult['errors'][number];

function Counts({ result, testId }: { result: TrainingImportResult; testId: string }) {
  const { t } = useI18n();
  const items = [
    { key: 'created', label: t('import.created'), value: result.created },
    { key: 'updated', label: t('import.updated'), value: result.updated },
    { key: 'unchanged', label: t('import.unchanged'), value: result.unchanged },
  ];
  return (
    <dl className="import-counts" data-testid={testId}>
      {items.map((i) => (
        <div key={i.key}>
          <dt>{i.label}</dt>
          <dd data-testid={`${testId}-${i.key}`}>{i.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Errors({ errors }: { errors: readonly ImportError[] }) {
  const { t } = useI18n();
  return (
    <>
      <Alert
        type="error"
        showIcon
        role="alert"
        data-testid="training-import-errors-alert"
        title={t('import.errorsTitle', { n: errors.length })}
        description={t('import.errorsAllOrNothing')}
      />
      <ResponsiveTable<ImportError & { key: number }>
        className="import-errors"
        data-testid="training-import-errors"
        size="small"
        dataSource={errors.map((e, key) => ({ ...e, key }))}
        pagination={errors.length > 50 ? { pageSize: 50 } : false}
        onRow={(e) => ({ 'data-testid': `training-import-error-${e.row}` }) as HTMLAttributes<HTMLElement>}
        cardTitle={(e) => t('import.errorAt', { row: e.row, column: e.column })}
        columns={[
          { title: t('import.col.row'), dataIndex: 'row', className: 'num', width: 80 },
          { title: t('import.col.column'), dataIndex: 'column', width: 160 },
          { title: t('import.col.message'), dataIndex: 'message' },
        ]}
      />
    </>
  );
}

/**
 * 导入培训记录: a course platform's completions or a sign-in sheet, as CSV (UTF-8 or GB18030) or
 * XLSX. A dry run first shows the counts and every row and column in error; only a clean dry run
 * can be imported, and the file is refused whole when any row is wrong.
 */
export interface TrainingImportCardProps {
  semester: string;
  onImported: () => void;
  /** Real values for the template's example row (a trainee, a module, a session of the college). */
  example: { studentNo: string; moduleCode: string; sessionCode: string; date: string };
}

export function TrainingImportCard({ semester, onImported, example }: TrainingImportCardProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [kind, setKind] = useState<TrainingImportKind>('MODULE_COMPLETIONS');
  const { state, check, apply, reset } = useTrainingImport(kind, semester, onImported);
  const busy = state.step === 'busy';
  const columns = TRAINING_IMPORT_COLUMNS[kind].map(([en, zh]) => `${zh} (${en})`).join(t('common.listSeparator'));

  return (
    <Card className="section" data-testid="training-import" title={<h2 className="card-heading">{t('training.import.title')}</h2>}>
      <Radio.Group
        aria-label={t('training.import.kind')}
        optionType="button"
        size="small"
        value={kind}
        disabled={busy}
        data-testid="training-import-kind"
        onChange={(e) => {
          reset();
          setKind(e.target.value as TrainingImportKind);
        }}
        options={TRAINING_IMPORT_KINDS.map((k) => ({ value: k, label: t(`training.import.kind.${k}`) }))}
      />
      <p className="hint training-import-columns" data-testid="training-import-columns">
        {t('training.import.columns', { columns })}
      </p>
      <p className="hint">{t(`training.import.hint.${kind}`)}</p>
      <p>
        <Button
          type="link"
          size="small"
          className="inline-link"
          data-testid="training-import-template"
          onClick={() => downloadCsvText(`${kind === 'MODULE_COMPLETIONS' ? 'module-completions' : 'session-attendance'}-${semester}.csv`, templateCsv(kind, example))}
        >
          {t('training.import.template', { kind: t(`training.import.kind.${kind}`) })}
        </Button>
      </p>
      <Upload.Dragger
        accept=".csv,.xlsx"
        multiple={false}
        showUploadList={false}
        disabled={busy}
        data-testid="training-import-upload"
        aria-label={t('training.import.upload', { kind: t(`training.import.kind.${kind}`) })}
        beforeUpload={(file) => {
          if (formatOf(file.name)) void check(file);
          else {
            reset();
            message.error(t('import.badType'));
          }
          return Upload.LIST_IGNORE;
        }}
      >
        <p className="upload-title">{t('training.import.upload', { kind: t(`training.import.kind.${kind}`) })}</p>
        <p className="hint">{t('training.import.uploadHint')}</p>
      </Upload.Dragger>

      <div aria-live="polite" role="status" data-testid="training-import-status">
        {state.step === 'busy' && (
          <div className="import-busy">
            <Spin /> <span>{state.dryRun ? t('import.checking', { file: state.fileName }) : t('import.applying', { file: state.fileName })}</span>
          </div>
        )}
      </div>

      {state.step === 'failed' && (
        <>
          <p>{t('import.file', { file: state.fileName })}</p>
          <ErrorAlert error={state.error} testId="training-import-failure" />
        </>
      )}
      {state.step === 'checked' && (
        <div data-testid="training-import-preview">
          <h3 className="training-subheading">{t('import.preview')}</h3>
          <p>{t('import.file', { file: state.payload.fileName })}</p>
          <Counts result={state.result} testId="training-import-dry-run" />
          {state.result.errors.length > 0 ? (
            <Errors errors={state.result.errors} />
          ) : (
            <Alert type="success" showIcon title={t('import.noErrors')} data-testid="training-import-dry-run-ok" />
          )}
          <div className="import-actions">
            <Button type="primary" disabled={state.result.errors.length > 0} onClick={() => void apply()} data-testid="training-import-apply">
              {t('import.apply')}
            </Button>{' '}
            <Button onClick={reset}>{t('common.cancel')}</Button>
          </div>
        </div>
      )}
      {state.step === 'applied' && state.result.errors.length > 0 && <Errors errors={state.result.errors} />}
      {state.step === 'applied' && state.result.errors.length === 0 && (
        <Alert
          type="success"
          showIcon
          role="status"
          data-testid="training-import-success"
          title={t('import.success', { created: state.result.created, updated: state.result.updated, unchanged: state.result.unchanged })}
          action={
            <Button size="small" onClick={reset}>
              {t('import.another')}
            </Button>
          }
        />
      )}
    </Card>
  );
}
