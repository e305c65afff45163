import { Alert, Collapse } from 'antd';
import type { HTMLAttributes } from 'react';
import { ResponsiveTable } from '@/components/responsive-table';
import { type MessageKey, useT } from '@/lib/i18n/i18n';
import type { ImportError, ImportItem, ImportItemList, ImportResult } from './import-roster.mutation';
import { itemCategories } from './import-items';

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

const TITLES: Record<'added' | 'changed' | 'ended', MessageKey> = {
  added: 'import.list.added',
  changed: 'import.list.changed',
  ended: 'import.list.ended',
};

function ItemTable({ category, list, testId }: { category: 'added' | 'changed' | 'ended'; list: ImportItemList; testId: string }) {
  const t = useT();
  const more = list.total - list.items.length;
  return (
    <>
      <ResponsiveTable<ImportItem>
        className="import-items"
        data-testid={`${testId}-${category}-table`}
        size="small"
        rowKey={(i) => `${i.row}-${i.key}-${i.detail ?? ''}`}
        dataSource={list.items}
        pagination={list.items.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        cardTitle={(i) => t('common.nameNo', { name: i.name, no: i.key })}
        onRow={(i) => ({ 'data-testid': `${testId}-${category}-${i.key}` }) as HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('import.col.row'), dataIndex: 'row', className: 'num', width: 70 },
          { title: t('import.item.key'), dataIndex: 'key' },
          { title: t('import.item.name'), dataIndex: 'name' },
          { title: t('import.item.detail'), dataIndex: 'detail', render: (v: string | null) => v ?? t('common.none') },
          ...(category === 'changed'
            ? [{ title: t('import.item.columns'), dataIndex: 'columns', render: (v: string[]) => v.join(t('common.listSeparator')) }]
            : []),
        ]}
      />
      {more > 0 && (
        <p className="hint" data-testid={`${testId}-${category}-more`}>
          {t('import.list.more', { n: more, shown: list.items.length })}
        </p>
      )}
    </>
  );
}

/**
 * What an import adds, changes and ends, by name (the dry run's preview and the result say the
 * same). Each category folds away; short ones start open.
 */
export function ImportItemLists({ result, testId }: { result: ImportResult; testId: string }) {
  const t = useT();
  const categories = itemCategories(result);
  if (categories.length === 0) return null;
  return (
    <Collapse
      className="import-item-lists"
      data-testid={`${testId}-lists`}
      size="small"
      defaultActiveKey={categories.filter((c) => c.open).map((c) => c.category)}
      items={categories.map(({ category, list }) => ({
        key: category,
        label: <span data-testid={`${testId}-${category}-title`}>{t(TITLES[category], { n: list.total })}</span>,
        children: <ItemTable category={category} list={list} testId={testId} />,
      }))}
    />
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
      <ResponsiveTable<ImportError & { key: number }>
        className="import-errors"
        data-testid="import-errors"
        size="small"
        dataSource={errors.map((e, key) => ({ ...e, key }))}
        pagination={errors.length > 50 ? { pageSize: 50 } : false}
        cardTitle={(e) => t('import.errorAt', { row: e.row, column: e.column })}
        columns={[
          { title: t('import.col.row'), dataIndex: 'row', className: 'num', width: 80 },
          { title: t('import.col.column'), dataIndex: 'column', width: 180 },
          { title: t('import.col.message'), dataIndex: 'message' },
        ]}
      />
    </>
  );
}
