import { Alert, App, Button, Card, Radio, Space, Spin, Tooltip, Upload } from 'antd';
import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '@/components/error-alert';
import { ROSTER_KINDS } from '@/lib/enums';
import type { RosterKind } from '@/gql/graphql';
import { useI18n } from '@/lib/i18n/i18n';
import { ImportCounts, ImportErrors, ImportItemLists } from './import-result-view';
import { formatOf } from '@/lib/read-file';
import { type ImportState, useRosterImport } from './use-roster-import';
import { templateSlug, useTemplateColumns } from './use-template-columns';
import { useDocumentTitle } from '@/lib/use-document-title';

const parseKind = (v: string | null): RosterKind => ROSTER_KINDS.find((k) => k === v) ?? 'COLLEGES';

function busyText(state: ImportState, t: ReturnType<typeof useI18n>['t']): string | null {
  switch (state.step) {
    case 'reading':
      return t('import.reading');
    case 'checking':
      return t('import.checking', { file: state.payload.fileName });
    case 'applying':
      return t('import.applying', { file: state.payload.fileName });
    default:
      return null;
  }
}

function Templates({ kind }: { kind: RosterKind }) {
  const { t, language } = useI18n();
  const columns = useTemplateColumns(kind, language === 'en');
  const slug = templateSlug(kind);
  const name = t(`kind.${kind}`);
  return (
    <Card size="small" className="section" title={<h2 className="card-heading">{t('import.templates')}</h2>}>
      <Space wrap size="large">
        <a href={`/templates/${slug}.csv`} download data-testid="template-csv">
          {t('import.templateCsv', { kind: name })}
        </a>
        <a href={`/templates/${slug}.xlsx`} download data-testid="template-xlsx">
          {t('import.templateXlsx', { kind: name })}
        </a>
        <a href={`/templates/${slug}.en.csv`} download data-testid="template-csv-en">
          {t('import.templateCsvEn', { kind: name })}
        </a>
      </Space>
      {columns && <p className="hint import-columns">{t('import.columns', { columns: columns.join(', ') })}</p>}
      <p className="hint" data-testid="template-example-hint">
        {t('import.templateExample')}
      </p>
    </Card>
  );
}

export function ImportPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const kind = parseKind(params.get('kind'));
  const { state, check, apply, reset } = useRosterImport(kind);
  const busy = busyText(state, t);
  useDocumentTitle(t('import.title'));
  const canApply = state.step === 'checked' && state.result.errors.length === 0;
  const preview = state.step === 'checked' ? state.result : state.step === 'applying' ? state.preview : null;
  // Bring each outcome (dry run, result, failure) into view: it appears below the upload box.
  const outcome = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.step === 'checked' || state.step === 'applied' || state.step === 'failed') {
      outcome.current?.scrollIntoView?.({ behavior: 'smooth', block: 'nearest' });
    }
  }, [state.step]);

  const chooseKind = (next: RosterKind) => {
    reset();
    setParams((prev) => {
      const copy = new URLSearchParams(prev);
      copy.set('kind', next);
      return copy;
    });
  };

  return (
    <>
      <h1 className="page-title">{t('import.title')}</h1>
      <p className="page-subtitle">{t('import.intro')}</p>

      <Card size="small" className="section" title={<h2 className="card-heading">{t('import.kind')}</h2>}>
        <p className="hint" id="import-order-hint">
          {t('import.order', { order: ROSTER_KINDS.map((k) => t(`kind.${k}`)).join(' → ') })}
        </p>
        <Radio.Group
          aria-label={t('import.kind')}
          aria-describedby="import-order-hint"
          data-testid="import-kind"
          optionType="button"
          value={kind}
          disabled={busy !== null}
          onChange={(e) => chooseKind(e.target.value as RosterKind)}
          options={ROSTER_KINDS.map((k, i) => ({
            value: k,
            label: (
              <>
                <span aria-hidden="true" className="step-no">
                  {i + 1}
                </span>
                {t(`kind.${k}`)}
              </>
            ),
          }))}
        />
      </Card>

      <Templates kind={kind} />

      <Card size="small" className="section" title={<h2 className="card-heading">{t('import.upload')}</h2>}>
        <Upload.Dragger
          accept=".csv,.xlsx"
          multiple={false}
          showUploadList={false}
          disabled={busy !== null}
          data-testid="import-upload"
          aria-label={t('import.uploadLabel', { kind: t(`kind.${kind}`) })}
          beforeUpload={(file) => {
            if (formatOf(file.name)) void check(file);
            else {
              reset();
              message.error(t('import.badType'));
            }
            return Upload.LIST_IGNORE;
          }}
        >
          <p className="upload-title">{t('import.uploadLabel', { kind: t(`kind.${kind}`) })}</p>
          <p className="hint">{t('import.uploadHint')}</p>
        </Upload.Dragger>
      </Card>

      <div aria-live="polite" role="status" data-testid="import-status">
        {busy && (
          <div className="import-busy" data-testid="import-busy">
            <Spin /> <span>{busy}</span>
          </div>
        )}
      </div>

      <div ref={outcome}>
        {state.step === 'failed' && (
          <Card size="small" className="section">
            <p>{t('import.file', { file: state.fileName })}</p>
            <ErrorAlert error={state.error} testId="import-failure" />
          </Card>
        )}

        {preview && (state.step === 'checked' || state.step === 'applying') && (
          <Card
            size="small"
            className="section"
            data-testid="import-preview"
            title={<h2 className="card-heading">{t('import.preview')}</h2>}
          >
            <p>{t('import.file', { file: state.payload.fileName })}</p>
            <ImportCounts result={preview} testId="import-dry-run" />
            <ImportItemLists result={preview} testId="import-dry-run" />
            {preview.errors.length > 0 ? (
              <ImportErrors errors={preview.errors} />
            ) : (
              <Alert type="success" showIcon title={t('import.noErrors')} data-testid="import-dry-run-ok" />
            )}
            <div className="import-actions">
              <Tooltip title={canApply ? undefined : t('import.applyDisabled')}>
                <Button
                  type="primary"
                  disabled={!canApply}
                  loading={state.step === 'applying'}
                  onClick={() => void apply()}
                  data-testid="import-apply"
                >
                  {t('import.apply')}
                </Button>
              </Tooltip>
            </div>
          </Card>
        )}

        {state.step === 'applied' && (
          <Card size="small" className="section" data-testid="import-result">
            <p>{t('import.file', { file: state.payload.fileName })}</p>
            {state.result.errors.length === 0 ? (
              <Alert
                type="success"
                showIcon
                role="status"
                data-testid="import-success"
                title={t('import.success', {
                  created: state.result.created,
                  updated: state.result.updated,
                  unchanged: state.result.unchanged,
                })}
              />
            ) : (
              <>
                <Alert type="error" showIcon title={t('import.failed')} />
                <ImportErrors errors={state.result.errors} />
              </>
            )}
            <ImportCounts result={state.result} testId="import-applied" />
            <ImportItemLists result={state.result} testId="import-applied" />
            <Button onClick={reset} data-testid="import-another">
              {t('import.another')}
            </Button>
          </Card>
        )}
      </div>
    </>
  );
}
