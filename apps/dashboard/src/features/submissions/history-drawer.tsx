import { Drawer, Space } from 'antd';
import { ResponsiveTable } from '@/components/responsive-table';
import { useT } from '@/lib/i18n/i18n';
import { DocumentButton } from './document-button';
import { formatAt, stateName, type Sub, submissionName } from './names';

type Event = Sub['history'][number];

/** Who did what when with a submission, and every submitted version to download. */
export function HistoryDrawer({ submission, onClose, canDownload = true }: { submission: Sub; onClose: () => void; canDownload?: boolean }) {
  const t = useT();
  const versions = Array.from({ length: submission.version }, (_, i) => submission.version - i);
  return (
    <Drawer open onClose={onClose} title={t('submissions.historyTitle', { name: submissionName(t, submission) })} width={640} data-testid="submission-history" destroyOnHidden>
      {canDownload && versions.length > 0 && (
        <Space wrap style={{ marginBottom: 16 }}>
          {versions.map((v) => (
            <DocumentButton key={v} id={submission.id} kind={submission.kind} version={v} testId={`history-download-${v}`} />
          ))}
        </Space>
      )}
      <ResponsiveTable<Event>
        size="small"
        rowKey={(e) => `${e.at}-${e.toState}-${e.version}`}
        dataSource={[...submission.history].reverse()}
        pagination={false}
        onRow={() => ({ 'data-testid': 'history-row' }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('submissions.col.at'), key: 'at', render: (_, e) => formatAt(e.at) },
          { title: t('submissions.col.actor'), dataIndex: 'actor', key: 'actor' },
          { title: t('submissions.col.step'), key: 'step', render: (_, e) => t('submissions.step', { from: stateName(t, e.fromState), to: stateName(t, e.toState) }) },
          { title: t('submissions.col.version'), dataIndex: 'version', key: 'version' },
          { title: t('submissions.col.note'), key: 'note', render: (_, e) => e.note ?? '' },
        ]}
      />
    </Drawer>
  );
}
