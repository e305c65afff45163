import { expect, type Locator, type Page, test } from '@playwright/test';
import { ADMIN, loginThroughUi, STORAGE_STATE, submitLoginForm } from '../support/auth.js';
import { gql } from '../support/graphql.js';

const CREATE_USER = 'mutation($input: CreateUserInput!) { createUser(input: $input) { id username active } }';
const IMPORT = 'mutation($kind: RosterKind!, $csv: String!) { importRoster(kind: $kind, csv: $csv) { created errors { message } } }';

/** A fresh username per run (the e2e database is shared by every spec of the run). */
const uniqueName = (prefix: string) => `${prefix}-${Date.now().toString(36)}`;

// The administrator's session saved by the setup project. Only users created here are deactivated or get
// a new password, never the administrator, so the shared session survives this file.
test.use({ storageState: STORAGE_STATE.admin });

/** A dialog by its title, once open and done zooming in (a click during antd's animation can miss). */
async function dialogOf(page: Page, title: string): Promise<Locator> {
  const dialog = page.getByRole('dialog', { name: title });
  await expect(dialog).toBeVisible();
  await expect(dialog).not.toHaveClass(/ant-zoom-(appear|enter)/);
  return dialog;
}

/** Narrows the accounts list to this username (the list is paged on the server, sorted by username). */
async function findUser(page: Page, username: string) {
  await page.getByLabel('搜索账号').fill(username);
  await page.getByLabel('搜索账号').press('Enter');
  await expect(page.getByTestId('users-total')).toContainText(`“${username}”`);
}

/** Picks an option of an antd Select opened from `select` (its dropdown is portalled to <body>). */
async function choose(page: Page, select: Locator, option: string) {
  await select.click();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').locator(`.ant-select-item-option[title="${option}"]`).click();
}

