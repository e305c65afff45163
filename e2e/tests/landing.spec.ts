import { expect, test } from '@playwright/test';
import { ADMIN, loginThroughUi, STORAGE_STATE } from '../support/auth.js';
import { gql } from '../support/graphql.js';

const IMPORT = 'mutation($kind: RosterKind!, $csv: String!) { importRoster(kind: $kind, csv: $csv) { created errors { row column message } } }';
const CREATE_USER = 'mutation($input: CreateUserInput!) { createUser(input: $input) { username roles } }';

// Each role lands on its own work (issue 9, item 1). The browser starts anonymous: the people of
// this test sign in through the form; the administrator's stored session only creates their data.
test.use({ storageState: { cookies: [], origins: [] } });

test('a college leader lands on their college roster, at a level the college has', async ({ page, playwright, baseURL }) => {
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

  // The undergraduate college's leader: "/" is their college's roster, not the overview cut to one row.
  await page.goto('/');
  await loginThroughUi(page, leaderU);
  await expect(page).toHaveURL(new RegExp(`/colleges/${u}$`));
  await expect(page.getByTestId('roster-heading')).toContainText('落地本科学院');
  await expect(page.getByTestId(`class-row-${u}-1`)).toBeVisible();
  await expect(page.getByTestId('level-switch').getByRole('radio', { name: '本科生' })).toBeChecked();
  // The menu names their roster as the current page; the overview of their college is a link away.
  const nav = page.getByRole('navigation', { name: '主导航' });
  await expect(nav.getByTestId('nav-my-roster')).toHaveAttribute('aria-current', 'page');
  await nav.getByTestId('nav-overview').click();
  await expect(page).toHaveURL(/\/overview$/);
  await expect(page.getByTestId(`college-row-${u}`)).toBeVisible();
  await page.context().clearCookies();

  // The graduate-only college's leader: the level switch starts on 研究生.
  await page.goto('/');
  await loginThroughUi(page, leaderG);
  await expect(page).toHaveURL(new RegExp(`/colleges/${g}\\?level=GRADUATE$`));
  await expect(page.getByTestId(`class-row-${g}-1`)).toBeVisible();
  await expect(page.getByTestId('level-switch').getByRole('radio', { name: '研究生' })).toBeChecked();
});

test('the school administrator still lands on the school overview', async ({ page }) => {
  await page.goto('/');
  await loginThroughUi(page, ADMIN);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1, name: '网络概览' })).toBeVisible();
});
