import { type APIRequestContext, expect, type Page } from '@playwright/test';
import { gql } from './graphql.js';

export interface Credentials {
  username: string;
  password: string;
}

/** The first SCHOOL_ADMIN: playwright.config.ts gives the server ADMIN_USERNAME / ADMIN_PASSWORD on its empty database. */
export const ADMIN: Credentials = { username: 'admin', password: 'admin-e2e-password' };

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

/** Signs in through the sign-in page, as a person would; the page must be showing /login. */
export async function loginThroughUi(page: Page, who: Credentials): Promise<void> {
  await expect(page).toHaveURL(/\/login(\?|$)/);
  await page.getByTestId('login-username').fill(who.username);
  await page.getByTestId('login-password').fill(who.password);
  await page.getByTestId('login-submit').click();
  await expect(page).not.toHaveURL(/\/login(\?|$)/);
}

/** Signs out through the header's account menu. */
export async function logoutThroughUi(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('menu-logout').click();
  await expect(page).toHaveURL(/\/login$/);
}
