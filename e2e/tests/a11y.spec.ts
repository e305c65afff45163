import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations } from '../support/axe.js';
import { STORAGE_STATE, submitLoginForm } from '../support/auth.js';
import { gql } from '../support/graphql.js';
import { DESKTOP, menuPages, ownPages, PHONE, settle, visit } from '../support/layout.js';
import { SAMPLE } from '../support/seed.js';

// Every page at the desktop size of issue 9 unless a test says otherwise (the phone tests below).
// The tests are independent (each makes its own data or reads the sample college's): two workers share them.
test.use({ viewport: DESKTOP });
test.describe.configure({ mode: 'parallel' });

const IMPORT = 'mutation($kind: RosterKind!, $csv: String!) { importRoster(kind: $kind, csv: $csv) { errors { row column message } } }';

test('the sign-in page passes axe, also with an error shown', async ({ page }) => {
  await page.goto('/login?next=%2Fstudents&expired=1');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTestId('login-expired')).toBeVisible();
  await expectNoSeriousViolations(page);
  await submitLoginForm(page, { username: 'nobody-a11y', password: 'wrong-password' });
  await expect(page.getByTestId('login-error')).toBeVisible();
  await expectNoSeriousViolations(page);
});

test.describe('signed in as the school administrator', () => {
  test.use({ storageState: STORAGE_STATE.admin });

  // Every page of the menu, and the overview's other views.
  test('the menu pages pass axe', async ({ page }) => {
    await page.goto('/');
    await settle(page);
    const pages = [...new Set([...(await menuPages(page)), '/?view=compare', '/?level=GRADUATE'])];
    test.setTimeout(60_000 + pages.length * 20_000);
    for (const path of pages) {
      await visit(page, path);
      await settle(page);
      await expectNoSeriousViolations(page);
    }
  });

  test("a college's pages, its gap dialog, and the overview as tables pass axe", async ({ page }) => {
    test.setTimeout(240_000);
    const college = `A${Date.now().toString(36).toUpperCase()}`;
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
    for (const path of [`/colleges/${college}?level=GRADUATE`, `/colleges/${college}/training`, `/colleges/${college}/checklist`]) {
      await visit(page, path);
      await settle(page);
      await expectNoSeriousViolations(page);
    }

    // A college page with a gap's dialog open (the gap list opens it directly).
    await page.goto(`/colleges/${college}`);
    await expect(page.getByTestId('roster-gaps')).toBeVisible();
    await expectNoSeriousViolations(page);
    await page.getByTestId('roster-gaps').getByRole('button', { name: '任命心理委员 · 无障碍一班' }).click();
    await expect(page.getByRole('dialog', { name: '任命班级心理委员 · 无障碍一班' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expectNoSeriousViolations(page);
    await page.keyboard.press('Escape');

    // The overview with every chart switched to its table view, in both modes.
    for (const path of ['/', '/?view=compare']) {
      await visit(page, path);
      await settle(page);
      await expect(page.getByTestId('college-table').first()).toBeVisible();
      const tableViews = page.locator('[data-view] .ant-radio-button-wrapper').filter({ hasText: /^表格$/ });
      for (let i = 0; i < (await tableViews.count()); i++) await tableViews.nth(i).click();
      await expect(page.locator('[data-view="chart"]')).toHaveCount(0);
      await page.waitForLoadState('networkidle');
      await expectNoSeriousViolations(page);
    }
  });

  test('the accounts dialogs, the English pages, the account menu and a new token pass axe', async ({ page }) => {
    test.setTimeout(240_000);
    const tag = `A${Date.now().toString(36).toUpperCase()}`;
    // The accounts page with the "edit roles" dialog open over the create form (same grant editor),
    // showing the server's refusal to remove the administrator's own SCHOOL_ADMIN.
    await page.goto('/admin/users');
    await page.getByRole('button', { name: '编辑角色：admin', exact: true }).click();
    const grantsDialog = page.getByRole('dialog', { name: '编辑角色：admin' });
    await expect(grantsDialog).toBeVisible();
    await expect(grantsDialog).not.toHaveClass(/ant-zoom-(appear|enter)/);
    await grantsDialog.getByRole('button', { name: '移除角色 1' }).click();
    await grantsDialog.getByRole('button', { name: '保存', exact: true }).click();
    // The refusal names the field: it shows under the roles.
    await expect(grantsDialog.getByTestId('edit-grants-error')).toContainText('不能取消自己');
    await page.waitForLoadState('networkidle');
    await expectNoSeriousViolations(page);
    await page.keyboard.press('Escape');

    await page.getByRole('radiogroup', { name: '界面语言' }).locator('label').filter({ hasText: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.goto(`/colleges/${SAMPLE.college.code}`);
    await expect(page.getByTestId('roster-heading')).toContainText('Undergraduate');
    await expect(page.getByTestId('roster-gaps')).toContainText('Gaps');
    await expectNoSeriousViolations(page);
    for (const path of ['/', '/?view=compare', '/training', '/screening', '/submissions', '/admin/users', '/admin/tokens', '/admin/audit']) {
      await visit(page, path);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      await page.waitForLoadState('networkidle');
      await expectNoSeriousViolations(page);
    }

    // The account menu, open, and a token shown once.
    await page.getByRole('button', { name: '(account menu)' }).click();
    await expect(page.getByTestId('user-menu-info')).toBeVisible();
    await expectNoSeriousViolations(page);
    await page.keyboard.press('Escape');
    await page.goto('/admin/tokens');
    await page.getByLabel('Name', { exact: true }).fill(`a11y-${tag}`);
    await page.getByRole('checkbox', { name: 'METRICS_READ' }).check();
    await page.getByRole('button', { name: 'Create token', exact: true }).click();
    await expect(page.getByTestId('created-token')).toBeVisible();
    await expectNoSeriousViolations(page);
  });
});

// On a phone (390 × 844): the pages before signing in, and the header's controls open over the
// page (the drawer, the account menu, the level select). Every page at this size is scanned by
// mobile.spec.ts.
test.describe('on a phone', () => {
  test.use({ viewport: PHONE });

  test('the sign-in and activation pages pass axe', async ({ page }) => {
    for (const path of ['/login', '/activate']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoSeriousViolations(page);
    }
  });

  test.describe('signed in as the school administrator', () => {
    test.use({ storageState: STORAGE_STATE.admin });

    const college = SAMPLE.college.code;

    test('the navigation drawer, the account menu and the level select pass axe when open', async ({ page }) => {
      test.setTimeout(180_000);
      await page.goto(`/colleges/${college}`);
      await settle(page);
      await page.getByTestId('nav-toggle').click();
      await expect(page.getByRole('dialog', { name: /导航菜单/ })).toBeVisible();
      await expectNoSeriousViolations(page);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog', { name: /导航菜单/ })).toBeHidden();

      await page.getByTestId('user-menu').click();
      await expect(page.getByTestId('user-menu-info')).toBeVisible();
      await expectNoSeriousViolations(page);
      await page.keyboard.press('Escape');

      await page.getByRole('combobox', { name: '培养层次' }).click();
      await expect(page.getByRole('option', { name: '研究生' })).toBeVisible();
      await expectNoSeriousViolations(page);
      await page.keyboard.press('Escape');
    });
  });
});

// The other roles' pages (the sample college's people, support/seed.ts) on a desktop: their
// landing, the pages of their menu that only they have (ownPages), and a college page or two. Every role's pages at phone size
// are scanned by mobile.spec.ts as it measures them.
const ROLE_PAGES: [string, string, string[]][] = [
  ['Center staff member', STORAGE_STATE.centerStaff, [`/colleges/${SAMPLE.college.code}`]],
  ['college leader', STORAGE_STATE.leader, [`/colleges/${SAMPLE.college.code}/training`]],
  ['counselor', STORAGE_STATE.counselor, []],
  ['committee member', STORAGE_STATE.committee, [`/colleges/${SAMPLE.college.code}`]],
  ['dorm officer', STORAGE_STATE.officer, [`/colleges/${SAMPLE.college.code}?level=GRADUATE`]],
];
for (const [role, storageState, extra] of ROLE_PAGES) {
  test.describe(`signed in as a ${role}`, () => {
    test.use({ storageState });
    test('their pages pass axe', async ({ page }) => {
      await page.goto('/');
      await settle(page);
      await expectNoSeriousViolations(page);
      const pages = ownPages(await menuPages(page), extra);
      test.setTimeout(60_000 + pages.length * 25_000);
      for (const path of pages) {
        await visit(page, path);
        await settle(page);
        await expectNoSeriousViolations(page);
      }
    });
  });
}