test('deactivation ends the session at once; reactivation and a password reset let the user back in', async ({ page, browser, baseURL }) => {
  // Two browsers and several sign-ins: slow on a loaded machine.
  test.setTimeout(120_000);
  await page.goto('/admin/users');
  // A page's code loads on first visit: a loaded machine can take a while.
  await expect(page.getByRole('heading', { level: 1, name: '账号管理' })).toBeVisible({ timeout: 30_000 });

  // The administrator creates the account through the form, as center staff.
  const who = { username: uniqueName('acct'), password: 'first-password-1' };
  await page.getByLabel('用户名', { exact: true }).fill(who.username);
  await page.getByLabel('初始密码').fill(who.password);
  await page.getByRole('button', { name: '添加角色' }).click();
  await choose(page, page.getByRole('combobox', { name: '角色 1' }), '心理中心');
  await page.getByRole('button', { name: '创建账号', exact: true }).click();
  await findUser(page, who.username);
  const row = page.getByTestId(`user-row-${who.username}`);
  await expect(row).toBeVisible();
  await expect(row).toContainText('心理中心');
  await expect(page.getByTestId(`user-status-${who.username}`)).toHaveText('在用');

  // The user signs in, in a browser of their own.
  // An empty storage state: this browser starts signed out, whatever the file's test.use says.
  const userContext = await browser.newContext({ baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', storageState: { cookies: [], origins: [] } });
  const userPage = await userContext.newPage();
  await userPage.goto('/');
  await loginThroughUi(userPage, who);
  await expect(userPage.getByRole('heading', { level: 1, name: '网络概览' })).toBeVisible({ timeout: 30_000 });

  // Back in the administrator's tab: deactivation, confirmed in a dialog that says the sessions end at once.
  await page.bringToFront();
  await page.getByRole('button', { name: `停用：${who.username}`, exact: true }).click();
  const confirm = await dialogOf(page, `停用账号 ${who.username}？`);
  await expect(confirm).toContainText('所有会话立即结束');
  await confirm.getByRole('button', { name: '停用', exact: true }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByTestId(`user-status-${who.username}`)).toHaveText('已停用');
  await expect(row).toHaveAttribute('data-active', 'false');
  const activate = page.getByRole('button', { name: `启用：${who.username}`, exact: true });
  await expect(activate).toHaveText('启用');

  // The user's next navigation goes to the sign-in page, and the account cannot sign in.
  await userPage.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '学生', exact: true }).click();
  await expect(userPage).toHaveURL(/\/login\?next=%2Fstudents&expired=1$/);
  await expect(userPage.getByTestId('login-expired')).toBeVisible();
  await submitLoginForm(userPage, who);
  await expect(userPage.getByTestId('login-error')).toBeVisible();
  await expect(userPage).toHaveURL(/\/login/);

  // Reactivation.
  await activate.click();
  const reactivate = await dialogOf(page, `启用账号 ${who.username}？`);
  await reactivate.getByRole('button', { name: '启用', exact: true }).click();
  await expect(reactivate).toBeHidden();
  await expect(page.getByTestId(`user-status-${who.username}`)).toHaveText('在用');

  // A password reset: the form checks length and confirmation before asking the server.
  await page.getByRole('button', { name: `重置密码：${who.username}`, exact: true }).click();
  const reset = await dialogOf(page, `重置密码：${who.username}`);
  const newPasswordField = reset.getByLabel('新密码', { exact: true });
  const confirmField = reset.getByLabel('再次输入新密码');
  const resetButton = reset.getByRole('button', { name: '重置密码', exact: true });
  await newPasswordField.fill('short');
  await confirmField.fill('different');
  await resetButton.click();
  await expect(reset).toContainText('密码至少需要 10 个字符');
  await expect(reset).toContainText('两次输入的新密码不一致');
  const newPassword = 'second-password-2';
  await newPasswordField.fill(newPassword);
  await confirmField.fill(newPassword);
  await resetButton.click();
  await expect(reset).toBeHidden();
  await expect(page.getByText(`已重置 ${who.username} 的密码`)).toBeVisible();

  // The old password no longer works; the new one does.
  await submitLoginForm(userPage, who);
  await expect(userPage.getByTestId('login-error')).toBeVisible();
  await loginThroughUi(userPage, { username: who.username, password: newPassword });
  await expect(userPage).toHaveURL(/\/students$/);
  await expect(userPage.getByRole('heading', { level: 1, name: '学生' })).toBeVisible();
  await userContext.close();
});

