import { Button } from 'antd';
import { useT } from '@/lib/i18n/i18n';
import { type CsvCell, downloadCsv } from './csv-export';

export interface ExportCsvButtonProps {
  filename: string;
  header: readonly string[];
  rows: () => readonly (readonly CsvCell[])[];
  testId?: string;
}

export function ExportCsvButton({ filename, header, rows, testId }: ExportCsvButtonProps) {
  const t = useT();
  return (
    <Button size="small" data-testid={testId} onClick={() => downloadCsv(filename, header, rows())}>
      {t('common.exportCsv')}
    </Button>
  );
}
