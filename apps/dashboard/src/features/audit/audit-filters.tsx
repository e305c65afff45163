import { Button, Form, Input, Select, Space } from 'antd';
import { useEffect } from 'react';
import { DateInput } from '@/components/date-input';
import { useT } from '@/lib/i18n/i18n';
import type { AuditFilterValues } from './audit-filter';
import { useAuditActions } from './use-audit-actions';

interface ActionOption {
  value: string;
  label: string;
  title: string;
  /** name and code, for typing either into the search */
  search: string;
}

export function AuditFilters({ value, onChange }: { value: AuditFilterValues; onChange: (v: AuditFilterValues) => void }) {
  const t = useT();
  const { groups, name } = useAuditActions();
  const [form] = Form.useForm<AuditFilterValues>();
  const from = Form.useWatch('from', form);
  const to = Form.useWatch('to', form);
  useEffect(() => form.setFieldsValue({ actor: '', studentNo: '', action: undefined, from: undefined, to: undefined, ...value }), [form, value]);
  // Each group: "all of it" (its prefix), then its actions, all named in the UI language.
  const actionOptions = groups.map((g) => {
    const group = name(g);
    const all = t('audit.allOfGroup', { group });
    return {
      label: group,
      title: group,
      options: [
        { value: g.prefix, label: all, title: all, search: `${all} ${g.prefix}` },
        ...g.actions.map((a): ActionOption => ({ value: a.action, label: name(a), title: name(a), search: `${name(a)} ${a.action}` })),
      ],
    };
  });
  return (
    <Form<AuditFilterValues>
      form={form}
      layout="inline"
      className="student-filters audit-filters"
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
        <Select<string, ActionOption>
          allowClear
          style={{ width: 240 }}
          placeholder={t('audit.anyAction')}
          options={actionOptions as never}
          showSearch={{
            filterOption: (input, option) => (option?.search ?? '').toLowerCase().includes(input.trim().toLowerCase()),
          }}
          popupMatchSelectWidth={false}
          data-testid="audit-action"
        />
      </Form.Item>
      <Form.Item name="from" label={t('audit.from')}>
        <DateInput max={to || undefined} style={{ width: 160 }} data-testid="audit-from" />
      </Form.Item>
      <Form.Item
        name="to"
        label={t('audit.to')}
        dependencies={['from']}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_: unknown, v: string | undefined) => {
              const start = getFieldValue('from') as string | undefined;
              return !v || !start || v >= start ? Promise.resolve() : Promise.reject(new Error(t('audit.rangeInvalid')));
            },
          }),
        ]}
      >
        <DateInput min={from || undefined} style={{ width: 160 }} data-testid="audit-to" />
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
