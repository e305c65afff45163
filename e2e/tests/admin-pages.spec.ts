import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { STORAGE_STATE } from '../support/auth.js';
import { gql } from '../support/graphql.js';

// The school administrator's session (imports, the audit log), saved by the setup project.
test.use({ storageState: STORAGE_STATE.admin });

const IMPORT = 'mutation($kind: RosterKind!, $csv: String!) { importRoster(kind: $kind, csv: $csv) { created errors { message } } }';

let dir: string;
test.beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'carenet-e2e-admin-'));
});
test.afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Codes and numbers of this run (the e2e database is shared by every spec). */
const tag = () => `${Date.now().toString(36).toUpperCase()}${Math.floor(Math.random() * 1296).toString(36).toUpperCase()}`;

async function upload(page: Page, kindLabel: string, name: string, content: string) {
  const file = path.join(dir, name);
  await writeFile(file, content, 'utf8');
  const group = page.getByRole('radiogroup', { name: '数据类别' });
  await group.locator('label').filter({ has: page.getByRole('radio', { name: kindLabel, exact: true }) }).click();
  await page.getByLabel(`上传${kindLabel}文件`).setInputFiles(file);
}

test('the import dry run names what it would add and change, and the result names the same', async ({ page }) => {
  const t = tag();
  const college = `A${t}`;
  await gql(page.request, IMPORT, { kind: 'COLLEGES', csv: `code,name\n${college},名单测试学院\n` });
  await gql(page.request, IMPORT, { kind: 'STAFF', csv: `staff_no,name,college_code\nS${t}1,陈老师,${college}\n` });

  await page.goto('/import');
  await expect(page.getByRole('heading', { level: 1, name: '数据导入' })).toBeVisible({ timeout: 30_000 });
  // One renamed, one new: listed by number and name, the change with its column.
  await upload(page, '教职工', `staff-${t}.csv`, `工号,姓名,学院代码\nS${t}1,陈老师改,${college}\nS${t}2,林老师,${college}\n`);
  await expect(page.getByTestId('import-dry-run-ok')).toBeVisible();
  await expect(page.getByTestId('import-dry-run-added-title')).toHaveText('新增（1）');
  await expect(page.getByTestId('import-dry-run-changed-title')).toHaveText('更新（1）');
  const added = page.getByTestId(`import-dry-run-added-S${t}2`);
  await expect(added).toContainText('林老师');
  await expect(added).toContainText(`学院 ${college}`);
  const changed = page.getByTestId(`import-dry-run-changed-S${t}1`);
  await expect(changed).toContainText('陈老师改');
  await expect(changed).toContainText('姓名');
  // The lists fold away.
  await page.getByTestId('import-dry-run-added-title').click();
  await expect(added).toBeHidden();

  await page.getByRole('button', { name: '应用导入' }).click();
  await expect(page.getByTestId('import-success')).toBeVisible();
  await expect(page.getByTestId(`import-applied-added-S${t}2`)).toContainText('林老师');
  await expect(page.getByTestId(`import-applied-changed-S${t}1`)).toContainText('陈老师改');
});

test('an unchanged template is refused on its example row', async ({ page }) => {
  const csv = await (await page.request.get('/templates/classes.csv')).text();
  await page.goto('/import');
  await expect(page.getByRole('heading', { level: 1, name: '数据导入' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('template-example-hint')).toContainText('第 2 行是示例');
  await upload(page, '班级', `template-${tag()}.csv`, csv);
  const errors = page.getByTestId('import-errors');
  await expect(errors).toBeVisible();
  await expect(errors.locator('tbody tr.ant-table-row')).toHaveCount(1);
  await expect(errors).toContainText('这是模板中的示例行');
  await expect(page.getByRole('button', { name: '应用导入' })).toBeDisabled();
});

test('the audit log: a choice of named actions, dates by picker, each event in a drawer with labelled fields', async ({ page }) => {
  test.setTimeout(120_000);
  const t = tag();
  await gql(page.request, IMPORT, { kind: 'COLLEGES', csv: `code,name\nB${t},审计测试学院一\nC${t},审计测试学院二\n` });

  await page.goto('/admin/audit');
  // A page's code loads on first visit: a loaded machine can take a while.
  await expect(page.getByRole('heading', { level: 1, name: '审计日志' })).toBeVisible({ timeout: 30_000 });
  const filters = page.getByTestId('audit-filters');
  // The action is chosen from the server's named list (typing filters it).
  await filters.getByTestId('audit-action').click();
  await page.keyboard.type('导入名册');
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByTitle('导入名册', { exact: true }).click();
  await page.getByTestId('audit-actor').fill('admin');
  // Dates are typed into the picker as YYYY-MM-DD (today, in the browser's time zone).
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const from = page.getByTestId('audit-from');
  await from.click();
  await from.fill(today);
  await from.press('Enter');
  await page.getByTestId('audit-search').click();

  // Newest first: this test's import.
  const first = page.getByTestId('audit-table').locator('tbody tr[data-testid^="audit-row-"]').first();
  await expect(first).toContainText('导入名册');
  await expect(page.getByTestId('audit-table').locator('tbody')).not.toContainText('查看审计日志');
  await first.getByRole('button', { name: /^查看详情：导入名册/ }).click();

  const drawer = page.getByRole('dialog', { name: '审计记录：导入名册' });
  await expect(drawer).toBeVisible();
  await expect(drawer.getByTestId('audit-detail-actor')).toHaveText('admin');
  await expect(drawer.getByTestId('audit-detail-action')).toHaveText('导入名册');
  await expect(drawer.getByTestId('audit-detail-target')).toHaveText('学院');
  await expect(drawer.getByTestId('audit-detail-outcome')).toHaveText('成功');
  // The payload as labelled fields, not JSON.
  const payload = drawer.getByTestId('audit-detail-payload');
  await expect(payload.locator('tr').filter({ hasText: '新增' }).getByTestId('audit-field-created')).toHaveText('2');
  await expect(payload.locator('tr').filter({ hasText: '更新' }).getByTestId('audit-field-updated')).toHaveText('0');
  await expect(drawer).not.toContainText('{"created"');
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
});
