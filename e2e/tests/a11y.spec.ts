import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { STORAGE_STATE, submitLoginForm } from '../support/auth.js';
import { gql } from '../support/graphql.js';
import { DESKTOP, menuPages, PHONE, settle } from '../support/layout.js';
import { SAMPLE } from '../support/seed.js';

// SPEC.md §9: every page passes an axe-core scan without serious (or critical) violations.
async function expectNoSeriousViolations(page: Page) {
  // Wait for antd's open/close animations: mid-fade, text is blended with the background and axe
  // measures a contrast nobody sees once the dialog has settled.
  await page.waitForFunction(
    () =>
      [
        ...document.querySelectorAll<HTMLElement>('.ant-modal, .ant-modal-mask, .ant-select-dropdown, .ant-dropdown, .ant-drawer-content-wrapper, .ant-drawer-mask'),
      ].every((el) => {
        const style = getComputedStyle(el);
        return style.display === 'none' || (style.opacity === '1' && (style.transform === 'none' || style.transform === 'matrix(1, 0, 0, 1, 0, 0)'));
      }),
    undefined,
    { timeout: 5000 },
  );
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  // Soft: a scan of many pages names every page at fault in one run.
  expect.soft(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `axe on ${page.url()}`).toEqual([]);
}

// Every page at the desktop size of issue 9 unless a test says otherwise (the phone tests below).
test.use({ viewport: DESKTOP });

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

  test('dashboard pages pass axe in Chinese and English', async ({ page }) => {
    test.setTimeout(900_000); // some forty full-page scans, on a machine that may be busy
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

    await page.goto('/');
    await settle(page);
    // Every page of the menu, and the college pages of this test's college, both levels.
    const pages = [
      ...new Set([
        ...(await menuPages(page)),
        '/?view=compare',
        '/?level=GRADUATE',
        `/colleges/${college}`,
        `/colleges/${college}?level=GRADUATE`,
        `/colleges/${college}/training`,
        `/colleges/${college}/checklist`,
      ]),
    ];
    for (const path of pages) {
      await page.goto(path);
      await settle(page);
      await expectNoSeriousViolations(page);
    }

    // The overview with every chart switched to its table view, in both modes.
    for (const path of ['/', '/?view=compare']) {
      await page.goto(path);
      await settle(page);
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
    await page.getByTestId('roster-gaps').getByRole('button', { name: '任命心理委员 · 无障碍一班' }).click();
    await expect(page.getByRole('dialog', { name: '任命班级心理委员 · 无障碍一班' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expectNoSeriousViolations(page);
    await page.keyboard.press('Escape');

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

// The same pages on a phone (390 × 844): the header's compact controls, the cards that replace
// tables, and the navigation drawer open over the page.
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

    test('dashboard pages pass axe', async ({ page }) => {
      test.setTimeout(900_000);
      await page.goto('/');
      await settle(page);
      // Every page of the menu, and a college's pages.
      const pages = [
        ...new Set([
          ...(await menuPages(page)),
          '/?view=compare',
          `/colleges/${college}`,
          `/colleges/${college}?level=GRADUATE`,
          `/colleges/${college}/training`,
          `/colleges/${college}/checklist`,
        ]),
      ];
      for (const path of pages) {
        await page.goto(path);
        await settle(page);
        await expectNoSeriousViolations(page);
      }
    });

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

// The other roles' pages (the sample college's people, support/seed.ts) at both sizes: their
// landing, every page of their menu, and a college page or two.
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
    for (const [size, viewport] of [
      ['desktop', DESKTOP],
      ['phone', PHONE],
    ] as const) {
      test(`their pages pass axe (${size})`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await page.goto('/');
        await settle(page);
        await expectNoSeriousViolations(page);
        const pages = [...new Set([...(await menuPages(page)), ...extra])];
        test.setTimeout(60_000 + pages.length * 25_000);
        for (const path of pages) {
          await page.goto(path);
          await settle(page);
          await expectNoSeriousViolations(page);
        }
        if (size === 'phone') {
          await page.getByTestId('nav-toggle').click();
          await expect(page.getByRole('dialog', { name: /导航菜单/ })).toBeVisible();
          await expectNoSeriousViolations(page);
        }
      });
    }
  });
}
