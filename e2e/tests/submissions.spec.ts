import { expect, test } from '@playwright/test';
import { loginThroughUi, logoutThroughUi, STORAGE_STATE } from '../support/auth.js';
import { gql } from '../support/graphql.js';

const IMPORT = 'mutation($kind: RosterKind!, $csv: String!) { importRoster(kind: $kind, csv: $csv) { created errors { row column message } } }';
const CREATE_USER = 'mutation($input: CreateUserInput!) { createUser(input: $input) { username } }';
const UPSERT_WG = 'mutation($input: WorkingGroupMemberInput!) { upsertWorkingGroupMember(input: $input) { id } }';

// A college of this test's own (the database is shared by every test of a run): its leader opens
// the checklist, sees the missing working group block the roster, the gap is filled, the leader
// submits 附件1 本科生; the admin's matrix shows it; the Center records the paper copy and accepts.
test('a college submits its undergraduate roster and the Center accepts it', async ({ page, playwright, baseURL }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const tag = `${stamp.toString(36).toUpperCase()}${Math.floor(Math.random() * 1296).toString(36).toUpperCase()}`;
  const code = `SB${tag}`;
  const no = (i: number) => `${String(stamp % 1e8).padStart(8, '0')}${String(i).padStart(2, '0')}`;
  const admin = await playwright.request.newContext({ baseURL, storageState: STORAGE_STATE.admin });
  const files: [string, string][] = [
    ['COLLEGES', `code,name\n${code},报送${tag}学院`],
    ['STAFF', ['staff_no,name,college_code', ...['1', '2', '3', '4'].map((i) => `${code}S${i},教师${i},${code}`)].join('\n')],
    ['CLASSES', `code,name,college_code,level,grade\n${code}-1,报送一班,${code},UNDERGRADUATE,2024`],
    ['DORMITORIES', `code,building,room,college_code,level\n${code}-D,报送楼,101,${code},UNDERGRADUATE`],
    ['STUDENTS', ['student_no,name,gender,class_code,dorm_code,status,is_dorm_head', `${no(1)},报一,F,${code}-1,${code}-D,ENROLLED,true`].join('\n')],
  ];
  for (const [kind, csv] of files) {
    const data = await gql<{ importRoster: { errors: unknown[] } }>(admin, IMPORT, { kind, csv });
    expect(data.importRoster.errors, kind).toEqual([]);
  }
  const leader = { username: `sub-${tag.toLowerCase()}`, password: `sub-pw-${tag}` };
  await gql(admin, CREATE_USER, { input: { ...leader, grants: [{ role: 'COLLEGE_LEADER', collegeCode: code }] } });

  // The leader's home is the checklist: the working group is missing and blocks the roster.
  await page.goto('/login');
  await loginThroughUi(page, leader);
  await page.goto('/');
  await expect(page).toHaveURL(new RegExp(`/colleges/${code}/checklist`));
  // Each network's lines under its own heading: the undergraduate working group is not the graduate one.
  const undergraduate = page.getByTestId('checklist-lines-UNDERGRADUATE');
  await expect(page.getByRole('heading', { level: 3, name: '本科生' })).toBeVisible();
  await expect(page.getByTestId('checklist-lines-GRADUATE').getByTestId('checklist-line-WORKING_GROUP-UNDERGRADUATE')).toHaveCount(0);
  const wg = undergraduate.getByTestId('checklist-line-WORKING_GROUP-UNDERGRADUATE');
  await expect(wg).toHaveAttribute('data-state', 'blocking');
  // The lines are the server's words: switching the language asks for them again, in English.
  const wgText = await wg.textContent();
  const languages = page.getByRole('radiogroup', { name: '界面语言' });
  await languages.locator('label').filter({ hasText: 'English' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Undergraduate' })).toBeVisible();
  await expect(wg).not.toHaveText(wgText ?? '');
  await expect(wg).toContainText('working group', { ignoreCase: true });
  await page.getByRole('radiogroup', { name: 'Interface language' }).locator('label').filter({ hasText: '中文' }).click();
  await expect(wg).toHaveText(wgText ?? '');
  await expect(page.getByTestId('submit-UNDERGRADUATE')).toBeDisabled();
  await expect(page.getByTestId('submit-UNDERGRADUATE-blocking')).toBeVisible();
  await page.getByTestId('checklist-fix-WORKING_GROUP-UNDERGRADUATE').click();
  await expect(page).toHaveURL(new RegExp(`/colleges/${code}$`));

  // The gap is filled (the roster page's own controls are tested elsewhere).
  const positions = ['PARTY_SECRETARY', 'DEAN', 'DEPUTY_PARTY_SECRETARY', 'COUNSELOR'];
  for (const [i, position] of positions.entries()) {
    await gql(admin, UPSERT_WG, { input: { collegeCode: code, levels: ['UNDERGRADUATE'], position, staffNo: `${code}S${i + 1}` } });
  }
  await page.goto(`/colleges/${code}/checklist`);
  await expect(page.getByTestId('checklist-line-WORKING_GROUP-UNDERGRADUATE')).toHaveAttribute('data-state', 'done');
  const submit = page.getByTestId('submit-UNDERGRADUATE');
  await expect(submit).toBeEnabled();
  await submit.click();
  // Warnings (e.g. a class without a committee member) ask for a confirmation.
  const confirm = page.getByTestId('submit-UNDERGRADUATE-confirm');
  if (await confirm.isVisible().catch(() => false)) await confirm.click();
  await expect(page.getByTestId('submission-UNDERGRADUATE-state')).toHaveAttribute('data-state', 'SUBMITTED');
  await expect(page.getByTestId('submission-UNDERGRADUATE-version')).toContainText('1');
  await logoutThroughUi(page);

  // The Center: the matrix shows it submitted; paper copy, then acceptance.
  const center = await page.context().browser()!.newContext({ storageState: STORAGE_STATE.centerStaff });
  const cp = await center.newPage();
  await cp.goto('/submissions');
  const cell = cp.getByTestId(`cell-${code}-UNDERGRADUATE`);
  await expect(cell).toHaveAttribute('data-state', 'SUBMITTED');
  await cell.getByTestId(`cell-${code}-UNDERGRADUATE-paper`).click();
  await cp.getByTestId('paper-modal-ok').click();
  await expect(cell).toHaveAttribute('data-state', 'PAPER_RECEIVED');
  await cell.getByTestId(`cell-${code}-UNDERGRADUATE-accept`).click();
  await cp.getByTestId('accept-modal-ok').click();
  await expect(cell).toHaveAttribute('data-state', 'ACCEPTED');
  await center.close();

  // The admin's matrix agrees.
  const adminCtx = await page.context().browser()!.newContext({ storageState: STORAGE_STATE.admin });
  const ap = await adminCtx.newPage();
  await ap.goto('/submissions');
  await expect(ap.getByTestId(`cell-${code}-UNDERGRADUATE`)).toHaveAttribute('data-state', 'ACCEPTED');
  await adminCtx.close();

  // The leader sees it accepted.
  await page.goto('/login');
  await loginThroughUi(page, leader);
  await page.goto('/checklist');
  await expect(page.getByTestId('submission-UNDERGRADUATE-state')).toHaveAttribute('data-state', 'ACCEPTED');
  await admin.dispose();
});
