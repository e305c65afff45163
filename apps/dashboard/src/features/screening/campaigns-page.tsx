import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Checkbox, Form, Input, InputNumber, Modal, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { DateInput } from '@/components/date-input';
import { ErrorAlert } from '@/components/error-alert';
import { MutationModal } from '@/components/mutation-modal';
import { ResponsiveTable } from '@/components/responsive-table';
// The lead asked to reuse the roster import's file reader; it belongs in lib/ (reported), not copied here.
import { formatOf, type ImportPayload, readImportFile } from '@/lib/read-file';
import type { Instrument, NetworkLevel, RescoreScreeningResultsMutation, ScreeningCampaignsQuery, ScreeningImportFieldsFragment } from '@/gql/graphql';
import { useI18n } from '@/lib/i18n/i18n';
import { useDocumentTitle } from '@/lib/use-document-title';
import { CREATE_CAMPAIGN, IMPORT_RESULTS, IMPORT_RESULTS_XLSX, RESCORE, SCREENING_CAMPAIGNS, SCREENING_SEMESTERS } from './screening.operations';

type Campaign = ScreeningCampaignsQuery['screeningCampaigns'][number];
const INSTRUMENTS: Instrument[] = ['UPI', 'PHQ9', 'GAD7'];
const LEVELS: NetworkLevel[] = ['UNDERGRADUATE', 'GRADUATE'];

interface CreateValues {
  name: string;
  instrument: Instrument;
  semester: string;
  levels: NetworkLevel[];
  followUpDays: number;
  opensOn?: string;
  closesOn?: string;
}

