import { AutoComplete, Button, Form, Input, Space } from 'antd';
import { useEffect } from 'react';
import { useT } from '@/lib/i18n/i18n';
import { AUDIT_ACTION_PREFIXES, AUDIT_ACTIONS, type AuditFilterValues } from './audit-filter';

export function AuditFilters({ value, onChange }: { value: AuditFilterValues; onChange: (v: AuditFilterValues) => void }) {
  const t = useT();
  const [form] = Form.useForm<AuditFilterValues>();
  useEffect(() => form.setFieldsValue({ actor: '', studentNo: '', action: '', from: '', to: '', ...value }), [form, value]);
  const actionOptions = [...AUDIT_ACTION_PREFIXES, ...AUDIT_ACTIONS].map((a) => ({ value: a, label: a }));
  return (
    <Form<AuditFilterValues>
      form={form}
      layout="inline"
      className="student-filters"
      onFinish={(v) => onChange(v)}
      aria-label={t('audit.filters')}
      data-testid="audit-filters"
    >
      <Form.Item name="actor" label={t('audit.actor')} tooltip={t('audit.actorHint')}>
        <Input allowClear style={{ width: 180 }} data-testid="audit-actor" />
      </Form.Item>
      <Form.Item name="studentNo" label={t('audit.studentNo')}>
        <Input allowClear style={{ width: 150 }} data-testid="audit-student-no" />
      </Form.Item>
      <Form.Item name="action" label={t('audit.action')} tooltip={t('audit.actionHint')}>
        <AutoComplete
          allowClear
          style={{ width: 230 }}
          options={actionOptions}
          showSearch={{ filterOption: (input, option) => String(option?.value ?? '').toLowerCase().startsWith(input.toLowerCase()) }}
          data-testid="audit-action"
        />
      </Form.Item>
      <Form.Item name="from" label={t('audit.from')}>
        <Input type="date" style={{ width: 160 }} data-testid="audit-from" />
      </Form.Item>
      <Form.Item
        name="to"
        label={t('audit.to')}
        dependencies={['from']}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_: unknown, v: string | undefined) => {
              const from = getFieldValue('from') as string | undefined;
              return !v || !from || v >= from ? Promise.resolve() : Promise.reject(new Error(t('audit.rangeInvalid')));
            },
          }),
        ]}
      >
        <Input type="date" style={{ width: 160 }} data-testid="audit-to" />
      </Form.Item>
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" data-testid="audit-search">
            {t('students.searchButton')}
          </Button>
          <Button onClick={() => onChange({})}>{t('students.reset')}</Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
