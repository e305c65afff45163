import { expect, type Locator, type Page, test } from '@playwright/test';
import { expectNoSeriousViolations } from '../support/axe.js';
import { ADMIN, loginAs } from '../support/auth.js';
import { downloadCsv } from '../support/csv.js';
import { gql } from '../support/graphql.js';

const IMPORT = 'mutation($kind: RosterKind!, $csv: String!) { importRoster(kind: $kind, csv: $csv) { created errors { row column message } } }';

// The server's database is shared by every test of a run: each test uses its own codes.
function uniqueIds() {
  const stamp = Date.now();
  const tag = `${stamp.toString(36).toUpperCase()}${Math.floor(Math.random() * 36 ** 2).toString(36).toUpperCase()}`;
  const base = String(stamp % 1e8).padStart(8, '0');
  return { tag, studentNo: (i: number) => `${base}${String(i).padStart(2, '0')}` };
}

// The school administrator writes every college's roster and makes accounts. A session of this
// file's own (through the API), so nothing here depends on the sessions other files share.
test.beforeEach(async ({ page }) => {
  await loginAs(page, ADMIN);
});

async function importAll(page: Page, files: [string, string[]][]) {
  for (const [kind, lines] of files) {
    const data = await gql<{ importRoster: { errors: unknown[] } }>(page.request, IMPORT, { kind, csv: `${lines.join('\n')}\n` });
    expect(data.importRoster.errors, kind).toEqual([]);
  }
}

/** A dialog by its title, once open and done zooming in (a click during antd's animation can miss). */
async function dialogOf(page: Page, title: string): Promise<Locator> {
  const dialog = page.getByRole('dialog', { name: title });
  await expect(dialog).toBeVisible();
  await expect(dialog).not.toHaveClass(/ant-zoom-(appear|enter)/);
  return dialog;
}

test('appoints every suggested dorm officer from the roster in one confirmation', async ({ page }) => {
  test.slow();
  const { tag, studentNo } = uniqueIds();
  const college = `B${tag}`;
  const cls = `${college}-1`;
  const dorms = [1, 2, 3].map((i) => `${college}-D${i}`);
  const s = [1, 2, 3, 4, 5].map(studentNo);
  await importAll(page, [
    ['COLLEGES', ['code,name', `${college},批量任命学院`]],
    ['CLASSES', ['code,name,college_code,level,grade', `${cls},批量一班,${college},UNDERGRADUATE,2024`]],
    ['DORMITORIES', ['code,building,room,college_code,level', ...dorms.map((d, i) => `${d},批量楼,${101 + i},${college},UNDERGRADUATE`)]],
    [
      'STUDENTS',
      [
        'student_no,name,gender,class_code,dorm_code,status,is_dorm_head',
        `${s[0]},宿舍长甲,F,${cls},${dorms[0]},ENROLLED,true`,
        `${s[1]},舍友乙,F,${cls},${dorms[0]},ENROLLED,false`,
        `${s[2]},宿舍长丙,M,${cls},${dorms[1]},ENROLLED,true`,
        `${s[3]},宿舍长丁,M,${cls},${dorms[2]},ENROLLED,true`,
        `${s[4]},舍友戊,M,${cls},${dorms[2]},ENROLLED,false`,
      ],
    ],
  ]);

  await page.goto(`/colleges/${college}`);
  const card = page.getByTestId('dorms');
  // The first page after the server starts loads its chunks cold: allow it longer.
  await expect(card).toBeVisible({ timeout: 30_000 });
  for (const d of dorms) await expect(page.getByTestId(`dorm-status-${d}`)).toHaveText('缺信息员');

  await card.getByRole('button', { name: /任命全部建议人选/ }).click();
  const dialog = await dialogOf(page, '任命全部建议人选');
  // The preview: each dorm with its dorm head, nothing appointed yet.
  const heads: [string, string, string][] = [
    [dorms[0]!, '宿舍长甲', s[0]!],
    [dorms[1]!, '宿舍长丙', s[2]!],
    [dorms[2]!, '宿舍长丁', s[3]!],
  ];
  for (const [d, name, no] of heads) {
    const row = dialog.getByTestId(`suggestion-row-${d}`);
    await expect(row).toContainText(`${name}（${no}）`);
    await expect(row).toContainText('可以任命');
  }
  await expect(page.getByTestId(`dorm-status-${dorms[0]}`)).toHaveText('缺信息员');
  await expectNoSeriousViolations(page);

  await dialog.getByRole('button', { name: '确认任命 3 人' }).click();
  // Three appointments in one transaction, then the roster again: allow a busy machine its time.
  await expect(dialog.getByTestId('appoint-suggestions-result')).toContainText('已任命 3 名宿舍心理信息员', { timeout: 30_000 });
  await dialog.getByRole('button', { name: '完成' }).click();
  await expect(dialog).toBeHidden();

  for (const [d, name, no] of heads) {
    await expect(page.getByTestId(`dorm-officer-${no}`)).toContainText(name);
    await expect(page.getByTestId(`dorm-status-${d}`)).toHaveText('已覆盖');
  }
  // Nothing is left to suggest: the button is gone.
  await expect(card.getByRole('button', { name: /任命全部建议人选/ })).toHaveCount(0);
});

