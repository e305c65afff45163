import { expect, test } from '@playwright/test';
import { apiLogin, loginThroughUi, logoutThroughUi, STORAGE_STATE } from '../support/auth.js';
import { gql, gqlErrors } from '../support/graphql.js';

const IMPORT = 'mutation($kind: RosterKind!, $csv: String!) { importRoster(kind: $kind, csv: $csv) { created errors { row column message } } }';
const CREATE_USER = 'mutation($input: CreateUserInput!) { createUser(input: $input) { username roles grants { role collegeCode } } }';
const ROSTER = 'query($code: String!) { roster(collegeCode: $code, level: UNDERGRADUATE) { college { code } } }';

// The browser stays anonymous here: the leader signs in through the form and signs out, so the
// leader is a user of this test's own, never a stored session.
test('a college leader sees only their own college and signs out', async ({ page, playwright, baseURL }) => {
  // The server's database is shared by every test of a run: unique codes per test.
  const stamp = Date.now();
  const tag = `${stamp.toString(36).toUpperCase()}${Math.floor(Math.random() * 1296).toString(36).toUpperCase()}`;
  const [a, b] = [`LA${tag}`, `LB${tag}`];
  const no = (i: number) => `${String(stamp % 1e8).padStart(8, '0')}${String(i).padStart(2, '0')}`;

  // As the school administrator (the setup project's session), through the API: two colleges with a class, a dorm and students each.
  const request = await playwright.request.newContext({ baseURL, storageState: STORAGE_STATE.admin });
  const files: [string, string][] = [
    ['COLLEGES', `code,name\n${a},领导甲学院\n${b},领导乙学院`],
    [
      'CLASSES',
      `code,name,college_code,level,grade\n${a}-1,甲院一班,${a},UNDERGRADUATE,2024\n${b}-1,乙院一班,${b},UNDERGRADUATE,2024`,
    ],
    [
      'DORMITORIES',
      `code,building,room,college_code,level\n${a}-D,甲楼,101,${a},UNDERGRADUATE\n${b}-D,乙楼,101,${b},UNDERGRADUATE`,
    ],
    [
      'STUDENTS',
      [
        'student_no,name,gender,class_code,dorm_code,status,is_dorm_head',
        `${no(1)},甲一,F,${a}-1,${a}-D,ENROLLED,true`,
        `${no(2)},甲二,M,${a}-1,${a}-D,ENROLLED,false`,
        `${no(3)},乙一,F,${b}-1,${b}-D,ENROLLED,true`,
      ].join('\n'),
    ],
  ];
  for (const [kind, csv] of files) {
    const data = await gql<{ importRoster: { errors: unknown[] } }>(request, IMPORT, { kind, csv });
    expect(data.importRoster.errors, kind).toEqual([]);
  }
  const leader = { username: `leader-${tag.toLowerCase()}`, password: `leader-pw-${tag}` };
  const created = await gql<{ createUser: { roles: string[]; grants: { role: string; collegeCode: string }[] } }>(request, CREATE_USER, {
    input: { ...leader, grants: [{ role: 'COLLEGE_LEADER', collegeCode: a }] },
  });
  expect(created.createUser.roles).toEqual(['COLLEGE_LEADER']);
  expect(created.createUser.grants).toEqual([{ role: 'COLLEGE_LEADER', collegeCode: a }]);

  // The server refuses the other college to the leader whatever the UI shows
  // (a session token as a bearer token; it wins over the administrator's cookie on `request`).
  const leaderApi = await playwright.request.newContext({ baseURL });
  const leaderToken = await apiLogin(leaderApi, leader);
  await leaderApi.dispose();
  const refused = await gqlErrors(request, ROSTER, { code: b }, { token: leaderToken });
  expect(refused.errors[0]?.extensions?.code).toBe('FORBIDDEN');
  const own = await gql<{ roster: { college: { code: string } } }>(request, ROSTER, { code: a }, { token: leaderToken });
  expect(own.roster.college.code).toBe(a);
  await request.dispose();

  // In the browser: anonymous → the sign-in page, then straight to their own college's checklist;
  // its roster is one click away.
  await page.goto('/');
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('heading', { level: 1, name: '登录' })).toBeVisible();
  await loginThroughUi(page, leader);
  await expect(page).toHaveURL(new RegExp(`/colleges/${a}/checklist$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('领导甲学院');
  await page.getByRole('navigation', { name: '主导航' }).getByTestId('nav-my-roster').click();
  await expect(page).toHaveURL(new RegExp(`/colleges/${a}(\\?.*)?$`));
  await expect(page.getByTestId('roster-heading')).toContainText('领导甲学院');
  // Their overview still exists, cut to college A only.
  await page.goto('/overview');
  await expect(page.getByRole('heading', { level: 1, name: '网络概览' })).toBeVisible();
  await expect(page.getByTestId(`college-row-${a}`)).toBeVisible();
  await expect(page.getByTestId(`college-row-${b}`)).toHaveCount(0);
  // Other tests' colleges are not listed either: one college row, plus the total.
  await expect(page.getByTestId('college-table').locator('[data-testid^="college-row-"]:not([data-testid="college-row-total"])')).toHaveCount(1);
  await expect(page.getByTestId('overview-scope')).toContainText(a);

  // The menu offers the leader's pages, not the administrator's.
  const nav = page.getByRole('navigation', { name: '主导航' });
  await expect(nav.getByRole('link', { name: '数据导入' })).toBeVisible();
  await expect(nav.getByRole('link', { name: '账号管理' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'API 令牌' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: '审计日志' })).toHaveCount(0);
  await page.getByRole('button', { name: '账号菜单' }).click();
  await expect(page.getByTestId('user-roles')).toHaveText('学院领导');
  await expect(page.getByTestId('user-scope')).toHaveText(`学院 ${a}`);
  await page.keyboard.press('Escape');

  // Their own college opens, with the controls to change it.
  await page.getByTestId('college-table').getByRole('link', { name: '领导甲学院' }).click();
  await expect(page).toHaveURL(new RegExp(`/colleges/${a}$`));
  await expect(page.getByTestId('roster-heading')).toContainText('领导甲学院');
  await expect(page.getByTestId(`class-row-${a}-1`)).toBeVisible();
  await expect(page.getByRole('button', { name: '添加成员', exact: true })).toBeVisible();

  // The other college: a no-access message, no data.
  await page.goto(`/colleges/${b}`);
  await expect(page.getByTestId('no-access')).toBeVisible();
  await expect(page.getByTestId('no-access')).toContainText('没有权限');
  await expect(page.getByTestId('roster-heading')).toHaveCount(0);
  await expect(page.getByText('乙院一班')).toHaveCount(0);

  // An administrator's page typed in by hand: no access either.
  await page.goto('/admin/users');
  await expect(page.getByTestId('no-access')).toBeVisible();

  // Sign out: back on /login, and "/" asks for a sign-in again.
  await page.goto('/overview');
  await expect(page.getByTestId(`college-row-${a}`)).toBeVisible();
  await logoutThroughUi(page);
  await page.goto('/');
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('button', { name: '登录', exact: true })).toBeVisible();
});
