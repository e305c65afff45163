import { expect, type Locator, type Page, test } from '@playwright/test';
import { ADMIN, loginAs, loginThroughUi } from '../support/auth.js';
import { gql } from '../support/graphql.js';

const CREATE_USER = 'mutation($input: CreateUserInput!) { createUser(input: $input) { id username active } }';

/** A fresh username per run (the e2e database is shared by every spec of the run). */
const uniqueName = (prefix: string) => `${prefix}-${Date.now().toString(36)}`;

/** A dialog by its test id, once open and done zooming in (a click during antd's animation can miss). */
async function dialogOf(page: Page, testId: string): Promise<Locator> {
  const dialog = page.getByTestId(testId).getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).not.toHaveClass(/ant-zoom-(appear|enter)/);
  return dialog;
}

/** Picks an option of an antd Select opened from `select` (its dropdown is portalled to <body>). */
async function choose(page: Page, select: Locator, option: string) {
  await select.click();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').locator(`.ant-select-item-option[title="${option}"]`).click();
}

test('deactivation ends the session at once; reactivation and a password reset let the user back in', async ({ page, browser, baseURL }) => {
  await loginAs(page);
  await page.goto('/admin/users');
  await expect(page.getByRole('heading', { level: 1, name: '账号管理' })).toBeVisible();

  // The administrator creates the account through the form, as center staff.
  const who = { username: uniqueName('acct'), password: 'first-password-1' };
  await page.getByTestId('new-username').fill(who.username);
  await page.getByTestId('new-user-password').fill(who.password);
  await page.getByTestId('add-grant').click();
  await choose(page, page.getByTestId('grant-row-0').getByRole('combobox'), '心理中心');
  await page.getByTestId('create-user-submit').click();
  const row = page.getByTestId(`user-row-${who.username}`);
  await expect(row).toBeVisible();
  await expect(row).toContainText('心理中心');
  await expect(page.getByTestId(`user-status-${who.username}`)).toHaveText('在用');

  // The user signs in, in a browser of their own.
  const userContext = await browser.newContext({ baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const userPage = await userContext.newPage();
  await userPage.goto('/');
  await loginThroughUi(userPage, who);
  await expect(userPage.getByRole('heading', { level: 1, name: '网络概览' })).toBeVisible();

  // Back in the administrator's tab: deactivation, confirmed in a dialog that says the sessions end at once.
  await page.bringToFront();
  await page.getByTestId(`toggle-active-${who.username}`).click();
  const confirm = await dialogOf(page, 'set-active-modal');
  await expect(confirm).toContainText(`停用账号 ${who.username}？`);
  await expect(confirm).toContainText('所有会话立即结束');
  await page.getByTestId('set-active-modal-ok').click();
  await expect(confirm).toBeHidden();
  await expect(page.getByTestId(`user-status-${who.username}`)).toHaveText('已停用');
  await expect(row).toHaveAttribute('data-active', 'false');
  await expect(page.getByTestId(`toggle-active-${who.username}`)).toHaveText('启用');

  // The user's next navigation goes to the sign-in page, and the account cannot sign in.
  await userPage.getByTestId('nav-students').click();
  await expect(userPage).toHaveURL(/\/login\?next=%2Fstudents&expired=1$/);
  await expect(userPage.getByTestId('login-expired')).toBeVisible();
  await userPage.getByTestId('login-username').fill(who.username);
  await userPage.getByTestId('login-password').fill(who.password);
  await userPage.getByTestId('login-submit').click();
  await expect(userPage.getByTestId('login-error')).toBeVisible();
  await expect(userPage).toHaveURL(/\/login/);

  // Reactivation.
  await page.getByTestId(`toggle-active-${who.username}`).click();
  await dialogOf(page, 'set-active-modal');
  await expect(confirm).toContainText(`启用账号 ${who.username}？`);
  await page.getByTestId('set-active-modal-ok').click();
  await expect(confirm).toBeHidden();
  await expect(page.getByTestId(`user-status-${who.username}`)).toHaveText('在用');

  // A password reset: the form checks length and confirmation before asking the server.
  await page.getByTestId(`reset-password-${who.username}`).click();
  const reset = await dialogOf(page, 'reset-password-modal');
  await expect(reset).toContainText(`重置密码：${who.username}`);
  await page.getByTestId('reset-new-password').fill('short');
  await page.getByTestId('reset-confirm-password').fill('different');
  await page.getByTestId('reset-password-modal-ok').click();
  await expect(reset).toContainText('密码至少需要 10 个字符');
  await expect(reset).toContainText('两次输入的新密码不一致');
  const newPassword = 'second-password-2';
  await page.getByTestId('reset-new-password').fill(newPassword);
  await page.getByTestId('reset-confirm-password').fill(newPassword);
  await page.getByTestId('reset-password-modal-ok').click();
  await expect(reset).toBeHidden();
  await expect(page.getByText(`已重置 ${who.username} 的密码`)).toBeVisible();

  // The old password no longer works; the new one does.
  await userPage.getByTestId('login-username').fill(who.username);
  await userPage.getByTestId('login-password').fill(who.password);
  await userPage.getByTestId('login-submit').click();
  await expect(userPage.getByTestId('login-error')).toBeVisible();
  await loginThroughUi(userPage, { username: who.username, password: newPassword });
  await expect(userPage).toHaveURL(/\/students$/);
  await expect(userPage.getByRole('heading', { level: 1, name: '学生' })).toBeVisible();
  await userContext.close();
});

test('edit roles starts from the current grants; the server refuses to lock the administrator out, in the dialog', async ({ page }) => {
  await loginAs(page);
  const username = uniqueName('roles');
  await gql(page.request, CREATE_USER, { input: { username, password: 'roles-password-1', grants: [{ role: 'CENTER_STAFF' }] } });
  await page.goto('/admin/users');
  const row = page.getByTestId(`user-row-${username}`);
  await expect(row).toContainText('心理中心');

  // Pre-filled with the current grant; replaced by another.
  await page.getByTestId(`edit-grants-${username}`).click();
  const dialog = await dialogOf(page, 'edit-grants-modal');
  await expect(dialog).toContainText(`编辑角色：${username}`);
  await expect(page.getByTestId('edit-grant-row-0')).toContainText('心理中心');
  await expect(page.getByTestId('edit-grant-row-1')).toHaveCount(0);
  await choose(page, page.getByTestId('edit-grant-row-0').getByRole('combobox'), '校级管理员');
  await page.getByTestId('edit-grants-modal-ok').click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText('校级管理员');
  await expect(row).not.toContainText('心理中心');
  // Focus goes back to the button that opened the dialog.
  await expect(page.getByTestId(`edit-grants-${username}`)).toBeFocused();

  // The administrator's own row: removing SCHOOL_ADMIN is refused, the error shown in the dialog.
  await expect(page.getByTestId(`user-row-${ADMIN.username}`)).toContainText('（当前账号）');
  await page.getByTestId(`edit-grants-${ADMIN.username}`).click();
  await dialogOf(page, 'edit-grants-modal');
  await expect(dialog).toContainText('不能取消自己的校级管理员角色');
  await expect(page.getByTestId('edit-grant-row-0')).toContainText('校级管理员');
  await page.getByTestId('edit-remove-grant-0').click();
  await page.getByTestId('edit-grants-modal-ok').click();
  const error = page.getByTestId('edit-grants-modal-error');
  await expect(error).toHaveAttribute('data-code', 'BAD_USER_INPUT');
  await expect(error).toContainText('不能取消自己的学校管理员角色'); // the server's words
  await expect(dialog).toBeVisible();
  await page.getByTestId('edit-grants-modal').getByRole('button', { name: '取消' }).click();
  await expect(dialog).toBeHidden();

  // Nor can they deactivate themselves.
  await page.getByTestId(`toggle-active-${ADMIN.username}`).click();
  await expect(await dialogOf(page, 'set-active-modal')).toContainText(`停用账号 ${ADMIN.username}？`);
  await page.getByTestId('set-active-modal-ok').click();
  const activeError = page.getByTestId('set-active-modal-error');
  await expect(activeError).toHaveAttribute('data-code', 'BAD_USER_INPUT');
  await expect(activeError).toContainText('不能停用自己的账号');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId(`user-status-${ADMIN.username}`)).toHaveText('在用');
});
