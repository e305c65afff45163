import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, test as setup } from '@playwright/test';
import { ADMIN, CENTER_STAFF, COMMITTEE, COUNSELOR, type Credentials, LEADER, loginAs, OFFICER, STORAGE_STATE } from '../support/auth.js';
import { gql } from '../support/graphql.js';
import { importSample, SAMPLE } from '../support/seed.js';

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
  await expect(page.getByRole('heading', { level: 1, name: '网络概览' })).toBeVisible({ timeout: 30_000 });
  await page.context().storageState({ path: STORAGE_STATE.centerStaff });
});

setup('import the sample college and create its people', async ({ playwright, baseURL }) => {
  const admin = await playwright.request.newContext({ baseURL, storageState: STORAGE_STATE.admin });
  await importSample(admin);
  // The leader is granted the college; the others' roles follow from their posts in the roster.
  const people: [Credentials, object, string][] = [
    [LEADER, { grants: [{ role: 'COLLEGE_LEADER', collegeCode: SAMPLE.college.code }] }, 'COLLEGE_LEADER'],
    [COUNSELOR, { staffNo: SAMPLE.counselorStaffNo, grants: [] }, 'COUNSELOR'],
    [COMMITTEE, { studentNo: SAMPLE.committee.studentNo, grants: [] }, 'COMMITTEE_MEMBER'],
    [OFFICER, { studentNo: SAMPLE.officer.studentNo, grants: [] }, 'DORM_OFFICER'],
  ];
  for (const [who, link, role] of people) {
    const created = await gql<{ createUser: { roles: string[] } }>(admin, CREATE_USER, { input: { ...who, ...link } });
    expect(created.createUser.roles, who.username).toEqual([role]);
  }
  await admin.dispose();
});

const SAMPLE_SESSIONS: [string, Credentials, string][] = [
  ['college leader', LEADER, STORAGE_STATE.leader],
  ['counselor', COUNSELOR, STORAGE_STATE.counselor],
  ['committee member', COMMITTEE, STORAGE_STATE.committee],
  ['dorm officer', OFFICER, STORAGE_STATE.officer],
];
for (const [name, who, file] of SAMPLE_SESSIONS) {
  setup(`sign in the sample college's ${name}`, async ({ page }) => {
    await loginAs(page, who);
    // Their home is the sample college's roster (tests/landing.spec.ts checks which part of it);
    // committee members and dorm officers land on their own post and training (/my-post).
    await page.goto('/');
    if (who === COMMITTEE || who === OFFICER) await expect(page.getByRole('heading', { level: 1, name: '我的岗位' })).toBeVisible({ timeout: 30_000 });
    // A college leader's home is their college's completion checklist (features/submissions).
    else if (who === LEADER) await expect(page.getByRole('heading', { level: 1 })).toContainText(SAMPLE.college.name, { timeout: 30_000 });
    else await expect(page.getByTestId('roster-heading')).toContainText(SAMPLE.college.name, { timeout: 30_000 });
    await page.context().storageState({ path: file });
  });
}
