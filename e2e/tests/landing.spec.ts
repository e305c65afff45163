import { expect, test } from '@playwright/test';
import { ADMIN, COMMITTEE, COUNSELOR, loginThroughUi, OFFICER, STORAGE_STATE } from '../support/auth.js';
import { gql } from '../support/graphql.js';
import { SAMPLE } from '../support/seed.js';

const IMPORT = 'mutation($kind: RosterKind!, $csv: String!) { importRoster(kind: $kind, csv: $csv) { created errors { row column message } } }';
const CREATE_USER = 'mutation($input: CreateUserInput!) { createUser(input: $input) { username roles } }';

// Each role lands on its own work (issue 9, item 1). The browser starts anonymous: the people of
// this test sign in through the form; the administrator's stored session only creates their data.
test.use({ storageState: { cookies: [], origins: [] } });

test('a college leader lands on their college checklist, a crumb away from its roster', async ({ page, playwright, baseURL }) => {
  const stamp = Date.now();
  const tag = `${stamp.toString(36).toUpperCase()}${Math.floor(Math.random() * 1296).toString(36).toUpperCase()}`;
  const [u, g] = [`HU${tag}`, `HG${tag}`];
  const no = (i: number) => `${String(stamp % 1e8).padStart(8, '0')}${String(i).padStart(2, '0')}`;

  // As the school administrator, through the API: an undergraduate college and a graduate-only one.
  const request = await playwright.request.newContext({ baseURL, storageState: STORAGE_STATE.admin });
  const files: [string, string][] = [
    ['COLLEGES', `code,name\n${u},落地本科学院\n${g},落地研究生学院`],
    ['CLASSES', `code,name,college_code,level,grade\n${u}-1,本科一班,${u},UNDERGRADUATE,2024\n${g}-1,研究生一班,${g},GRADUATE,2024`],
    ['DORMITORIES', `code,building,room,college_code,level\n${u}-D,本科楼,101,${u},UNDERGRADUATE\n${g}-D,研究生楼,101,${g},GRADUATE`],
    [
      'STUDENTS',
      [
        'student_no,name,gender,class_code,dorm_code,status,is_dorm_head',
        `${no(1)},本一,F,${u}-1,${u}-D,ENROLLED,true`,
        `${no(2)},研一,M,${g}-1,${g}-D,ENROLLED,true`,
      ].join('\n'),
    ],
  ];
  for (const [kind, csv] of files) {
    const data = await gql<{ importRoster: { errors: unknown[] } }>(request, IMPORT, { kind, csv });
    expect(data.importRoster.errors, kind).toEqual([]);
  }
  const leaderU = { username: `landing-u-${tag.toLowerCase()}`, password: `landing-pw-${tag}` };
  const leaderG = { username: `landing-g-${tag.toLowerCase()}`, password: `landing-pw-${tag}` };
  await gql(request, CREATE_USER, { input: { ...leaderU, grants: [{ role: 'COLLEGE_LEADER', collegeCode: u }] } });
  await gql(request, CREATE_USER, { input: { ...leaderG, grants: [{ role: 'COLLEGE_LEADER', collegeCode: g }] } });
  await request.dispose();

  // The undergraduate college's leader: "/" is their college's checklist (what is left to do,
  // lib/home.ts), not the overview cut to one row.
  await page.goto('/');
  await loginThroughUi(page, leaderU);
  await expect(page).toHaveURL(new RegExp(`/colleges/${u}/checklist$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('落地本科学院');
  const nav = page.getByRole('navigation', { name: '主导航' });
  await expect(nav.getByTestId('nav-checklist')).toHaveAttribute('aria-current', 'page');
  // Where they are: their college (the top of what they see), the level, the page; the college is a link to its roster.
  const crumbs = page.getByTestId('breadcrumbs');
  await expect(crumbs).toHaveText('落地本科学院›本科生›完成情况');
  await crumbs.getByRole('link', { name: '落地本科学院' }).click();
  await expect(page).toHaveURL(new RegExp(`/colleges/${u}$`));
  await expect(page.getByTestId('roster-heading')).toContainText('落地本科学院');
  await expect(page.getByTestId(`class-row-${u}-1`)).toBeVisible();
  await expect(page.getByTestId('level-switch').getByRole('radio', { name: '本科生' })).toBeChecked();
  await expect(crumbs).toHaveText('落地本科学院›本科生');
  await expect(nav.getByTestId('nav-my-roster')).toHaveAttribute('aria-current', 'page');
  // The overview of their college is a link away.
  await nav.getByTestId('nav-overview').click();
  await expect(page).toHaveURL(/\/overview$/);
  await expect(page.getByTestId(`college-row-${u}`)).toBeVisible();
  await page.context().clearCookies();

  // The graduate-only college's leader: their college's checklist too; its roster shows the graduate classes.
  await page.goto('/');
  await loginThroughUi(page, leaderG);
  await expect(page).toHaveURL(new RegExp(`/colleges/${g}/checklist$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('落地研究生学院');
  await page.getByRole('navigation', { name: '主导航' }).getByTestId('nav-my-roster').click();
  await expect(page).toHaveURL(new RegExp(`/colleges/${g}\\?level=GRADUATE$`));
  await expect(page.getByTestId(`class-row-${g}-1`)).toBeVisible();
  await expect(page.getByTestId('level-switch').getByRole('radio', { name: '研究生' })).toBeChecked();
});

test('the school administrator still lands on the school overview', async ({ page }) => {
  await page.goto('/');
  await loginThroughUi(page, ADMIN);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1, name: '网络概览' })).toBeVisible();
  await expect(page.getByTestId('breadcrumbs')).toHaveText('全校›本科生');
});

