import { describe, expect, it } from 'vitest';
import type { Access, AccessScope } from '@/lib/auth/my-access.query';
import { breadcrumbTrail, type Crumb } from './breadcrumb-trail';
import { format } from './i18n/i18n';
import { zh } from './i18n/messages.zh';

const NONE: AccessScope = { all: false, collegeCodes: [], classCodes: [], dormCodes: [] };
const ALL: AccessScope = { ...NONE, all: true };

function access(over: Partial<Access>): Access {
  return {
    user: { id: '1', username: 'u', displayName: null, roles: [], grants: [], staffNo: null, studentNo: null, active: true },
    rosterScope: NONE,
    aggregateScope: NONE,
    writeScope: NONE,
    canWriteRoster: false,
    canManageAccess: false,
    canReadAudit: false,
    ...over,
  };
}

const admin = access({ rosterScope: ALL, aggregateScope: ALL, canManageAccess: true, canReadAudit: true, canWriteRoster: true });
const center = access({ rosterScope: ALL, aggregateScope: ALL, canReadAudit: true });
const leader = access({ rosterScope: { ...NONE, collegeCodes: ['C01'] }, aggregateScope: { ...NONE, collegeCodes: ['C01'] }, canWriteRoster: true });
const counselor = access({ rosterScope: { ...NONE, classCodes: ['C01-G1'] }, aggregateScope: { ...NONE, classCodes: ['C01-G1'] } });
const withRoles = (a: Access, roles: Access['user']['roles']): Access => ({ ...a, user: { ...a.user, roles } });
const committee = withRoles(access({ rosterScope: { ...NONE, classCodes: ['C01-U1'] } }), ['COMMITTEE_MEMBER']);

const NAMES: Record<string, string> = { C01: '计算机学院', C02: '数学学院' };

// What the layout knows about a page: its menu item (name, section) and whether it shows the level switch.
const MENU: Record<string, { label: string; admin: boolean }> = {
  '/admin/users': { label: '账号管理', admin: true },
  '/admin/tokens': { label: 'API 令牌', admin: true },
  '/admin/audit': { label: '审计日志', admin: true },
  '/training': { label: '培训', admin: false },
  '/my-post': { label: '我的岗位', admin: false },
};

/** The trail as "label→link" strings (no arrow: not a link). */
function trail(a: Access, url: string): string[] {
  const u = new URL(url, 'http://x');
  const sub = /^\/colleges\/[^/]+\/training$/.test(u.pathname) ? MENU['/training'] : MENU[u.pathname];
  const showLevel = !u.pathname.startsWith('/admin') && u.pathname !== '/my-post' && u.searchParams.get('view') !== 'compare';
  const crumbs: Crumb[] = breadcrumbTrail({
    pathname: u.pathname,
    search: u.searchParams,
    level: u.searchParams.get('level') === 'GRADUATE' ? 'GRADUATE' : 'UNDERGRADUATE',
    showLevel,
    access: a,
    page: sub,
    adminHome: a.canManageAccess ? '/admin/users' : a.canReadAudit ? '/admin/audit' : undefined,
    collegeName: (code) => NAMES[code] ?? code,
    t: (key, params) => format(zh[key], params),
  });
  return crumbs.map((c) => (c.to ? `${c.label}→${c.to}` : c.label));
}

describe('breadcrumbTrail', () => {
  it('the school overview: the school and the level, no link to the page itself', () => {
    expect(trail(admin, '/')).toEqual(['全校', '本科生']);
    expect(trail(center, '/?level=GRADUATE')).toEqual(['全校', '研究生']);
    // Side by side: both levels, so no level crumb, and the school alone makes no trail.
    expect(trail(admin, '/?view=compare')).toEqual([]);
  });

  it('a college roster: school › college › level, the school a link keeping the level', () => {
    expect(trail(admin, '/colleges/C01')).toEqual(['全校→/', '计算机学院', '本科生']);
    expect(trail(admin, '/colleges/C02?level=GRADUATE')).toEqual(['全校→/?level=GRADUATE', '数学学院', '研究生']);
    // A name not (yet) known: the code.
    expect(trail(admin, '/colleges/X9')).toEqual(['全校→/', 'X9', '本科生']);
  });

  it('students and import: the way up is a link, the filtered college too', () => {
    expect(trail(admin, '/students')).toEqual(['全校→/', '本科生', '学生']);
    expect(trail(admin, '/students?college=C01&level=GRADUATE')).toEqual([
      '全校→/?level=GRADUATE',
      '计算机学院→/colleges/C01?level=GRADUATE',
      '研究生',
      '学生',
    ]);
    expect(trail(admin, '/import?kind=STUDENTS')).toEqual(['全校→/', '数据导入']);
  });

  it('admin pages: 系统管理 › page, the section a link to its first page', () => {
    expect(trail(admin, '/admin/users')).toEqual(['系统管理', '账号管理']);
    expect(trail(admin, '/admin/tokens')).toEqual(['系统管理→/admin/users', 'API 令牌']);
    expect(trail(admin, '/admin/audit')).toEqual(['系统管理→/admin/users', '审计日志']);
    // The Center reads the audit log only: that is the section's first page for them.
    expect(trail(center, '/admin/audit')).toEqual(['系统管理', '审计日志']);
  });

  it('a college leader starts at their college (no school they cannot see)', () => {
    expect(trail(leader, '/colleges/C01')).toEqual(['计算机学院', '本科生']);
    expect(trail(leader, '/overview?level=GRADUATE')).toEqual(['计算机学院→/colleges/C01?level=GRADUATE', '网络概览', '研究生']);
    expect(trail(leader, '/students?college=C01')).toEqual(['计算机学院→/colleges/C01', '本科生', '学生']);
    expect(trail(leader, '/import')).toEqual(['计算机学院→/colleges/C01', '数据导入']);
    // "/" is on its way to the roster: nothing to show yet.
    expect(trail(leader, '/')).toEqual([]);
  });

  it('counselors: their roster is the way up', () => {
    expect(trail(counselor, '/colleges/C01?level=GRADUATE')).toEqual(['计算机学院', '研究生']);
    expect(trail(counselor, '/overview')).toEqual(['我的名册→/', '网络概览', '本科生']);
    expect(trail(counselor, '/students')).toEqual(['我的名册→/', '本科生', '学生']);
  });

  it('committee members and dorm officers: their post is the way up', () => {
    expect(trail(committee, '/my-post')).toEqual([]);
    expect(trail(committee, '/students')).toEqual(['我的岗位→/my-post', '本科生', '学生']);
    expect(trail(committee, '/colleges/C01')).toEqual(['计算机学院', '本科生']);
  });

  it("other pages of the menu, and a college's own pages, by their menu names", () => {
    expect(trail(admin, '/training?level=GRADUATE')).toEqual(['全校→/?level=GRADUATE', '研究生', '培训']);
    expect(trail(admin, '/colleges/C01/training')).toEqual(['全校→/', '计算机学院→/colleges/C01', '本科生', '培训']);
    expect(trail(leader, '/colleges/C01/training')).toEqual(['计算机学院→/colleges/C01', '本科生', '培训']);
  });

  it('no trail on an unknown page', () => {
    expect(trail(admin, '/nowhere')).toEqual([]);
  });
});
