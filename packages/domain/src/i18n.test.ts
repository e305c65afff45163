import { describe, expect, it } from 'vitest';
import { localeFrom, render, tx } from './i18n.js';

describe('message language', () => {
  it('is Chinese unless English is preferred', () => {
    expect(localeFrom(undefined)).toBe('zh');
    expect(localeFrom('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh');
    expect(localeFrom('en-US,en;q=0.9')).toBe('en');
  });
  it('renders a bilingual message in the chosen language', () => {
    const t = tx('class C1 is full', '班级 C1 已满');
    expect(render(t, 'zh')).toBe('班级 C1 已满');
    expect(render(t, 'en')).toBe('class C1 is full');
    expect(render('plain', 'zh')).toBe('plain');
  });
});
