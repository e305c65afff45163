import { useMutation } from '@apollo/client/react';
import { Alert, Button, Checkbox, Form, Modal, Select, Space } from 'antd';
import { type HTMLAttributes, useState } from 'react';
import { downloadCsvText } from '@/components/csv-export';
import { ErrorAlert } from '@/components/error-alert';
import { ResponsiveTable } from '@/components/responsive-table';
import type { NetworkLevel } from '@/gql/graphql';
import { NETWORK_LEVELS } from '@/lib/enums';
import { formatDateTime } from '@/lib/i18n/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useCollegeOptions } from '@/lib/use-college-options';
import { type ActivationCodeSheet, CREATE_POST_HOLDER_ACCOUNTS } from './create-post-holder-accounts.mutation';

interface Values {
  collegeCode: string;
  level: NetworkLevel | 'ALL';
  reissueUnactivated: boolean;
}

type CodeRow = ActivationCodeSheet['rows'][number];

/** Saves the server's XLSX (base64) as a file; the codes exist nowhere else after this dialog. */
function downloadBase64(filename: string, base64: string, type: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Accounts for a college's committee members and dorm officers who have none, each with a one-time
 * activation code. The codes are shown once, here, and downloaded as a sheet (XLSX or CSV) to hand out.
 */
export function ActivationCodesModal({ onClose }: { onClose: () => void }) {
  const { t, language } = useI18n();
  const [form] = Form.useForm<Values>();
  const colleges = useCollegeOptions();
  const [error, setError] = useState<unknown>(null);
  const [sheet, setSheet] = useState<{ collegeCode: string; data: ActivationCodeSheet } | null>(null);
  const [create, { loading }] = useMutation(CREATE_POST_HOLDER_ACCOUNTS, { refetchQueries: ['Users'] });

  const submit = async (v: Values) => {
    setError(null);
    try {
      const res = await create({
        variables: { input: { collegeCode: v.collegeCode, level: v.level === 'ALL' ? null : v.level, reissueUnactivated: v.reissueUnactivated } },
      });
      if (res.data) setSheet({ collegeCode: v.collegeCode, data: res.data.createPostHolderAccounts });
    } catch (e) {
      setError(e);
    }
  };

  const file = sheet ? `${t('activation.fileName')}-${sheet.collegeCode}` : '';
  const footer = sheet
    ? [
        <Button key="close" type="primary" onClick={onClose} data-testid="activation-codes-close">
          {t('bulk.close')}
        </Button>,
      ]
    : [
        <Button key="cancel" onClick={onClose} disabled={loading}>
          {t('common.cancel')}
        </Button>,
        <Button key="ok" type="primary" loading={loading} onClick={() => form.submit()} data-testid="activation-codes-ok">
          {t('activation.create')}
        </Button>,
      ];

  return (
    <Modal open title={t('activation.title')} onCancel={onClose} maskClosable={false} footer={footer} width={820} data-testid="activation-codes-modal">
      {sheet ? (
        <>
          <Alert type="warning" showIcon className="bulk-alert" title={t('activation.shownOnce')} data-testid="activation-codes-once" />
          <p data-testid="activation-codes-summary">
            {t('activation.summary', { created: sheet.data.created, reissued: sheet.data.reissued, skipped: sheet.data.skipped })}
            {sheet.data.rows.length > 0 && ` ${t('activation.expires', { time: formatDateTime(sheet.data.expiresAt, language) })}`}
          </p>
          {sheet.data.rows.length > 0 && (
            <>
              <Space wrap className="bulk-downloads">
                <Button
                  onClick={() => downloadBase64(`${file}.xlsx`, sheet.data.xlsxBase64, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')}
                  data-testid="activation-codes-xlsx"
                >
                  {t('activation.downloadXlsx')}
                </Button>
                <Button onClick={() => downloadCsvText(`${file}.csv`, sheet.data.csv)} data-testid="activation-codes-csv">
                  {t('activation.downloadCsv')}
                </Button>
              </Space>
              <ResponsiveTable<CodeRow>
                size="small"
                rowKey="username"
                dataSource={sheet.data.rows}
                pagination={sheet.data.rows.length > 10 ? { pageSize: 10 } : false}
                data-testid="activation-codes-table"
                onRow={(r) => ({ 'data-testid': `activation-code-row-${r.username}` }) as HTMLAttributes<HTMLElement>}
                columns={[
                  { title: t('activation.col.units'), key: 'units', render: (_: unknown, r) => r.units ?? t('common.none') },
                  { title: t('activation.col.name'), key: 'name', render: (_: unknown, r) => (r.name ? t('common.nameNo', { name: r.name, no: r.studentNo ?? '' }) : t('common.none')) },
                  { title: t('activation.col.username'), key: 'username', render: (_: unknown, r) => r.username },
                  { title: t('activation.col.code'), key: 'code', render: (_: unknown, r) => <code className="activation-code">{r.code}</code> },
                ]}
              />
            </>
          )}
        </>
      ) : (
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ level: 'ALL', reissueUnactivated: false }}
          onFinish={submit}
          onValuesChange={() => setError(null)}
          data-testid="activation-codes-form"
        >
          <p className="hint">{t('activation.hint')}</p>
          <Form.Item name="collegeCode" label={t('activation.college')} rules={[{ required: true, message: t('activation.collegeRequired') }]}>
            <Select showSearch={{ optionFilterProp: 'label' }} options={colleges.options} loading={colleges.loading} data-testid="activation-college" />
          </Form.Item>
          <Form.Item name="level" label={t('app.level')}>
            <Select
              options={[{ value: 'ALL', label: t('activation.allLevels') }, ...NETWORK_LEVELS.map((l) => ({ value: l, label: t(`level.${l}`) }))]}
              data-testid="activation-level"
            />
          </Form.Item>
          <Form.Item name="reissueUnactivated" valuePropName="checked" extra={t('activation.reissueHint')}>
            <Checkbox data-testid="activation-reissue">{t('activation.reissue')}</Checkbox>
          </Form.Item>
        </Form>
      )}
      {error !== null && <ErrorAlert error={error} testId="activation-codes-error" />}
    </Modal>
  );
}

/** The accounts page's button for the bulk action (school administrators only reach that page). */
export function ActivationCodesButton() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="activation-codes-open">
        {t('activation.open')}
      </Button>
      {open && <ActivationCodesModal onClose={() => setOpen(false)} />}
    </>
  );
}
