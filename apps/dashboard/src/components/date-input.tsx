import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { CSSProperties } from 'react';

const ISO = 'YYYY-MM-DD';

export interface DateInputProps {
  /** A date as the API speaks it: YYYY-MM-DD (an antd Form item's value). */
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  /** Earliest and latest choosable dates, YYYY-MM-DD. */
  min?: string;
  max?: string;
  id?: string;
  style?: CSSProperties;
  allowClear?: boolean;
  'data-testid'?: string;
  'aria-label'?: string;
  placeholder?: string;
}

/**
 * antd's DatePicker (in the UI language, set by the ConfigProvider) for forms whose values stay
 * YYYY-MM-DD strings, so forms, rules and the API keep one date format. Typing a date works too.
 */
export function DateInput({ value, onChange, min, max, style, allowClear = true, ...rest }: DateInputProps) {
  const parsed = value ? dayjs(value, ISO) : null;
  const disabledDate = (d: Dayjs) => (min !== undefined && d.format(ISO) < min) || (max !== undefined && d.format(ISO) > max);
  return (
    <DatePicker
      {...rest}
      value={parsed?.isValid() ? parsed : null}
      format={ISO}
      allowClear={allowClear}
      disabledDate={min !== undefined || max !== undefined ? disabledDate : undefined}
      style={{ width: '100%', maxWidth: 200, ...style }}
      onChange={(d) => onChange?.(d ? d.format(ISO) : undefined)}
    />
  );
}