function CreateModal({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<CreateValues>();
  const semesters = useQuery(SCREENING_SEMESTERS);
  const [create] = useMutation(CREATE_CAMPAIGN, { refetchQueries: [SCREENING_CAMPAIGNS] });
  const required = [{ required: true, message: t('campaigns.required') }];
  return (
    <MutationModal<CreateValues>
      title={t('campaigns.create')}
      testId="campaign-create-modal"
      okText={t('campaigns.create')}
      form={form}
      initialValues={{ instrument: 'UPI', levels: LEVELS, followUpDays: 7, semester: semesters.data?.currentSemester.code }}
      onClose={onClose}
      onSubmit={async (v) => {
        const r = await create({
          variables: { input: { name: v.name.trim(), instrument: v.instrument, semester: v.semester, levels: v.levels, followUpDays: v.followUpDays, opensOn: v.opensOn || null, closesOn: v.closesOn || null } },
        });
        void message.success(t('campaigns.created', { name: r.data?.createScreeningCampaign.name ?? v.name }));
        onClose();
      }}
    >
      <Form.Item name="name" label={t('campaigns.name')} rules={required}>
        <Input data-testid="campaign-name" maxLength={100} />
      </Form.Item>
      <Form.Item name="instrument" label={t('campaigns.instrument')} rules={required}>
        <Select data-testid="campaign-instrument" options={INSTRUMENTS.map((i) => ({ value: i, label: i }))} />
      </Form.Item>
      <Form.Item name="semester" label={t('campaigns.semester')} rules={required}>
        <Select data-testid="campaign-semester" options={(semesters.data?.semesters ?? []).map((s) => ({ value: s.code, label: s.name }))} />
      </Form.Item>
      <Form.Item name="levels" label={t('campaigns.levels')} rules={required}>
        <Checkbox.Group options={LEVELS.map((l) => ({ value: l, label: t(`level.${l}`) }))} />
      </Form.Item>
      <Form.Item name="followUpDays" label={t('campaigns.followUpDays')} rules={required}>
        <InputNumber min={1} max={60} data-testid="campaign-follow-up-days" />
      </Form.Item>
      <Space wrap>
        <Form.Item name="opensOn" label={t('campaigns.opensOn')}>
          <DateInput data-testid="campaign-opens-on" />
        </Form.Item>
        <Form.Item name="closesOn" label={t('campaigns.closesOn')}>
          <DateInput data-testid="campaign-closes-on" />
        </Form.Item>
      </Space>
    </MutationModal>
  );
}

function ImportModal({ campaign, onClose }: { campaign: Campaign; onClose: () => void }) {
  const { t } = useI18n();
  const [file, setFile] = useState<ImportPayload | null>(null);
  const [fileError, setFileError] = useState(false);
  const [result, setResult] = useState<ScreeningImportFieldsFragment | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const opts = { refetchQueries: [SCREENING_CAMPAIGNS] };
  const [importCsv] = useMutation(IMPORT_RESULTS, opts);
  const [importXlsx] = useMutation(IMPORT_RESULTS_XLSX, opts);
  const run = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const r =
        file.format === 'csv'
          ? (await importCsv({ variables: { campaignId: campaign.id, csv: file.content, dryRun } })).data?.importScreeningResults
          : (await importXlsx({ variables: { campaignId: campaign.id, xlsxBase64: file.content, dryRun } })).data?.importScreeningResultsXlsx;
      setResult(r ?? null);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const summary = result && t('campaigns.importSummary', { created: result.created, updated: result.updated, unchanged: result.unchanged });
  const checked = result?.dryRun === true && result.errors.length === 0;
  return (
    <Modal open onCancel={onClose} footer={null} width={720} title={t('campaigns.importTitle', { name: campaign.name })} data-testid="campaign-import-modal">
      <p className="muted">{t('campaigns.importHint')}</p>
      <input
        type="file"
        accept=".csv,.xlsx"
        aria-label={t('campaigns.chooseFile')}
        data-testid="campaign-import-file"
        onChange={(e) => {
          const f = e.target.files?.[0];
          setResult(null);
          setFile(null);
          setFileError(false);
          if (!f) return;
          if (!formatOf(f.name)) return setFileError(true);
          void readImportFile(f).then(setFile, setError);
        }}
      />
      {fileError && <Alert type="error" title={t('campaigns.badFile')} />}
      <Space style={{ margin: '12px 0' }}>
        <Button onClick={() => void run(true)} disabled={!file} loading={busy && !checked} data-testid="campaign-import-dry-run">
          {t('campaigns.dryRun')}
        </Button>
        <Button type="primary" onClick={() => void run(false)} disabled={!checked} loading={busy && checked} data-testid="campaign-import-run">
          {t('campaigns.doImport')}
        </Button>
      </Space>
      {error != null && <ErrorAlert error={error} />}
      {result && result.errors.length === 0 && (
        <Alert type="success" data-testid="campaign-import-result" title={result.dryRun ? t('campaigns.dryRunOk', { summary: summary ?? '' }) : t('campaigns.imported', { summary: summary ?? '' })} />
      )}
      {result && result.errors.length > 0 && (
        <>
          <Alert type="error" data-testid="campaign-import-errors" title={t('campaigns.errors', { n: result.errors.length })} />
          <Table
            size="small"
            rowKey={(e) => `${e.row}-${e.column}-${e.message}`}
            dataSource={result.errors}
            pagination={{ pageSize: 20 }}
            columns={[
              { key: 'row', title: t('campaigns.row'), dataIndex: 'row' },
              { key: 'column', title: t('campaigns.column'), dataIndex: 'column' },
              { key: 'message', title: t('campaigns.message'), dataIndex: 'message' },
            ]}
          />
        </>
      )}
    </Modal>
  );
}

function RescoreModal({ campaign, onClose }: { campaign: Campaign; onClose: () => void }) {
  const { t } = useI18n();
  const [rescore, { loading, error }] = useMutation(RESCORE, { refetchQueries: [SCREENING_CAMPAIGNS] });
  const [preview, setPreview] = useState<RescoreScreeningResultsMutation['rescoreScreeningResults'] | null>(null);
  const run = async (dryRun: boolean) => {
    const r = await rescore({ variables: { campaignId: campaign.id, dryRun } });
    setPreview(r.data?.rescoreScreeningResults ?? null);
  };
  return (
    <Modal open onCancel={onClose} footer={null} width={720} title={t('campaigns.rescoreTitle', { name: campaign.name })} data-testid="campaign-rescore-modal">
      <Space style={{ marginBottom: 12 }}>
        <Button onClick={() => void run(true).catch(() => undefined)} loading={loading} data-testid="campaign-rescore-preview">
          {t('campaigns.dryRun')}
        </Button>
        <Button
          type="primary"
          danger
          disabled={!preview?.dryRun || preview.changed === 0}
          onClick={() => void run(false).catch(() => undefined)}
          data-testid="campaign-rescore-apply"
        >
          {t('campaigns.rescoreApply')}
        </Button>
      </Space>
      {error && <ErrorAlert error={error} />}
      {preview && (
        <Alert
          type={preview.dryRun ? 'info' : 'success'}
          data-testid="campaign-rescore-result"
          title={
            preview.dryRun
              ? t('campaigns.rescorePreview', { changed: preview.changed, results: preview.results, version: preview.ruleVersion })
              : t('campaigns.rescored', { changed: preview.changed, opened: preview.followUpsOpened })
          }
        />
      )}
      {preview && preview.changes.length > 0 && (
        <Table
          size="small"
          rowKey="studentNo"
          dataSource={preview.changes}
          pagination={{ pageSize: 20 }}
          columns={[
            { key: 's', title: t('followUps.student'), render: (_, c) => `${c.studentName}（${c.studentNo}）` },
            { key: 'f', title: t('campaigns.from'), render: (_, c) => `${c.fromVersion} · ${c.fromTotal}${c.fromTier ? ` · ${c.fromTier}` : ''}${c.fromFlagged ? ' ⚑' : ''}` },
            { key: 't', title: t('campaigns.to'), render: (_, c) => `${c.toTotal}${c.toTier ? ` · ${c.toTier}` : ''}${c.toFlagged ? ' ⚑' : ''}` },
          ]}
        />
      )}
    </Modal>
  );
}

/** /screening/campaigns: the Center's campaigns, with creating, importing results and rescoring. */
export function CampaignsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('campaigns.title'));
  const { data, loading, error, refetch } = useQuery(SCREENING_CAMPAIGNS, { variables: { semester: null } });
  // Loaded here so the create form starts on the current semester.
  useQuery(SCREENING_SEMESTERS);
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState<Campaign | null>(null);
  const [rescoring, setRescoring] = useState<Campaign | null>(null);
  return (
    <div data-testid="campaigns-page">
      <div className="page-head">
        <h1 className="page-title">{t('campaigns.title')}</h1>
        <Button type="primary" onClick={() => setCreating(true)} data-testid="campaign-create">
          {t('campaigns.create')}
        </Button>
      </div>
      <Alert type="warning" showIcon title={t('screening.disclaimer')} className="screening-disclaimer" />
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      <ResponsiveTable<Campaign>
        data-testid="campaigns-table"
        rowKey="id"
        loading={loading && !data}
        dataSource={data?.screeningCampaigns ?? []}
        locale={{ emptyText: t('campaigns.empty') }}
        pagination={false}
        onRow={(c) => ({ 'data-testid': `campaign-row-${c.name}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { key: 'name', title: t('campaigns.name'), dataIndex: 'name' },
          { key: 'instrument', title: t('campaigns.instrument'), dataIndex: 'instrument' },
          { key: 'semester', title: t('campaigns.semester'), dataIndex: 'semester' },
          { key: 'levels', title: t('campaigns.levels'), render: (_, c) => c.levels.map((l) => t(`level.${l}`)).join('、') },
          { key: 'days', title: t('campaigns.followUpDays'), dataIndex: 'followUpDays' },
          { key: 'results', title: t('campaigns.results'), dataIndex: 'results', className: 'num' },
          { key: 'rule', title: t('campaigns.ruleVersion'), dataIndex: 'currentRuleVersion' },
          {
            key: 'actions',
            title: '',
            render: (_, c) => (
              <Space wrap>
                <Button size="small" onClick={() => setImporting(c)} data-testid={`campaign-import-${c.id}`}>
                  {t('campaigns.import')}
                </Button>
                <Button size="small" onClick={() => setRescoring(c)} disabled={c.results === 0} data-testid={`campaign-rescore-${c.id}`}>
                  {t('campaigns.rescore')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {creating && <CreateModal onClose={() => setCreating(false)} />}
      {importing && <ImportModal campaign={importing} onClose={() => setImporting(null)} />}
      {rescoring && <RescoreModal campaign={rescoring} onClose={() => setRescoring(null)} />}
    </div>
  );
}
