import { useQuery } from '@apollo/client/react';
import { AutoComplete, Button, Form, Input, Select, Space } from 'antd';
import { useEffect } from 'react';
import type { NetworkLevel, StudentStatus } from '@/gql/graphql';
import { STUDENT_STATUSES } from '@/lib/enums';
import { useT } from '@/lib/i18n/i18n';
import { COLLEGE_CLASSES } from './college-classes.query';
import { COLLEGES } from './colleges.query';

export interface StudentFilterValues {
  college?: string;
  classCode?: string;
  status?: StudentStatus;
  search?: string;
}

export function StudentFilters({
  level,
  value,
  onChange,
}: {
  level: NetworkLevel;
  value: StudentFilterValues;
  onChange: (v: StudentFilterValues) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<StudentFilterValues>();
  const college = Form.useWatch('college', form);
  const colleges = useQuery(COLLEGES);
  const classes = useQuery(COLLEGE_CLASSES, {
    variables: { collegeCode: college ?? '', level },
    skip: !college,
  });

  // Keep the form in step with the URL (back/forward, "clear filters").
  useEffect(() => {
    form.setFieldsValue({ college: undefined, classCode: undefined, status: undefined, search: undefined, ...value });
  }, [form, value]);

  const submit = () => {
    const v = form.getFieldsValue();
    onChange({
      college: v.college || undefined,
      classCode: v.classCode?.trim() || undefined,
      status: v.status || undefined,
      search: v.search?.trim() || undefined,
    });
  };

  return (
    <Form<StudentFilterValues> form={form} layout="inline" className="student-filters" onFinish={submit} aria-label={t('students.filters')}>
      <Form.Item name="college" label={t('students.college')}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 220 }}
          placeholder={t('students.allColleges')}
          loading={colleges.loading}
          options={(colleges.data?.colleges ?? []).map((c) => ({ value: c.code, label: `${c.code} ${c.name}` }))}
          onChange={() => {
            form.setFieldValue('classCode', undefined);
            submit();
          }}
          data-testid="filter-college"
        />
      </Form.Item>
      <Form.Item name="classCode" label={t('students.classCode')}>
        <AutoComplete
          allowClear
          style={{ width: 180 }}
          options={(classes.data?.classes ?? []).map((c) => ({ value: c.code, label: `${c.code} ${c.name}` }))}
          showSearch={{
            filterOption: (input, option) => String(option?.label ?? '').toLowerCase().includes(input.toLowerCase()),
          }}
          onSelect={submit}
          onClear={submit}
          data-testid="filter-class"
        />
      </Form.Item>
      <Form.Item name="status" label={t('students.status')}>
        <Select
          allowClear
          style={{ width: 140 }}
          placeholder={t('students.allStatuses')}
          options={STUDENT_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          onChange={submit}
          data-testid="filter-status"
        />
      </Form.Item>
      <Form.Item name="search" label={t('students.search')}>
        <Input allowClear style={{ width: 200 }} data-testid="filter-search" />
      </Form.Item>
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" data-testid="filter-submit">
            {t('students.searchButton')}
          </Button>
          <Button onClick={() => onChange({})}>{t('students.reset')}</Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
