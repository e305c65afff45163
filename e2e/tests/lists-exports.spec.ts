import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { STORAGE_STATE } from '../support/auth.js';
import { downloadCsv } from '../support/csv.js';
import { gql } from '../support/graphql.js';

const IMPORT = 'mutation($kind: RosterKind!, $csv: String!) { importRoster(kind: $kind, csv: $csv) { created errors { row column message } } }';
const STUDENTS = 120;

// The server's database is shared by every test of a run: this file's college has codes of its own.
const stamp = Date.now();
const tag = `${stamp.toString(36).toUpperCase()}${Math.floor(Math.random() * 1296).toString(36).toUpperCase()}`;
const college = `L${tag}`;
const no = (i: number) => `${String(stamp % 1e8).padStart(8, '0')}${String(i).padStart(3, '0')}`;
const classOf = (i: number) => `${college}-U2021-0${i <= 60 ? 1 : 2}`;
// 25 dorms in two buildings, one resident each (the dorm head), so the roster's dorm table has pages.
const dormOf = (i: number) => (i <= 25 ? `${college}-D${String(i).padStart(2, '0')}` : '');

test.use({ storageState: STORAGE_STATE.admin });

test.beforeAll(async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL, storageState: STORAGE_STATE.admin });
  const files: [string, string[]][] = [
    ['COLLEGES', ['code,name', `${college},列表测试学院`]],
    [
      'CLASSES',
      [
        'code,name,college_code,level,grade',
        `${college}-U2021-01,心理学2021级1班,${college},UNDERGRADUATE,2021`,
        `${college}-U2021-02,心理学2021级2班,${college},UNDERGRADUATE,2021`,
        `${college}-U2024-01,心理学2024级1班,${college},UNDERGRADUATE,2024`,
      ],
    ],
    [
      'DORMITORIES',
      [
        'code,building,room,college_code,level',
        ...Array.from({ length: 25 }, (_, k) => `${dormOf(k + 1)},${k < 22 ? '3号楼' : '10号楼'},${100 + k + 1},${college},UNDERGRADUATE`),
      ],
    ],
    [
      'STUDENTS',
      [
        'student_no,name,gender,class_code,dorm_code,status,is_dorm_head',
        ...Array.from({ length: STUDENTS }, (_, k) => `${no(k + 1)},列表${k + 1},${k % 2 ? '女' : '男'},${classOf(k + 1)},${dormOf(k + 1)},在读,${k < 25 ? '是' : '否'}`),
      ],
    ],
  ];
  for (const [kind, lines] of files) {
    const data = await gql<{ importRoster: { errors: unknown[] } }>(request, IMPORT, { kind, csv: lines.join('\n') });
    expect(data.importRoster.errors, kind).toEqual([]);
  }
  await request.dispose();
});

const rows = (page: Page) => page.getByTestId('students-table').locator('[data-testid^="student-row-"]');
/** An option of the open antd dropdown (its accessible twin is hidden). */
const option = (page: Page, title: string) => page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByTitle(title, { exact: true });
// A page's first load may fetch its code cold on a busy machine.
const FIRST_LOAD = { timeout: 30_000 };

test('the students list pages with a page size and shows the total', async ({ page }) => {
  await page.goto(`/students?college=${college}`);
  await expect(page.getByTestId('students-total')).toHaveText('共 120 名学生', FIRST_LOAD);
  await expect(rows(page)).toHaveCount(50);
  await expect(page.getByText('第 1–50 名，共 120 名')).toBeVisible();

  await page.getByRole('listitem', { name: '3', exact: true }).click();
  await expect(page).toHaveURL(/page=3/);
  await expect(rows(page)).toHaveCount(20);
  await expect(page.getByText('第 101–120 名，共 120 名')).toBeVisible();
  await expect(page.getByTestId(`student-row-${no(120)}`)).toBeVisible();

  // A larger page starts again at the first one.
  await page.locator('.ant-pagination-options .ant-select').click();
  await option(page, '100 条/页').click();
  await expect(page).toHaveURL(/size=100/);
  await expect(page).not.toHaveURL(/page=/);
  await expect(rows(page)).toHaveCount(100);
  await expect(page.getByTestId(`student-row-${no(1)}`)).toBeVisible();
});

test('the class filter finds classes by part of the code, in any case', async ({ page }) => {
  await page.goto('/students');
  await expect(page.getByTestId('students-total')).toContainText('名学生', FIRST_LOAD);
  const field = page.getByTestId('filter-class').locator('input');
  await field.fill(`${college.toLowerCase()}-u2021`);
  // Suggestions come from the server as you type...
  await expect(option(page, `${college}-U2021-01 心理学2021级1班`)).toBeVisible();
  // ...but Enter searches for the text as typed: both 2021 classes, not the first suggestion.
  await field.press('Enter');
  await expect(page).toHaveURL(new RegExp(`classq=${college.toLowerCase()}-u2021`));
  await expect(page.getByTestId('students-total')).toHaveText('共 120 名学生');

  await field.fill(`${tag.toLowerCase()}-u2021-02`);
  await field.press('Enter');
  await expect(page.getByTestId('students-total')).toHaveText('共 60 名学生');

  // Chosen from the list, a class filters exactly.
  await field.fill(`${college.toLowerCase()}-u202`);
  await option(page, `${college}-U2021-01 心理学2021级1班`).click();
  await expect(page).toHaveURL(new RegExp(`class=${college}-U2021-01`));
  await expect(page.getByTestId('students-total')).toHaveText('共 60 名学生');
});

