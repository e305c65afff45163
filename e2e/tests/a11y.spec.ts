import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { loginAs } from '../support/auth.js';
import { gql } from '../support/graphql.js';

// SPEC.md §9: every page passes an axe-core scan without serious (or critical) violations.
async function expectNoSeriousViolations(page: Page) {
  // Wait for antd's open/close animations: mid-fade, text is blended with the background and axe
  // measures a contrast nobody sees once the dialog has settled.
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll<HTMLElement>('.ant-modal, .ant-modal-mask, .ant-select-dropdown, .ant-dropdown')].every((el) => {
        const style = getComputedStyle(el);
        return style.display === 'none' || (style.opacity === '1' && (style.transform === 'none' || style.transform === 'matrix(1, 0, 0, 1, 0, 0)'));
      }),
    undefined,
    { timeout: 5000 },
  );
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const IMPORT = 'mutation($kind: RosterKind!, $csv: String!) { importRoster(kind: $kind, csv: $csv) { errors { row column message } } }';

test('the sign-in page passes axe, also with an error shown', async ({ page }) => {
  await page.goto('/login?next=%2Fstudents&expired=1');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTestId('login-expired')).toBeVisible();
  await expectNoSeriousViolations(page);
  await page.getByTestId('login-username').fill('nobody-a11y');
  await page.getByTestId('login-password').fill('wrong-password');
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('login-error')).toBeVisible();
  await expectNoSeriousViolations(page);
});

test('dashboard pages pass axe in Chinese and English', async ({ page }) => {
  test.setTimeout(240_000); // twenty full-page scans
  await loginAs(page);
  const tag = `A${Date.now().toString(36).toUpperCase()}`;
  const college = tag;
  const base = String(Date.now() % 1e8).padStart(8, '0');
  const rows: [string, string][] = [
    ['COLLEGES', `code,name\n${college},无障碍测试学院`],
    ['CLASSES', `code,name,college_code,level,grade\n${college}-1,无障碍一班,${college},UNDERGRADUATE,2024`],
    ['DORMITORIES', `code,building,room,college_code,level\n${college}-D,一号楼,101,${college},UNDERGRADUATE`],
    ['STUDENTS', `student_no,name,gender,class_code,dorm_code,status,is_dorm_head\n${base}01,甲,F,${college}-1,${college}-D,ENROLLED,true`],
  ];
  for (const [kind, csv] of rows) {
    const data = await gql<{ importRoster: { errors: unknown[] } }>(page.request, IMPORT, { kind, csv });
    expect(data.importRoster.errors).toEqual([]);
  }

  const pages = [
    '/',
    '/?view=compare',
    `/colleges/${college}`,
    '/import',
    '/students',
    '/?level=GRADUATE',
    `/colleges/${college}?level=GRADUATE`,
    '/admin/users',
    '/admin/tokens',
    '/admin/audit',
  ];
  for (const path of pages) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expectNoSeriousViolations(page);
  }

  // The overview with every chart switched to its table view, in both modes.
  for (const path of ['/', '/?view=compare']) {
    await page.goto(path);
    await expect(page.getByTestId('college-table').first()).toBeVisible();
    const tableViews = page.locator('[data-view] .ant-radio-button-wrapper').filter({ hasText: /^表格$/ });
    for (let i = 0; i < (await tableViews.count()); i++) await tableViews.nth(i).click();
    await expect(page.locator('[data-view="chart"]')).toHaveCount(0);
    await page.waitForLoadState('networkidle');
    await expectNoSeriousViolations(page);
  }

  // A college page with a gap's dialog open (the gap list opens it directly).
  await page.goto(`/colleges/${college}`);
  await expect(page.getByTestId('roster-gaps')).toBeVisible();
  await page.getByTestId(`fix-class-${college}-1`).click();
  await expect(page.getByTestId('appoint-committee-modal').getByRole('dialog')).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expectNoSeriousViolations(page);
  await page.keyboard.press('Escape');

  // The accounts page with the "edit roles" dialog open over the create form (same grant editor),
  // showing the server's refusal to remove the administrator's own SCHOOL_ADMIN.
  await page.goto('/admin/users');
  await page.getByTestId('edit-grants-admin').click();
  const grantsDialog = page.getByTestId('edit-grants-modal').getByRole('dialog');
  await expect(grantsDialog).toBeVisible();
  await expect(grantsDialog).not.toHaveClass(/ant-zoom-(appear|enter)/);
  await page.getByTestId('edit-remove-grant-0').click();
  await page.getByTestId('edit-grants-modal-ok').click();
  await expect(page.getByTestId('edit-grants-modal-error')).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expectNoSeriousViolations(page);
  await page.keyboard.press('Escape');

  await page.getByTestId('language-switch').locator('label').filter({ hasText: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.goto(`/colleges/${college}`);
  await expect(page.getByTestId('roster-heading')).toContainText('Undergraduate');
  await expect(page.getByTestId('roster-gaps')).toContainText('Gaps');
  await expectNoSeriousViolations(page);
  for (const path of ['/', '/?view=compare']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expectNoSeriousViolations(page);
  }
  for (const path of ['/admin/users', '/admin/tokens', '/admin/audit']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expectNoSeriousViolations(page);
  }

  // The account menu, open, and a token shown once.
  await page.getByTestId('user-menu').click();
  await expect(page.getByTestId('user-menu-info')).toBeVisible();
  await expectNoSeriousViolations(page);
  await page.keyboard.press('Escape');
  await page.goto('/admin/tokens');
  await page.getByTestId('token-name').fill(`a11y-${tag}`);
  await page.getByTestId('token-scope-METRICS_READ').check();
  await page.getByTestId('create-token-submit').click();
  await expect(page.getByTestId('created-token')).toBeVisible();
  await expectNoSeriousViolations(page);
});
