import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { gql } from '../support/graphql.js';

// SPEC.md §9: every page passes an axe-core scan without serious (or critical) violations.
async function expectNoSeriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const IMPORT = 'mutation($kind: RosterKind!, $csv: String!) { importRoster(kind: $kind, csv: $csv) { errors { row column message } } }';

test('dashboard pages pass axe in Chinese and English', async ({ page }) => {
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

  for (const path of ['/', `/colleges/${college}`, '/import', '/students', '/?level=GRADUATE']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expectNoSeriousViolations(page);
  }

  await page.getByTestId('language-switch').locator('label').filter({ hasText: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.goto(`/colleges/${college}`);
  await expect(page.getByTestId('roster-heading')).toContainText('Undergraduate');
  await expectNoSeriousViolations(page);
});