test('creates accounts with one-time codes for post holders; one is activated in a fresh browser', async ({ page, browser, baseURL }) => {
  // Two browsers, downloads and two password hashes: more than the default minute on a busy machine.
  test.slow();
  const { tag, studentNo } = uniqueIds();
  const college = `A${tag}`;
  const cls = `${college}-1`;
  const dorm = `${college}-D1`;
  const [member, officer] = [studentNo(1), studentNo(2)];
  await importAll(page, [
    ['COLLEGES', ['code,name', `${college},激活码学院`]],
    ['CLASSES', ['code,name,college_code,level,grade', `${cls},激活一班,${college},UNDERGRADUATE,2024`]],
    ['DORMITORIES', ['code,building,room,college_code,level', `${dorm},激活楼,101,${college},UNDERGRADUATE`]],
    [
      'STUDENTS',
      [
        'student_no,name,gender,class_code,dorm_code,status,is_dorm_head',
        `${member},委员甲,F,${cls},${dorm},ENROLLED,false`,
        `${officer},信息员乙,F,${cls},${dorm},ENROLLED,true`,
      ],
    ],
    ['COMMITTEE_MEMBERS', ['class_code,student_no,appointed_on,attests_service,attests_wellbeing', `${cls},${member},2024-10-01,true,true`]],
    ['DORM_OFFICERS', ['dorm_code,student_no,appointed_on', `${dorm},${officer},2024-10-01`]],
  ]);

  await page.goto('/admin/users');
  await page.getByRole('button', { name: '为心理委员和信息员创建账号' }).click({ timeout: 30_000 });
  const dialog = await dialogOf(page, '为心理委员和宿舍信息员创建账号');
  await dialog.getByRole('combobox', { name: '学院' }).fill(college);
  await page.locator(`.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title*="${college}"]`).click();
  await dialog.getByRole('button', { name: '创建账号并生成激活码' }).click();

  await expect(dialog.getByTestId('activation-codes-once')).toContainText('激活码只显示这一次');
  await expect(dialog.getByTestId('activation-codes-summary')).toContainText('新建账号 2 个');
  const memberRow = dialog.getByTestId(`activation-code-row-${member}`);
  await expect(memberRow).toContainText(`委员甲（${member}）`);
  await expect(memberRow).toContainText(cls);
  await expect(dialog.getByTestId(`activation-code-row-${officer}`)).toContainText(dorm);
  const code = (await memberRow.locator('code').innerText()).trim();
  await expectNoSeriousViolations(page);
  expect(code).toMatch(/^[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){3}$/);

  // The sheet to hand out: college, class/dorm, name, student number, username, code, expires.
  const csv = await downloadCsv(page, dialog.getByRole('button', { name: '下载 CSV' }));
  expect(csv.rows[0]).toEqual(['学院', '班级/宿舍', '姓名', '学号', '用户名', '激活码', '有效期至']);
  const sheetRow = csv.rows.find((r) => r[3] === member);
  expect(sheetRow?.slice(0, 6)).toEqual([`激活码学院（${college}）`, cls, '委员甲', member, member, code]);
  const [xlsx] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: '下载 XLSX' }).click()]);
  expect(xlsx.suggestedFilename()).toBe(`激活码-${college}.xlsx`);
  await dialog.getByRole('button', { name: '完成' }).click();
  await expect(dialog).toBeHidden();

  // The committee member, in a browser of their own: the sign-in page's link, the code, a password.
  const own = await browser.newContext({ baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', storageState: { cookies: [], origins: [] } });
  const p = await own.newPage();
  await p.goto('/login');
  await p.getByRole('link', { name: '使用激活码' }).click();
  await expect(p).toHaveURL(/\/activate$/);
  await expect(p.getByRole('heading', { level: 1, name: '激活账号' })).toBeVisible();
  const password = `member-pw-${tag}`;
  await p.getByLabel('用户名').fill(member);
  await p.getByLabel('激活码').fill('WRONG-CODE');
  await p.getByLabel('新密码', { exact: true }).fill(password);
  await p.getByLabel('再次输入新密码').fill(password);
  await p.getByRole('button', { name: '激活并登录' }).click();
  await expect(p.getByTestId('activate-error')).toContainText('激活码错误、已过期或已被使用');
  await expectNoSeriousViolations(p);
  await expect(p).toHaveURL(/\/activate$/);

  // Typed in lower case, as people do: then they are signed in, at their class's roster.
  await p.getByLabel('激活码').fill(code.toLowerCase());
  await p.getByRole('button', { name: '激活并登录' }).click();
  // Setting the password hashes it (argon2): on a busy 2-core machine that can take a while.
  await expect(p).not.toHaveURL(/\/(activate|login)(\?|$)/, { timeout: 30_000 });
  // Signed in as themselves, a committee member (the account menu shows the linked student's name).
  await expect(p.getByRole('button', { name: /委员甲.*心理委员.*账号菜单/ })).toBeVisible();

  // The code was single use; the password they chose signs in from now on.
  const again = await p.request.post('/graphql', {
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    data: { query: 'mutation($u: String!, $c: String!, $p: String!) { activateAccount(username: $u, code: $c, newPassword: $p) { token } }', variables: { u: member, c: code, p: 'another-password-1' } },
  });
  expect(((await again.json()) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  await own.close();
});