test.describe('breadcrumbs', () => {
  test.use({ storageState: STORAGE_STATE.admin });

  test('lead up from a college and from an admin page', async ({ page }) => {
    // A college is one level down; the school is a link back, keeping the level.
    await page.goto(`/colleges/${SAMPLE.college.code}?level=GRADUATE`);
    await expect(page.getByTestId('breadcrumbs')).toHaveText(`全校›${SAMPLE.college.name}›研究生`);
    await page.getByTestId('breadcrumbs').getByRole('link', { name: '全校' }).click();
    await expect(page).toHaveURL(/\/\?level=GRADUATE$/);
    await expect(page.getByTestId('level-switch').getByRole('radio', { name: '研究生' })).toBeChecked();
    await page.goto('/admin/tokens');
    await expect(page.getByTestId('breadcrumbs')).toHaveText('系统管理›API 令牌');
    await page.getByTestId('breadcrumbs').getByRole('link', { name: '系统管理' }).click();
    await expect(page).toHaveURL(/\/admin\/users$/);
    await expect(page.getByTestId('breadcrumbs').getByRole('link')).toHaveCount(0);
  });
});

// The people of the sample college (support/seed.ts, created by the setup project).
const { college, committee, officer } = SAMPLE;

test('a counselor lands on their classes, at the level they serve', async ({ page }) => {
  await page.goto('/');
  await loginThroughUi(page, COUNSELOR);
  // 王老师 counsels the two graduate classes only: the graduate roster, not the undergraduate one.
  await expect(page).toHaveURL(new RegExp(`/colleges/${college.code}\\?level=GRADUATE$`));
  await expect(page.getByTestId('roster-heading')).toContainText(`${college.name}`);
  await expect(page.getByTestId('roster-heading')).toContainText('研究生');
  await expect(page.getByTestId('level-switch').getByRole('radio', { name: '研究生' })).toBeChecked();
  for (const code of SAMPLE.graduateClasses) await expect(page.getByTestId(`class-row-${code}`)).toBeVisible();
  await expect(page.getByTestId(`class-row-${SAMPLE.undergraduateClasses[0]}`)).toHaveCount(0);
  // Their classes, not the college: no college-wide parts.
  await expect(page.getByTestId('roster-partial')).toBeVisible();
  const crumbs = page.getByTestId('breadcrumbs');
  await expect(crumbs).toHaveText(`${college.name}›研究生`);
  await expect(crumbs.getByTestId('crumb-level')).toHaveAttribute('aria-current', 'page');
  const nav = page.getByRole('navigation', { name: '主导航' });
  await expect(nav.getByTestId('nav-my-roster')).toHaveAttribute('aria-current', 'page');
  // The overview of their classes is a link away, at the same level.
  await nav.getByTestId('nav-overview').click();
  await expect(page).toHaveURL(/\/overview\?level=GRADUATE$/);
  await expect(page.getByRole('heading', { level: 1, name: '网络概览' })).toBeVisible();
  await expect(crumbs).toHaveText('我的名册›网络概览›研究生');
});

test('a committee member lands on their own post, a link away from their class', async ({ page }) => {
  await page.goto('/');
  await loginThroughUi(page, COMMITTEE);
  await expect(page).toHaveURL(/\/my-post$/);
  await expect(page.getByTestId('my-post-committee')).toContainText('计算机本科一班');
  await expect(page.getByRole('navigation', { name: '主导航' }).getByTestId('nav-my-post')).toHaveAttribute('aria-current', 'page');
  await page.getByTestId('my-post-roster').click();
  await expect(page).toHaveURL(new RegExp(`/colleges/${college.code}$`));
  await expect(page.getByTestId('level-switch').getByRole('radio', { name: '本科生' })).toBeChecked();
  const row = page.getByTestId(`class-row-${committee.classCode}`);
  await expect(row).toBeVisible();
  await expect(row.getByTestId(`committee-member-${committee.studentNo}`)).toContainText(committee.name);
  // Only their class: not the other class of the college, no dorms, no overview.
  await expect(page.getByTestId(`class-row-${SAMPLE.undergraduateClasses[1]}`)).toHaveCount(0);
  await expect(page.getByTestId('dorms')).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: '主导航' }).getByTestId('nav-overview')).toHaveCount(0);
  await expect(page.getByTestId('breadcrumbs')).toHaveText(`${college.name}›本科生`);
});

test('a dorm officer lands on their own post, a link away from their dorm at its level', async ({ page }) => {
  await page.goto('/');
  await loginThroughUi(page, OFFICER);
  await expect(page).toHaveURL(/\/my-post$/);
  await expect(page.getByTestId('my-post-officer')).toContainText('研究生楼 201');
  await page.getByTestId('my-post-roster').click();
  await expect(page).toHaveURL(new RegExp(`/colleges/${college.code}\\?level=GRADUATE$`));
  await expect(page.getByTestId('level-switch').getByRole('radio', { name: '研究生' })).toBeChecked();
  const row = page.getByTestId(`dorm-row-${officer.dormCode}`);
  await expect(row).toBeVisible();
  await expect(row.getByTestId(`dorm-officer-${officer.studentNo}`)).toContainText(officer.name);
  await expect(page.getByTestId('classes')).toHaveCount(0);
  await expect(page.getByTestId('breadcrumbs')).toHaveText(`${college.name}›研究生`);
});
