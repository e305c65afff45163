import { Select } from 'antd';
import { useId } from 'react';
import { useT } from '@/lib/i18n/i18n';
import { semesterOptions, type SemesterChoice } from './use-semester';

/** 学期: a select of the calendar's semesters by name ("2026–2027学年第一学期"). */
export function SemesterPicker({ choice, testId = 'semester-picker' }: { choice: SemesterChoice; testId?: string }) {
  const t = useT();
  const id = useId();
  const options = semesterOptions(choice.semesters, choice.semester).map((s) => ({
    value: s.code,
    label: s.name ?? s.code,
  }));
  return (
    <span className="semester-picker">
      <label htmlFor={id}>{t('training.semester')}</label>
      <Select<string>
        id={id}
        data-testid={testId}
        value={choice.semester ?? undefined}
        loading={choice.loading}
        onChange={choice.setSemester}
        options={options}
        popupMatchSelectWidth={false}
        style={{ minWidth: 200 }}
      />
    </span>
  );
}
