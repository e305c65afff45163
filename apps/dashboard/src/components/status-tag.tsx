import { Tag } from 'antd';
import type { ReactNode } from 'react';

export type StatusTone = 'success' | 'warning' | 'neutral';

// Colours chosen for at least 4.5:1 contrast on their background (antd's presets fall short).
const STYLE: Record<StatusTone, { color: string; background: string; borderColor: string }> = {
  success: { color: '#135200', background: '#f6ffed', borderColor: '#95de64' },
  warning: { color: '#7a2e00', background: '#fff1e0', borderColor: '#fa8c16' },
  neutral: { color: '#434343', background: '#f5f5f5', borderColor: '#bfbfbf' },
};

export function StatusTag({ tone, children, testId }: { tone: StatusTone; children: ReactNode; testId?: string }) {
  return (
    <Tag style={STYLE[tone]} data-testid={testId} data-tone={tone}>
      {children}
    </Tag>
  );
}
