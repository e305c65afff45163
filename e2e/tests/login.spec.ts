import { expect, test } from '@playwright/test';
import { ADMIN, apiLogin, loginThroughUi, submitLoginForm } from '../support/auth.js';
import { gql, gqlErrors } from '../support/graphql.js';
import { openOption } from '../support/layout.js';

test('anonymous requests are refused with UNAUTHENTICATED', async ({ request }) => {
  const { status, errors } = await gqlErrors(request, '{ networkCoverage(level: UNDERGRADUATE) { total { classes } } }');
  expect(status).toBe(401);
  expect(errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  const me = await gql<{ me: null }>(request, '{ me { username } }');
  expect(me.me).toBeNull();
});

test('the sign-in page keeps the target, shows the server message, and goes on after signing in', async ({ page }) => {
  await page.goto('/students?q=x');
  await expect(page).toHaveURL(/\/login\?next=%2Fstudents%3Fq%3Dx$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1, name: '登录' })).toBeVisible();

  await submitLoginForm(page, { username: ADMIN.username, password: 'not-the-password' });
  // The server writes its messages in the UI's language (Accept-Language).
  const error = page.getByTestId('login-error');
  await expect(error).toContainText('登录失败');
  await expect(error).toContainText('用户名或密码错误');
  // A refused password is no failure that passes: no retry, the password is typed again.
  await expect(error.getByRole('button')).toHaveCount(0);
  await expect(page.getByLabel('密码')).toHaveValue('');
  await expect(page).toHaveURL(/\/login/);
  await page.getByRole('radiogroup', { name: '界面语言' }).locator('label').filter({ hasText: 'English' }).click();
  await page.getByLabel('Password').fill('still-not-the-password');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(error).toContainText('Sign-in failed');
  await expect(error).toContainText('wrong username or password');
  await page.getByRole('radiogroup', { name: 'Interface language' }).locator('label').filter({ hasText: '中文' }).click();

  await loginThroughUi(page, ADMIN);
  await expect(page).toHaveURL(/\/students\?q=x$/);
  await expect(page.getByRole('heading', { level: 1, name: '学生' })).toBeVisible();
  await page.getByRole('button', { name: '账号菜单' }).click();
  await expect(page.getByTestId('user-roles')).toHaveText('校级管理员');
  await expect(page.getByTestId('user-scope')).toHaveText('全校');
});

test('a network failure or a server fault reads in the UI language, with what to do and a retry', async ({ page }) => {
  await page.goto('/login');
  // The sign-in request fails on its way (the server never sees it), then the server answers 500.
  let fault: 'network' | 'server' | null = 'network';
  await page.route('**/graphql', async (route) => {
    if (fault && /mutation Login\b/.test(route.request().postData() ?? '')) {
      if (fault === 'network') return route.abort('internetdisconnected');
      return route.fulfill({ status: 500, contentType: 'text/html', body: '<html><body>500 Internal Server Error</body></html>' });
    }
    return route.continue();
  });
  await submitLoginForm(page, ADMIN);
  const error = page.getByTestId('login-error');
  await expect(error).toContainText('无法连接服务器');
  await expect(error).toContainText('请检查网络连接后重试。');
  // Neither codes nor the browser's own words ("Failed to fetch").
  await expect(error).not.toContainText(/NETWORK|fetch|ERR_/i);

  // "Retry" sends the same form again (the password was kept): now the server fails.
  fault = 'server';
  await error.getByRole('button', { name: '重试' }).click();
  await expect(error).toContainText('服务器暂时出错');
  await expect(error).toContainText('这不是您的操作造成的');
  await expect(error).not.toContainText(/500|Internal|SERVER/);
  // In English the same failure reads in English.
  await page.getByRole('radiogroup', { name: '界面语言' }).locator('label').filter({ hasText: 'English' }).click();
  await expect(error).toContainText('The server ran into a problem');
  await expect(error).toContainText('This is not caused by anything you did');

  // The fault passes: the retry signs in.
  fault = null;
  await error.getByRole('button', { name: 'Try again' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Network overview' })).toBeVisible();
});

test('five failed sign-ins lock the username and the page says until when', async ({ page }) => {
  const who = { username: `locked-${Date.now().toString(36)}`, password: 'wrong-password' };
  await page.goto('/login');
  for (let i = 0; i < 5; i++) {
    await submitLoginForm(page, who);
    await expect(page.getByTestId('login-error')).toContainText('用户名或密码错误');
  }
  await submitLoginForm(page, who);
  const error = page.getByTestId('login-error');
  await expect(error).toContainText('登录失败次数过多，请于');
  // The server's own words: "too many failed sign-ins … try again after …", here in Chinese.
  await expect(error).toContainText(`用户名“${who.username}”登录失败次数过多`);
  await expect(error).toContainText('之后重试');
});

test('a session ended elsewhere sends the page to /login with a hint, and back after signing in', async ({ page, playwright, baseURL }) => {
  await page.goto('/');
  await loginThroughUi(page, ADMIN);
  await expect(page.getByRole('heading', { level: 1, name: '网络概览' })).toBeVisible();

  // End this browser's session on the server (its cookie is the session token, usable as a bearer token).
  const cookie = (await page.context().cookies()).find((c) => c.name === 'carenet_session');
  expect(cookie, 'the login sets the carenet_session cookie').toBeDefined();
  expect(cookie?.httpOnly).toBe(true);
  const other = await playwright.request.newContext({ baseURL });
  await gql(other, 'mutation { logout }', {}, { token: cookie?.value });
  await other.dispose();

  // The next request of the page is refused: the sign-in page, with the reason and the way back.
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '学生', exact: true }).click();
  await expect(page).toHaveURL(/\/login\?next=%2Fstudents&expired=1$/);
  await expect(page.getByTestId('login-expired')).toContainText('登录已过期或已结束');
  await expect(page.getByTestId('login-expired')).toContainText('您的会话已结束');
  await loginThroughUi(page, ADMIN);
  await expect(page).toHaveURL(/\/students$/);
});

// Signs in itself on purpose: what it tests is apiLogin (support/auth.ts), which the setup project relies on.
test('an API sign-in puts the session cookie in the browser too', async ({ page }) => {
  await apiLogin(page.request);
  await page.goto('/admin/audit');
  await expect(page.getByRole('heading', { level: 1, name: '审计日志' })).toBeVisible();
  // Typing the code finds the action; it filters only once picked (other workers write events meanwhile).
  await page.getByRole('combobox', { name: '操作' }).fill('auth.login');
  await openOption(page, '登录').click();
  await page.getByRole('button', { name: '搜索', exact: true }).click();
  const rows = page.getByTestId('audit-table').locator('[data-testid^="audit-row-"]');
  await expect(rows.first()).toContainText('auth.login');
  for (const text of await rows.allTextContents()) expect(text).toContain('auth.login');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 CSV' }).click();
  expect((await download).suggestedFilename()).toMatch(/^audit-\d{4}-\d{2}-\d{2}\.csv$/);
});