test('the students export holds every filtered student, not the page shown', async ({ page }) => {
  await page.goto(`/students?classq=${college.toLowerCase()}-u2021`);
  await expect(page.getByTestId('students-total')).toHaveText('共 120 名学生', FIRST_LOAD);
  await expect(rows(page)).toHaveCount(50);

  const csv = await downloadCsv(page, page.getByTestId('students-export-csv'));
  expect(csv.filename).toMatch(/^学生名单-本科生-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(csv.text.startsWith('\uFEFF')).toBe(true);
  const [header, ...data] = csv.rows;
  expect(header).toEqual(['学号', '姓名', '性别', '学院代码', '培养层次', '班级代码', '班级名称', '宿舍代码', '学籍状态', '是否宿舍长']);
  expect(data).toHaveLength(STUDENTS);
  expect(data.map((r) => r[0]).sort()).toEqual(Array.from({ length: STUDENTS }, (_, k) => no(k + 1)));
  expect(data.find((r) => r[0] === no(1))).toEqual([no(1), '列表1', '男', college, '本科生', `${college}-U2021-01`, '心理学2021级1班', `${college}-D01`, '在读', '是']);
  await expect(page.getByText(`已下载 ${csv.filename}`)).toBeVisible();

  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('students-export-xlsx').click()]);
  expect(xlsx.suggestedFilename()).toMatch(/^学生名单-本科生-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const bytes = await readFile(await xlsx.path());
  expect(bytes.subarray(0, 2).toString()).toBe('PK');
});

test('roster tables sort, dorms filter by building, and the gap list exports', async ({ page }) => {
  await page.goto(`/colleges/${college}`);
  await expect(page.getByTestId('roster-heading')).toContainText('列表测试学院', FIRST_LOAD);

  // Classes: sorted by enrolled students, fewest first, the empty 2024 class leads.
  const classes = page.getByTestId('classes');
  await classes.getByRole('columnheader', { name: '在读人数' }).click();
  await expect(classes.locator('[data-testid^="class-row-"]').first()).toHaveAttribute('data-testid', `class-row-${college}-U2024-01`);
  await classes.getByRole('columnheader', { name: '在读人数' }).click();
  await expect(classes.locator('[data-testid^="class-row-"]').first()).toHaveAttribute('data-testid', `class-row-${college}-U2021-01`);

  // Dorms: 25 in two buildings, 20 a page; the building filter leaves 10号楼's three.
  const dorms = page.getByTestId('dorms');
  const dormRows = dorms.locator('[data-testid^="dorm-row-"]');
  await expect(dormRows).toHaveCount(20);
  await expect(dorms.getByText('第 1–20 项，共 25 项')).toBeVisible();
  await dorms.getByTestId('dorms-building').click();
  await option(page, '10号楼').click();
  await expect(dormRows).toHaveCount(3);
  await expect(dorms.getByTestId(`dorm-row-${college}-D23`)).toBeVisible();
  // Sorted by room, highest first.
  await dorms.getByRole('columnheader', { name: '楼栋 / 房间' }).click();
  await dorms.getByRole('columnheader', { name: '楼栋 / 房间' }).click();
  await expect(dormRows.first()).toHaveAttribute('data-testid', `dorm-row-${college}-D25`);

  // The gap list as a file: every class without a committee member, every dorm without an officer.
  const gaps = await downloadCsv(page, page.getByTestId('gaps-export-csv'));
  expect(gaps.filename).toMatch(new RegExp(`^缺口清单-${college}-本科生-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
  expect(gaps.rows[0]).toEqual(['缺口类别', '代码', '名称', '说明', '建议人选']);
  const kinds = gaps.rows.slice(1).map((r) => r[0]);
  expect(kinds.filter((k) => k === '缺心理委员的班级')).toHaveLength(2);
  expect(kinds.filter((k) => k === '缺信息员的宿舍')).toHaveLength(25);
  expect(gaps.rows.find((r) => r[1] === `${college}-D01`)?.[4]).toBe(`列表1（${no(1)}）`);

  const roster = await downloadCsv(page, page.getByTestId('roster-export-csv'));
  expect(roster.rows.filter((r) => r[0] === '宿舍心理信息员')).toHaveLength(25);
});

test('appointing a committee member takes a typed date', async ({ page }) => {
  await page.goto(`/colleges/${college}`);
  await expect(page.getByTestId('roster-heading')).toContainText('列表测试学院', FIRST_LOAD);
  await page.getByTestId(`appoint-committee-${college}-U2021-02`).click();
  const dialog = page.getByTestId('appoint-committee-modal').getByRole('dialog');
  await dialog.getByTestId('appoint-student').click();
  await option(page, `列表61（${no(61)}）`).click();
  await dialog.getByTestId('attests-service').check();
  await dialog.getByTestId('attests-wellbeing').check();
  // antd's date picker takes YYYY-MM-DD typed in, then Enter.
  const date = dialog.getByTestId('appointed-on');
  await date.click();
  await date.fill('2024-09-02');
  await date.press('Enter');
  await dialog.getByRole('button', { name: '任命' }).click();
  await expect(page.getByTestId(`committee-member-${no(61)}`)).toContainText('自 2024-09-02');
});
