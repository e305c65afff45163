import { fileURLToPath } from 'node:url';
import { type APIRequestContext, expect, type Page } from '@playwright/test';
import { gql } from './graphql.js';

export interface Credentials {
  username: string;
  password: string;
}

/** The first SCHOOL_ADMIN: playwright.config.ts gives the server ADMIN_USERNAME / ADMIN_PASSWORD on its empty database. */
export const ADMIN: Credentials = { username: 'admin', password: 'admin-e2e-password' };

/**
 * A CENTER_STAFF account (every college, read-only), created by tests/auth.setup.ts.
 * Only tests that neither deactivate it nor change its password may use its stored session.
 */
export const CENTER_STAFF: Credentials = { username: 'center-e2e', password: 'center-e2e-password' };

/**
 * The people of the sample college (support/seed.ts), created by tests/auth.setup.ts: its leader,
 * the counselor of its graduate classes, a committee member and a dorm officer. Only tests that
 * neither deactivate them nor change their passwords may use their stored sessions.
 */
export const LEADER: Credentials = { username: 'leader-e2e', password: 'leader-e2e-password' };
export const COUNSELOR: Credentials = { username: 'counselor-e2e', password: 'counselor-e2e-password' };
export const COMMITTEE: Credentials = { username: 'committee-e2e', password: 'committee-e2e-password' };
export const OFFICER: Credentials = { username: 'officer-e2e', password: 'officer-e2e-password' };

/**
 * The sessions saved by the `setup` project (tests/auth.setup.ts), one file per role, for
 * `test.use({ storageState: STORAGE_STATE.admin })`. Absolute, so the working directory does not matter.
 * Tests that sign out, deactivate a user or reset a password create their own users instead:
 * ending one of these sessions would sign every later test out.
 */
// One folder per E2E_PORT (as in playwright.config.ts): runs on different ports, each with its own
// database, would otherwise load each other's sessions.
const authDir = new URL(`../.auth/port-${process.env.E2E_PORT ?? 4173}/`, import.meta.url);
export const STORAGE_STATE = {
  admin: fileURLToPath(new URL('admin.json', authDir)),
  centerStaff: fileURLToPath(new URL('center-staff.json', authDir)),
  leader: fileURLToPath(new URL('leader.json', authDir)),
  counselor: fileURLToPath(new URL('counselor.json', authDir)),
  committee: fileURLToPath(new URL('committee.json', authDir)),
  officer: fileURLToPath(new URL('officer.json', authDir)),
} as const;

const LOGIN = 'mutation($username: String!, $password: String!) { login(username: $username, password: $password) { token user { username roles } } }';

/**
 * Signs in through the API. The server sets the HTTP-only `carenet_session` cookie on the answer,
 * and the request context keeps it: later `gql(request, …)` calls are signed in. With `page.request`
 * the cookie lands in the page's browser context too, so the browser is signed in as well.
 * Returns the session token (usable as `Authorization: Bearer <token>`).
 */
export async function apiLogin(request: APIRequestContext, who: Credentials = ADMIN): Promise<string> {
  const data = await gql<{ login: { token: string } }>(request, LOGIN, who);
  expect(data.login.token).toBeTruthy();
  return data.login.token;
}

/** Signs the page's browser context in (via the API: fast, for tests about something else). */
export async function loginAs(page: Page, who: Credentials = ADMIN): Promise<string> {
  return apiLogin(page.request, who);
}

/** Fills in the sign-in form (zh-CN) and submits it, whatever the outcome. */
export async function submitLoginForm(page: Page, who: Credentials): Promise<void> {
  await page.getByLabel('用户名').fill(who.username);
  await page.getByLabel('密码').fill(who.password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
}

/** Signs in through the sign-in page, as a person would; the page must be showing /login. */
export async function loginThroughUi(page: Page, who: Credentials): Promise<void> {
  await expect(page).toHaveURL(/\/login(\?|$)/);
  await submitLoginForm(page, who);
  await expect(page).not.toHaveURL(/\/login(\?|$)/);
}

/** Signs out through the header's account menu. */
export async function logoutThroughUi(page: Page): Promise<void> {
  await page.getByRole('button', { name: '账号菜单' }).click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/login$/);
}
