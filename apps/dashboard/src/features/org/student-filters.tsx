import { useQuery } from '@apollo/client/react';
import { AutoComplete, Button, Form, Input, Select, Space } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { NetworkLevel } from '@/gql/graphql';
import { STUDENT_STATUSES } from '@/lib/enums';
import { useT } from '@/lib/i18n/i18n';
import { COLLEGE_CLASSES } from './college-classes.query';
import { COLLEGES } from './colleges.query';
import { SEARCH_CLASSES } from './search-classes.query';
import type { StudentFilterValues } from './student-list-params';

export type { StudentFilterValues };

interface FormValues {
  college?: string;
  classText?: string;
  status?: StudentFilterValues['status'];
  search?: string;
}

/** The value after the user stops typing for a moment: one suggestion request, not one per key. */
function useSettled<T>(value: T, ms = 250): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(id);
  }, [value, ms]);
  return settled;
}

export function StudentFilters({
  level,
  value,
  onChange,
  namesOnly = false,
}: {
  level: NetworkLevel;
  value: StudentFilterValues;
  onChange: (v: StudentFilterValues) => void;
  /** The caller sees numbers, names and classes only: the server ignores a status filter for them. */
  namesOnly?: boolean;
}) {
  const t = useT();
  const [form] = Form.useForm<FormValues>();
  const college = Form.useWatch('college', form);
  const classText = Form.useWatch('classText', form) ?? '';
  // A class picked from the suggestions filters by its code exactly; typed text matches part of a
  // code or name, in any case ("c06-u2021" finds C06-U2021-01, -02, …).
  const exact = useRef(!!value.classCode);
  const typed = useSettled(classText.trim());
  const colleges = useQuery(COLLEGES);
  const collegeClasses = useQuery(COLLEGE_CLASSES, { variables: { collegeCode: college ?? '', level }, skip: !college || typed !== '' });
  const found = useQuery(SEARCH_CLASSES, { variables: { search: typed, collegeCode: college ?? null, level }, skip: typed === '' });
  const classes = typed ? (found.data ?? found.previousData)?.searchClasses : collegeClasses.data?.classes;

  // Keep the form in step with the URL (back/forward, "clear filters").
  useEffect(() => {
    exact.current = !!value.classCode;
    form.setFieldsValue({
      college: value.college,
      classText: value.classCode ?? value.classSearch,
      status: value.status,
      search: value.search,
    });
  }, [form, value]);

  const submit = () => {
    const v = form.getFieldsValue();
    const text = v.classText?.trim() || undefined;
    onChange({
      college: v.college || undefined,
      classCode: exact.current ? text : undefined,
      classSearch: exact.current ? undefined : text,
      status: v.status || undefined,
      search: v.search?.trim() || undefined,
    });
  };

  return (
    <Form<FormValues> form={form} layout="inline" className="student-filters" onFinish={submit} aria-label={t('students.filters')}>
      <Form.Item name="college" label={t('students.college')}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          className="student-filter-college"
          placeholder={t('students.allColleges')}
          loading={colleges.loading}
          options={(colleges.data?.colleges ?? []).map((c) => ({ value: c.code, label: `${c.code} ${c.name}` }))}
          onChange={() => {
            form.setFieldValue('classText', undefined);
            exact.current = false;
            submit();
          }}
          data-testid="filter-college"
        />
      </Form.Item>
      <Form.Item name="classText" label={t('students.classCode')} tooltip={t('lists.classSearchHint')}>
        <AutoComplete
          allowClear
          className="student-filter-class"
          placeholder={t('lists.classSearchPlaceholder')}
          // Enter searches for the text as typed; a suggestion is taken only when chosen.
          defaultActiveFirstOption={false}
          options={(classes ?? []).map((c) => ({ value: c.code, label: `${c.code} ${c.name}` }))}
          onSearch={() => {
            exact.current = false;
          }}
          onSelect={() => {
            exact.current = true;
            submit();
          }}
          onClear={() => {
            exact.current = false;
            submit();
          }}
          data-testid="filter-class"
        />
      </Form.Item>
      <Form.Item name="status" label={t('students.status')} hidden={namesOnly}>
        <Select
          allowClear
          className="student-filter-status"
          placeholder={t('students.allStatuses')}
          options={STUDENT_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          onChange={submit}
          data-testid="filter-status"
        />
      </Form.Item>
      <Form.Item name="search" label={t('students.search')}>
        <Input allowClear className="student-filter-search" data-testid="filter-search" />
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
