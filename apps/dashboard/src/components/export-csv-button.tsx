import { Button } from 'antd';
import { useT } from '@/lib/i18n/i18n';
import { type CsvCell, downloadCsv } from './csv-export';

export interface ExportCsvButtonProps {
  filename: string;
  header: readonly string[];
  rows: () => readonly (readonly CsvCell[])[];
  testId?: string;
  /** What is exported, for screen readers when a page has several export buttons ("导出 CSV · 各学院班级覆盖"). */
  subject?: string;
  /** Nothing to export (the view shows an empty state). */
  disabled?: boolean;
}

export function ExportCsvButton({ filename, header, rows, testId, subject, disabled = false }: ExportCsvButtonProps) {
  const t = useT();
  const text = t('common.exportCsv');
  return (
    <Button
      size="small"
      data-testid={testId}
      disabled={disabled}
      aria-label={subject ? `${text} · ${subject}` : undefined}
      onClick={() => downloadCsv(filename, header, rows())}
    >
      {text}
    </Button>
  );
}
