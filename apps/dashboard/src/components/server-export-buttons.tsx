import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useI18n } from '@/lib/i18n/i18n';
import { downloadExport, type ExportFormat, type ExportKind, type ExportParams, exportUrl } from '@/lib/server-export';

export interface ServerExportButtonsProps {
  kind: ExportKind;
  params: ExportParams;
  /** What is exported, for screen readers and the messages ("学生名单"). */
  subject: string;
  /** Prefix of the buttons' test ids: `${testId}-csv`, `${testId}-xlsx`. */
  testId: string;
  disabled?: boolean;
}

/**
 * CSV and Excel exports made by the server: the whole list as filtered, not only the rows shown.
 * The server checks the same scope as the list and records the export in the audit log.
 */
export function ServerExportButtons({ kind, params, subject, testId, disabled }: ServerExportButtonsProps) {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<ExportFormat | null>(null);

  const run = async (format: ExportFormat) => {
    setBusy(format);
    const key = `export-${testId}`;
    message.open({ key, type: 'loading', content: t('lists.exporting', { subject }), duration: 0 });
    try {
      const { filename } = await downloadExport(exportUrl(kind, format, params, language), `${kind}.${format}`);
      message.open({ key, type: 'success', content: t('lists.exported', { filename }) });
    } catch (e) {
      message.open({ key, type: 'error', content: t('lists.exportFailed', { message: e instanceof Error ? e.message : String(e) }), duration: 8 });
    } finally {
      setBusy(null);
    }
  };

  const button = (format: ExportFormat, text: string) => (
    <Button
      size="small"
      loading={busy === format}
      disabled={disabled || (busy !== null && busy !== format)}
      aria-label={`${text} · ${subject}`}
      onClick={() => void run(format)}
      data-testid={`${testId}-${format}`}
    >
      {text}
    </Button>
  );
  return (
    <Space size="small" wrap className="export-buttons">
      {button('csv', t('lists.exportCsv'))}
      {button('xlsx', t('lists.exportXlsx'))}
    </Space>
  );
}
