import { expect, type Locator, type Page, test } from '@playwright/test';
import { ADMIN, loginThroughUi, STORAGE_STATE, submitLoginForm } from '../support/auth.js';
import { gql } from '../support/graphql.js';

const CREATE_USER = 'mutation($input: CreateUserInput!) { createUser(input: $input) { id username active } }';

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

/** Picks an option of an antd Select opened from `select` (its dropdown is portalled to <body>). */
async function choose(page: Page, select: Locator, option: string) {
  await select.click();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').locator(`.ant-select-item-option[title="${option}"]`).click();
}

test('deactivation ends the session at once; reactivation and a password reset let the user back in', async ({ page, browser, baseURL }) => {
  await page.goto('/admin/users');
  await expect(page.getByRole('heading', { level: 1, name: '账号管理' })).toBeVisible();

  // The administrator creates the account through the form, as center staff.
  const who = { username: uniqueName('acct'), password: 'first-password-1' };
  await page.getByLabel('用户名', { exact: true }).fill(who.username);
  await page.getByLabel('初始密码').fill(who.password);
  await page.getByRole('button', { name: '添加角色' }).click();
  await choose(page, page.getByRole('combobox', { name: '角色 1' }), '心理中心');
  await page.getByRole('button', { name: '创建账号', exact: true }).click();
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
  await expect(userPage.getByRole('heading', { level: 1, name: '网络概览' })).toBeVisible();

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
  await expect(page.getByTestId(`user-row-${ADMIN.username}`)).toContainText('（当前账号）');
  await page.getByRole('button', { name: `编辑角色：${ADMIN.username}`, exact: true }).click();
  const own = await dialogOf(page, `编辑角色：${ADMIN.username}`);
  await expect(own).toContainText('不能取消自己的校级管理员角色');
  await expect(page.getByTestId('edit-grant-row-0')).toContainText('校级管理员');
  await own.getByRole('button', { name: '移除角色 1' }).click();
  await own.getByRole('button', { name: '保存', exact: true }).click();
  const error = page.getByTestId('edit-grants-modal-error');
  await expect(error).toHaveAttribute('data-code', 'BAD_USER_INPUT');
  await expect(error).toContainText('不能取消自己的学校管理员角色'); // the server's words
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
