import { describe, expect, it } from 'vitest';
import { actionIndex, type DetailWords, detailFields } from './audit-detail';

const NAMES: Record<string, string> = { 'role.COLLEGE_LEADER': '学院领导', 'endReason.CLASS_CHANGED': '调换班级' };
const LABELS: Record<string, string> = { grants: '授予角色', filter: '筛选条件', actor: '操作者', reason: '原因', created: '新增', expiresAt: '到期时间' };
const words: DetailWords = {
  field: (k) => LABELS[k] ?? k,
  value: (k, v) => NAMES[`${k === 'role' ? 'role.' : k === 'reason' ? 'endReason.' : ''}${v}`] ?? v,
  dateTime: (iso) => `<${iso.slice(0, 10)}>`,
  yes: '是',
  no: '否',
  none: '—',
  separator: '、',
};

describe('detailFields', () => {
  it('labels each value of the payload, flattening nested objects', () => {
    expect(detailFields('{"created":3,"filter":{"actor":"admin","studentNo":null}}', words)).toEqual([
      { path: ['created'], label: '新增', value: '3' },
      { path: ['filter', 'actor'], label: '筛选条件 · 操作者', value: 'admin' },
      { path: ['filter', 'studentNo'], label: '筛选条件 · studentNo', value: '—' },
    ]);
  });

  it('names enumerated values, instants and booleans, and joins lists', () => {
    const fields = detailFields(
      '{"grants":[{"role":"COLLEGE_LEADER","collegeCode":"CS"},{"role":"CENTER_STAFF"}],"reason":"CLASS_CHANGED","expiresAt":"2027-01-02T03:04:05.000Z","scopes":[],"ok":true}',
      words,
    );
    expect(fields.map((f) => [f.label, f.value])).toEqual([
      ['授予角色', '学院领导 · CS、CENTER_STAFF'],
      ['原因', '调换班级'],
      ['到期时间', '<2027-01-02>'],
      ['scopes', '—'],
      ['ok', '是'],
    ]);
  });

  it('shows text that is not a JSON object as one field, and nothing for no payload', () => {
    expect(detailFields('not json', words)).toEqual([{ path: [], label: 'detail', value: 'not json' }]);
    expect(detailFields('"text"', words)).toEqual([{ path: [], label: 'detail', value: 'text' }]);
    expect(detailFields(null, words)).toEqual([]);
  });
});

describe('actionIndex', () => {
  it('finds each action by its code', () => {
    const index = actionIndex([
      { prefix: 'auth.', nameZh: '登录与会话', nameEn: 'Sign-in', actions: [{ action: 'auth.login', nameZh: '登录', nameEn: 'Signed in', outcome: 'SUCCEEDED' }] },
    ]);
    expect(index.get('auth.login')?.nameZh).toBe('登录');
    expect(index.get('nope')).toBeUndefined();
  });
});
