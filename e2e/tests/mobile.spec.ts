import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations } from '../support/axe.js';
import { STORAGE_STATE } from '../support/auth.js';
import { expectFitsPhone, measureLayout, menuPages, ownPages, PHONE, settle, visit } from '../support/layout.js';
import { SAMPLE } from '../support/seed.js';

// Issue 9: every page of the dashboard on a 390 × 844 phone, for each role that uses it (their
// landing, every page of their menu, a college roster and its pages). Nothing is wider than the
// screen, the header is one row, axe finds nothing serious, and a screenshot of each page is attached to the report. The
// sample college (support/seed.ts) gives every role something to show.
test.use({ viewport: PHONE });
// Each role's walk is independent of the others: two workers share them.
test.describe.configure({ mode: 'parallel' });

const college = SAMPLE.college.code;

interface RolePages {
  role: string;
  storageState: string;
  /** Pages besides the menu's (every page the menu offers is visited too): a college roster and its pages, both levels, the side-by-side overview. */
  extra: string[];
}

const ROLES: RolePages[] = [
  {
    role: 'school administrator',
    storageState: STORAGE_STATE.admin,
    extra: [
      '/?view=compare',
      '/?level=GRADUATE',
      `/colleges/${college}`,
      `/colleges/${college}?level=GRADUATE`,
      `/colleges/${college}/training`,
      `/colleges/${college}/checklist`,
    ],
  },
  { role: 'Center staff member', storageState: STORAGE_STATE.centerStaff, extra: [`/colleges/${college}`] },
  // For the others "/" is their landing: their college or classes, or their post.
  { role: 'college leader', storageState: STORAGE_STATE.leader, extra: [`/colleges/${college}?level=GRADUATE`, `/colleges/${college}/training`] },
  { role: 'counselor', storageState: STORAGE_STATE.counselor, extra: [] },
  { role: 'committee member', storageState: STORAGE_STATE.committee, extra: [`/colleges/${college}`] },
  { role: 'dorm officer', storageState: STORAGE_STATE.officer, extra: [`/colleges/${college}?level=GRADUATE`] },
];

test('the pages before signing in fit a phone', async ({ page }, testInfo) => {
  await page.goto('/activate');
  await settle(page);
  await expectFitsPhone(page, testInfo, '/activate');
  await page.goto('/login');
  await settle(page);
  await expectFitsPhone(page, testInfo, '/login');
  // The full name needs the width of a desktop: a phone shows the short one, with the language switch beside it.
  await expect(page.locator('.login-header')).toContainText('CareNet');
  await expect(page.getByRole('radiogroup', { name: '界面语言' })).toBeVisible();
});

for (const { role, storageState, extra } of ROLES) {
  test.describe(`as a ${role}`, () => {
    test.use({ storageState });

    test('every page fits a phone and passes axe', async ({ page }, testInfo) => {
      // Their landing ("/" may take them elsewhere), then every page of their menu and the extras.
      await page.goto('/');
      await settle(page);
      await expectFitsPhone(page, testInfo, `/ → ${new URL(page.url()).pathname}`);
      await expectNoSeriousViolations(page);
      // The administrator visits every page of the menu; the others their own pages (ownPages).
      const menu = await menuPages(page);
      const pages = role === 'school administrator' ? [...new Set([...menu, ...extra])] : ownPages(menu, extra);
      test.setTimeout(60_000 + pages.length * 25_000);
      for (const path of pages) {
        await visit(page, path);
        await settle(page);
        await expectFitsPhone(page, testInfo, path);
        // SPEC.md §9 at phone size: the cards that replace tables, the compact header.
        await expectNoSeriousViolations(page);
      }
    });
  });
}

test.describe('the navigation drawer', () => {
  test.use({ storageState: STORAGE_STATE.admin });

  test('overlays the page, closes on Escape and on navigation, and gives the focus back', async ({ page }) => {
    await page.goto('/');
    await settle(page);
    // No side navigation on a phone: the header's menu button opens it.
    await expect(page.getByRole('navigation', { name: '主导航' })).toHaveCount(0);
    const toggle = page.getByRole('button', { name: '打开导航菜单' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const mainWidth = async () => (await page.locator('#main').boundingBox())?.width ?? 0;
    const before = await mainWidth();
    expect(before).toBeGreaterThan(PHONE.width - 40);

    await toggle.click();
    const drawer = page.getByRole('dialog', { name: /导航菜单/ });
    await expect(drawer).toBeVisible();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    // The focus moves to the current page's link, and the page keeps its width underneath (an overlay, not a squeeze).
    await expect(drawer.getByTestId('nav-overview')).toHaveAttribute('aria-current', 'page');
    await expect(drawer.getByTestId('nav-overview')).toBeFocused();
    expect(await mainWidth()).toBe(before);
    // Tab stays in the drawer.
    for (let i = 0; i < 12; i++) await page.keyboard.press('Tab');
    expect(await drawer.evaluate((d) => d.closest('.ant-drawer')?.contains(document.activeElement))).toBe(true);

    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
    await expect(toggle).toBeFocused();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');

    // A link closes the drawer and goes there.
    await toggle.click();
    await drawer.getByRole('link', { name: '学生', exact: true }).click();
    await expect(page).toHaveURL(/\/students$/);
    await expect(drawer).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: '学生' })).toBeVisible();
    // The link to the page one is on closes it too.
    await toggle.click();
    await drawer.getByRole('link', { name: '学生', exact: true }).click();
    await expect(drawer).toBeHidden();
  });

  test('the header controls stay usable: level, language and the account menu', async ({ page }) => {
    await page.goto(`/colleges/${college}`);
    await settle(page);
    await expect(page.getByTestId('breadcrumbs')).toHaveText(`全校›${SAMPLE.college.name}›本科生`);

    // The level: a select on phones.
    await page.getByRole('combobox', { name: '培养层次' }).click();
    await page.getByRole('option', { name: '研究生' }).click();
    await expect(page).toHaveURL(new RegExp(`/colleges/${college}\\?level=GRADUATE$`));
    await expect(page.getByTestId('roster-heading')).toContainText('研究生');
    await expect(page.getByTestId('breadcrumbs')).toHaveText(`全校›${SAMPLE.college.name}›研究生`);

    // The account menu: an icon button whose menu names the account.
    await page.getByRole('button', { name: 'admin（账号菜单）' }).click();
    await expect(page.getByTestId('user-menu-info')).toContainText('admin');
    await expect(page.getByTestId('user-roles')).toHaveText('校级管理员');
    await page.keyboard.press('Escape');

    // The language, in English too the header stays one row.
    await page.getByRole('radiogroup', { name: '界面语言' }).locator('label').filter({ hasText: 'EN' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('combobox', { name: 'Student level' })).toBeVisible();
    const m = await measureLayout(page);
    expect(m.headerHeight).toBeLessThanOrEqual(64);
    expect(m.headerClashes).toEqual([]);
    await page.getByRole('radiogroup', { name: 'Interface language' }).locator('label').filter({ hasText: '中文' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  });
});
