import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, test as setup } from '@playwright/test';
import { ADMIN, CENTER_STAFF, loginAs, STORAGE_STATE } from '../support/auth.js';
import { gql } from '../support/graphql.js';

// Signs in once per role the tests share and saves each browser session under .auth/ (gitignored).
// Every run starts on an empty database, so the files are written afresh each run; the sessions
// last 30 idle minutes and 12 hours, far longer than a run.

const CREATE_USER = 'mutation($input: CreateUserInput!) { createUser(input: $input) { username roles } }';

setup.beforeAll(async () => {
  await mkdir(path.dirname(STORAGE_STATE.admin), { recursive: true });
});

setup('sign in as the school administrator', async ({ page }) => {
  await loginAs(page, ADMIN);
  // The dashboard opens signed in: the cookie saved below is a working session.
  await page.goto('/');
  // The first page after the server starts loads every chunk cold: allow it longer.
  await expect(page.getByRole('heading', { level: 1, name: '网络概览' })).toBeVisible({ timeout: 30_000 });
  await page.context().storageState({ path: STORAGE_STATE.admin });
});

setup('create and sign in the Center staff member', async ({ page, playwright, baseURL }) => {
  // The administrator creates the account in a context of its own, so the saved state holds only the staff session.
  const admin = await playwright.request.newContext({ baseURL, storageState: STORAGE_STATE.admin });
  const created = await gql<{ createUser: { roles: string[] } }>(admin, CREATE_USER, {
    input: { ...CENTER_STAFF, grants: [{ role: 'CENTER_STAFF' }] },
  });
  await admin.dispose();
  expect(created.createUser.roles).toEqual(['CENTER_STAFF']);

  await loginAs(page, CENTER_STAFF);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: '网络概览' })).toBeVisible();
  await page.context().storageState({ path: STORAGE_STATE.centerStaff });
});