test('edit roles starts from the current grants; the server refuses to lock the administrator out, in the dialog', async ({ page }) => {
  const username = uniqueName('roles');
  await gql(page.request, CREATE_USER, { input: { username, password: 'roles-password-1', grants: [{ role: 'CENTER_STAFF' }] } });
  await page.goto('/admin/users');
  await findUser(page, username);
  const row = page.getByTestId(`user-row-${username}`);
  await expect(row).toContainText('心理中心');

  // Pre-filled with the current grant; replaced by another.
  const editButton = page.getByRole('button', { name: `编辑角色：${username}`, exact: true });
  await editButton.click();
  const dialog = await dialogOf(page, `编辑角色：${username}`);
  await expect(page.getByTestId('edit-grant-row-0')).toContainText('心理中心');
  await expect(page.getByTestId('edit-grant-row-1')).toHaveCount(0);
  await choose(page, dialog.getByRole('combobox', { name: '角色 1' }), '校级管理员');
  await dialog.getByRole('button', { name: '保存', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText('校级管理员');
  await expect(row).not.toContainText('心理中心');
  // Focus goes back to the button that opened the dialog.
  await expect(editButton).toBeFocused();

  // The administrator's own row: removing SCHOOL_ADMIN is refused, the error shown in the dialog.
  await findUser(page, ADMIN.username);
  await expect(page.getByTestId(`user-row-${ADMIN.username}`)).toContainText('（当前账号）');
  await page.getByRole('button', { name: `编辑角色：${ADMIN.username}`, exact: true }).click();
  const own = await dialogOf(page, `编辑角色：${ADMIN.username}`);
  await expect(own).toContainText('不能取消自己的校级管理员角色');
  await expect(page.getByTestId('edit-grant-row-0')).toContainText('校级管理员');
  await own.getByRole('button', { name: '移除角色 1' }).click();
  await own.getByRole('button', { name: '保存', exact: true }).click();
  // The server's words, under the roles it refuses.
  await expect(own.getByTestId('edit-grants-error')).toHaveText('不能取消自己的学校管理员角色');
  await expect(own).toBeVisible();
  await own.getByRole('button', { name: '取消' }).click();
  await expect(own).toBeHidden();

  // Nor can they deactivate themselves.
  await page.getByRole('button', { name: `停用：${ADMIN.username}`, exact: true }).click();
  const selfDeactivate = await dialogOf(page, `停用账号 ${ADMIN.username}？`);
  await selfDeactivate.getByRole('button', { name: '停用', exact: true }).click();
  const activeError = page.getByTestId('set-active-modal-error');
  await expect(activeError).toHaveAttribute('data-code', 'BAD_USER_INPUT');
  await expect(activeError).toContainText('不能停用自己的账号');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId(`user-status-${ADMIN.username}`)).toHaveText('在用');
});

test('the accounts list searches usernames and names on the server, in any case, and pages', async ({ page }) => {
  // Each account's password is hashed on creation: slow on a loaded machine.
  test.setTimeout(120_000);
  // 12 accounts sharing a prefix, and one linked to a staff member whose name is searched.
  const stamp = Date.now().toString(36);
  const prefix = `pg-${stamp}`;
  for (let i = 1; i <= 12; i++) {
    await gql(page.request, CREATE_USER, { input: { username: `${prefix}-${String(i).padStart(2, '0')}`, password: 'paging-password-1', grants: [] } });
  }
  const staffNo = `T${stamp.toUpperCase()}`;
  const college = `P${stamp.toUpperCase()}`;
  await gql(page.request, IMPORT, { kind: 'COLLEGES', csv: `code,name\n${college},分页测试学院\n` });
  await gql(page.request, IMPORT, { kind: 'STAFF', csv: `staff_no,name,college_code\n${staffNo},欧阳${stamp}老师,${college}\n` });
  await gql(page.request, CREATE_USER, { input: { username: `linked-${stamp}`, password: 'paging-password-1', staffNo, grants: [] } });

  await page.goto('/admin/users');
  const rows = page.locator(`[data-testid^="user-row-${prefix}-"]`);
  // Upper case finds the lower-case usernames.
  await findUser(page, prefix.toUpperCase());
  await expect(page.getByTestId('users-total')).toHaveText(`找到 12 个账号（“${prefix.toUpperCase()}”）`);
  await expect(rows).toHaveCount(12);

  // 10 a page: two pages, the second with the last two, in username order.
  await page.locator('.ant-pagination-options .ant-select').click();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByTitle('10 条/页').click();
  await expect(rows).toHaveCount(10);
  await expect(rows.first()).toHaveAttribute('data-testid', `user-row-${prefix}-01`);
  await expect(page.getByText('第 1–10 个，共 12 个')).toBeVisible();
  await page.locator('.ant-pagination-item-2').click();
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toHaveAttribute('data-testid', `user-row-${prefix}-11`);
  await expect(page.getByText('第 11–12 个，共 12 个')).toBeVisible();

  // Part of a display name (the linked staff member's) finds the account; a new search starts at page 1.
  await findUser(page, `${stamp}老师`);
  await expect(page.getByTestId(`user-row-linked-${stamp}`)).toBeVisible();
  await expect(page.getByTestId(`user-row-linked-${stamp}`)).toContainText(`欧阳${stamp}老师`);
  await expect(page.getByTestId('users-total')).toContainText('找到 1 个账号');

  // Nothing matches: the list says so.
  await findUser(page, `nobody-${stamp}`);
  await expect(page.getByTestId('users-table')).toContainText('没有符合条件的账号');
});
