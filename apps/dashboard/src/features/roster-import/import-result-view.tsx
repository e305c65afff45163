import { Alert, Table } from 'antd';
import type { ImportError, ImportResult } from './import-roster.mutation';
import { useT } from '@/lib/i18n/i18n';

export function ImportCounts({ result, testId }: { result: ImportResult; testId: string }) {
  const t = useT();
  const items: { key: string; label: string; value: number }[] = [
    { key: 'created', label: t('import.created'), value: result.created },
    { key: 'updated', label: t('import.updated'), value: result.updated },
    { key: 'unchanged', label: t('import.unchanged'), value: result.unchanged },
  ];
  if (result.appointmentsEnded > 0) items.push({ key: 'ended', label: t('import.appointmentsEnded'), value: result.appointmentsEnded });
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

/** Every error of the file; any one of them refuses the whole file. */
export function ImportErrors({ errors }: { errors: ImportError[] }) {
  const t = useT();
  return (
    <>
      <Alert
        type="error"
        showIcon
        role="alert"
        data-testid="import-errors-alert"
        title={t('import.errorsTitle', { n: errors.length })}
        description={t('import.errorsAllOrNothing')}
      />
      <Table<ImportError & { key: number }>
        className="import-errors"
        data-testid="import-errors"
        size="small"
        dataSource={errors.map((e, key) => ({ ...e, key }))}
        pagination={errors.length > 50 ? { pageSize: 50 } : false}
        columns={[
          { title: t('import.col.row'), dataIndex: 'row', className: 'num', width: 80 },
          { title: t('import.col.column'), dataIndex: 'column', width: 180 },
          { title: t('import.col.message'), dataIndex: 'message' },
        ]}
      />
    </>
  );
}
