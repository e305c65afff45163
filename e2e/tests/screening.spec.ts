import { type APIRequestContext, expect, type Locator, type Page, type PlaywrightWorkerArgs, test } from '@playwright/test';
import { STORAGE_STATE } from '../support/auth.js';
import { gql, gqlErrors } from '../support/graphql.js';
import { DESKTOP, expectFitsPhone, openOption, PHONE, settle } from '../support/layout.js';
import { SAMPLE } from '../support/seed.js';

// Issue 11, screening campaigns and follow-up: the Center imports a PHQ-9 campaign's results; the
// counselor of the sample college's graduate classes (王老师) is alerted, finds the urgent student
// first on their follow-up list, reads the answers, starts that follow-up and refers the other;
// the report of the administration follows; the college leader sees the follow-ups without the
// answers; the list fits a phone. Other specs share the database, so everything is scoped to this
// spec's own campaign, and the bell is compared with the count before the import.
test.describe.configure({ mode: 'serial' });

const { college } = SAMPLE;
const stamp = Date.now().toString(36).toUpperCase().slice(-6);
const CAMPAIGN = `PHQ-9 普测 e2e ${stamp}`;
// Two graduate students of 王老师's classes (CS-G1, CS-G2) and an undergraduate (no counselor).
const URGENT = { studentNo: '2400000011', name: '陈静', classCode: 'CS-G1', answers: [1, 1, 1, 1, 0, 0, 0, 0, 1] }; // item 9 ≥ 1: urgent
const FLAGGED = { studentNo: '2400000012', name: '杨帆', classCode: 'CS-G2', answers: [2, 2, 2, 2, 1, 1, 0, 0, 0] }; // total 10: flagged
const CLEAR = { studentNo: '2400000001', name: '李明', classCode: 'CS-U1', answers: [1, 0, 0, 0, 0, 0, 0, 0, 0] }; // total 1: not flagged

/** An ISO time with its zone, `hours` back from now. */
const hoursAgo = (hours: number) => `${new Date(Date.now() - hours * 3_600_000).toISOString().slice(0, 19)}Z`;

// The flagged student answered six and a half days ago, so their follow-up (7 days) is due before the
// urgent one (1 day, answered an hour ago): the list must still put the urgent one first.
const CSV = [
  `student_no,taken_at,${Array.from({ length: 9 }, (_, i) => `q${i + 1}`).join(',')}`,
  `${URGENT.studentNo},${hoursAgo(1)},${URGENT.answers.join(',')}`,
  `${FLAGGED.studentNo},${hoursAgo(156)},${FLAGGED.answers.join(',')}`,
  `${CLEAR.studentNo},${hoursAgo(2)},${CLEAR.answers.join(',')}`,
].join('\n');

const CURRENT_SEMESTER = 'query { currentSemester { code } }';
const CREATE = 'mutation($input: CreateScreeningCampaignInput!) { createScreeningCampaign(input: $input) { id name levels } }';
const IMPORT = 'mutation($id: ID!, $csv: String!) { importScreeningResults(campaignId: $id, csv: $csv, dryRun: false) { created errors { row column message } } }';
const FOLLOW_UPS = 'query($id: ID!) { followUps(filter: { campaignId: $id }, first: 50, offset: 0) { totalCount items { id version resultId studentNo urgent status } } }';
const UNREAD = 'query { alerts(first: 1) { unread } }';
const UPDATE = 'mutation($id: ID!, $status: FollowUpStatus!, $note: String!) { updateFollowUp(id: $id, status: $status, note: $note) { status } }';
const RESULT = 'query($id: ID!) { screeningResult(id: $id) { answers } }';

interface FollowUpItem {
  id: string;
  version: number;
  resultId: string;
  studentNo: string;
  urgent: boolean;
  status: string;
}

// Filled by the first test, read by the later ones (serial, one worker).
let campaignId = '';
let unreadBefore = 0;
const followUp: Record<string, FollowUpItem> = {};

/** A request context signed in with one role's saved session. */
async function as(playwright: PlaywrightWorkerArgs['playwright'], baseURL: string | undefined, storageState: string): Promise<APIRequestContext> {
  return playwright.request.newContext({ baseURL, storageState });
}

/** The follow-up list cut to this spec's campaign. */
async function showCampaign(page: Page): Promise<Locator> {
  await page.getByTestId('follow-ups-campaign').click();
  await openOption(page, CAMPAIGN).click();
  const rows = page.locator('[data-testid^="follow-up-row-"]');
  await expect(rows).toHaveCount(2);
  return rows;
}

/** The cells of the report's row of the sample college at one level, as shown. */
async function reportRow(page: Page, level: 'UNDERGRADUATE' | 'GRADUATE'): Promise<string[]> {
  const row = page.getByTestId(`screening-row-${level}-${college.code}`);
  await expect(row).toBeVisible();
  return (await row.locator('td').allInnerTexts()).map((s) => s.trim());
}

test.describe('the Center', () => {
  test('creates a PHQ-9 campaign for both levels and imports three results', async ({ playwright, baseURL }) => {
    const counselor = await as(playwright, baseURL, STORAGE_STATE.counselor);
    unreadBefore = (await gql<{ alerts: { unread: number } }>(counselor, UNREAD)).alerts.unread;

    const center = await as(playwright, baseURL, STORAGE_STATE.centerStaff);
    const { currentSemester } = await gql<{ currentSemester: { code: string } }>(center, CURRENT_SEMESTER);
    const created = await gql<{ createScreeningCampaign: { id: string; levels: string[] } }>(center, CREATE, {
      input: { name: CAMPAIGN, instrument: 'PHQ9', semester: currentSemester.code, levels: ['UNDERGRADUATE', 'GRADUATE'], followUpDays: 7 },
    });
    campaignId = created.createScreeningCampaign.id;
    expect(created.createScreeningCampaign.levels).toEqual(['UNDERGRADUATE', 'GRADUATE']);

    const imported = await gql<{ importScreeningResults: { created: number; errors: unknown[] } }>(center, IMPORT, { id: campaignId, csv: CSV });
    expect(imported.importScreeningResults.errors).toEqual([]);
    expect(imported.importScreeningResults.created).toBe(3);

    // Two flagged results open two follow-ups; the clear one opens none.
    const list = await gql<{ followUps: { totalCount: number; items: FollowUpItem[] } }>(center, FOLLOW_UPS, { id: campaignId });
    expect(list.followUps.totalCount).toBe(2);
    for (const f of list.followUps.items) followUp[f.studentNo] = f;
    expect(followUp[URGENT.studentNo]).toMatchObject({ urgent: true, status: 'PENDING' });
    expect(followUp[FLAGGED.studentNo]).toMatchObject({ urgent: false, status: 'PENDING' });
    expect(followUp[CLEAR.studentNo]).toBeUndefined();
    await Promise.all([center.dispose(), counselor.dispose()]);
  });
});

test.describe('the school administration, before anyone follows up', () => {
  test.use({ storageState: STORAGE_STATE.admin, viewport: DESKTOP });

  test('sees both graduate follow-ups pending in the campaign’s report', async ({ page }) => {
    await page.goto(`/screening?campaign=${campaignId}`);
    await settle(page);
    await expect(page.getByRole('heading', { level: 1, name: '心理筛查跟进' })).toBeVisible();
    await expect(page.getByTestId('screening-campaign')).toContainText(CAMPAIGN);
    // 学院, 已筛查, 需关注, 待跟进, 跟进中, 已转介, 已结案, 已逾期
    expect(await reportRow(page, 'GRADUATE')).toEqual([college.name, '2', '2', '2', '0', '0', '0', '0']);
    expect(await reportRow(page, 'UNDERGRADUATE')).toEqual([college.name, '1', '0', '0', '0', '0', '0', '0']);
  });
});

test.describe('the counselor', () => {
  test.use({ storageState: STORAGE_STATE.counselor, viewport: DESKTOP });

  test('is alerted, finds the urgent student first, reads the answers, starts one follow-up and refers the other', async ({ page }) => {
    test.setTimeout(120_000);
    // With open follow-ups, "/" is the follow-up list.
    await page.goto('/');
    await expect(page).toHaveURL(/\/follow-ups$/);
    await settle(page);
    await expect(page.getByRole('heading', { level: 1, name: '跟进名单' })).toBeVisible();

    // The bell counts the new urgent result, and names the student.
    const bell = page.getByTestId('alerts-bell');
    await expect(bell).toHaveAttribute('aria-label', `紧急提醒（${unreadBefore + 1} 条未读）`);
    await expect(page.getByTestId('alerts-unread')).toContainText(String(unreadBefore + 1));
    await bell.click();
    const panel = page.getByTestId('alerts-panel');
    await expect(panel.getByTestId(`alert-${URGENT.studentNo}`).first()).toContainText(`${URGENT.name}（${URGENT.studentNo}）· PHQ9 紧急`);
    await bell.click();
    await expect(panel).toBeHidden();

    // The campaign's two follow-ups: the urgent one first, though the other is due earlier.
    const rows = await showCampaign(page);
    await expect(rows.nth(0)).toHaveAttribute('data-testid', `follow-up-row-${URGENT.studentNo}`);
    await expect(rows.nth(1)).toHaveAttribute('data-testid', `follow-up-row-${FLAGGED.studentNo}`);
    const urgentRow = page.getByTestId(`follow-up-row-${URGENT.studentNo}`);
    const flaggedRow = page.getByTestId(`follow-up-row-${FLAGGED.studentNo}`);
    await expect(urgentRow.getByTestId('follow-up-urgent')).toHaveText('紧急');
    await expect(flaggedRow.getByTestId('follow-up-urgent')).toHaveCount(0);
    await expect(urgentRow).toContainText('待跟进');
    await expect(flaggedRow).toContainText('待跟进');
    await expect(page.getByTestId(`follow-up-row-${CLEAR.studentNo}`)).toHaveCount(0);

    // The urgent one: its answers (loaded on request), then started with a note.
    await page.getByTestId(`follow-up-open-${URGENT.studentNo}`).click();
    let drawer = page.getByRole('dialog', { name: `跟进详情 · ${URGENT.name}` });
    await expect(drawer).toBeVisible();
    await expect(drawer).toContainText(`${URGENT.name}（${URGENT.studentNo}）`);
    await expect(drawer).toContainText('筛查结果不是诊断');
    await drawer.getByTestId('view-answers').click();
    await expect(drawer.getByTestId('screening-answers')).toHaveText(URGENT.answers.map((a, i) => `${i + 1}:${a}`).join('  '));
    await expect(drawer.getByTestId('screening-result')).toContainText(/总分\s*5\b/);
    await expect(drawer.getByTestId('follow-up-action-IN_PROGRESS')).toBeVisible();
    await drawer.getByTestId('follow-up-action-IN_PROGRESS').click();
    // A step without a note is stopped in the form.
    await drawer.getByTestId('follow-up-submit').click();
    await expect(drawer).toContainText('请填写记录');
    const startNote = `已电话联系，约谈今天下午 ${stamp}`;
    await drawer.getByTestId('follow-up-note').fill(startNote);
    await drawer.getByTestId('follow-up-submit').click();
    await expect(page.getByText('已更新跟进状态')).toBeVisible();
    await expect(drawer.getByTestId('follow-up-status')).toHaveText('跟进中');
    await expect(drawer.getByTestId('follow-up-steps')).toContainText(startNote);
    // Started: it may now be referred or closed, never started again.
    await expect(drawer.getByTestId('follow-up-action-IN_PROGRESS')).toHaveCount(0);
    await expect(drawer.getByTestId('follow-up-action-REFERRED')).toBeVisible();
    await expect(drawer.getByTestId('follow-up-action-CLOSED')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
    await expect(urgentRow).toContainText('跟进中');

    // The other one: referred to the Center, which needs a target and a note.
    await page.getByTestId(`follow-up-open-${FLAGGED.studentNo}`).click();
    drawer = page.getByRole('dialog', { name: `跟进详情 · ${FLAGGED.name}` });
    await expect(drawer).toBeVisible();
    await drawer.getByTestId('follow-up-action-REFERRED').click();
    const referNote = `学生同意到心理中心咨询 ${stamp}`;
    await drawer.getByTestId('follow-up-note').fill(referNote);
    await drawer.getByTestId('follow-up-submit').click();
    await expect(drawer).toContainText('请选择转介对象');
    await drawer.getByRole('radio', { name: '心理中心' }).check();
    await drawer.getByTestId('follow-up-submit').click();
    await expect(drawer.getByTestId('follow-up-status')).toHaveText('已转介');
    await expect(drawer).toContainText('转介至 心理中心');
    await expect(drawer.getByTestId('follow-up-steps')).toContainText(referNote);
    // Referred: closing is the only step left; going back to "in progress" is not offered.
    await expect(drawer.getByTestId('follow-up-action-CLOSED')).toBeVisible();
    await expect(drawer.getByTestId('follow-up-action-IN_PROGRESS')).toHaveCount(0);
    await expect(drawer.getByTestId('follow-up-action-REFERRED')).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
    await expect(flaggedRow).toContainText('已转介');
    await expect(urgentRow).toContainText('跟进中');

    // Asked directly, the server refuses the step back and says which steps are allowed; nothing changes.
    const refused = await gqlErrors(page.request, UPDATE, { id: followUp[FLAGGED.studentNo]!.id, status: 'IN_PROGRESS', note: 'back' });
    expect(refused.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors[0]?.message).toMatch(/“已转介”的跟进不能改为“跟进中”；可改为：已结案|a REFERRED follow-up cannot become IN_PROGRESS; it can become CLOSED/);
    const after = await gql<{ followUps: { items: FollowUpItem[] } }>(page.request, FOLLOW_UPS, { id: campaignId });
    expect(after.followUps.items.find((f) => f.studentNo === FLAGGED.studentNo)?.status).toBe('REFERRED');

    // The status filter follows: nothing of this campaign is pending any more.
    await page.getByTestId('follow-ups-status').click();
    await openOption(page, '待跟进').click();
    await expect(page.locator('[data-testid^="follow-up-row-"]')).toHaveCount(0);
    await expect(page.getByText('没有需要跟进的学生')).toBeVisible();
  });

  test('sees the list on a phone without sideways scrolling', async ({ page }, testInfo) => {
    await page.setViewportSize(PHONE);
    await page.goto('/follow-ups');
    await settle(page);
    await showCampaign(page);
    await expect(page.getByTestId(`follow-up-row-${URGENT.studentNo}`)).toContainText('跟进中');
    await expect(page.getByTestId(`follow-up-row-${FLAGGED.studentNo}`)).toContainText('已转介');
    await expectFitsPhone(page, testInfo, 'follow-up list');
  });
});

test.describe('the school administration, after the counselor', () => {
  test.use({ storageState: STORAGE_STATE.admin, viewport: DESKTOP });

  test('sees one graduate follow-up in progress and one referred', async ({ page }) => {
    await page.goto(`/screening?campaign=${campaignId}`);
    await settle(page);
    expect(await reportRow(page, 'GRADUATE')).toEqual([college.name, '2', '2', '0', '1', '1', '0', '0']);
    // The chart's text, read by screen readers: this college's bar (other specs' colleges are listed too, at 0).
    await expect(page.getByTestId('screening-chart-GRADUATE-data').locator('li').filter({ hasText: `${college.name}:` })).toHaveText(
      `${college.name}: 已逾期 0, 待跟进（未逾期） 0, 跟进中 1, 已转介 1, 已结案 0`,
    );
    const total = (await page.getByTestId('screening-total-GRADUATE').locator('td').allInnerTexts()).map((x) => x.trim());
    expect(total.slice(1)).toEqual(['2', '2', '0', '1', '1', '0', '0']);
  });
});

test.describe('the college leader', () => {
  test.use({ storageState: STORAGE_STATE.leader, viewport: DESKTOP });

  test('sees urgency and statuses, but not the answers', async ({ page }) => {
    await page.goto('/follow-ups');
    await settle(page);
    await showCampaign(page);
    const urgentRow = page.getByTestId(`follow-up-row-${URGENT.studentNo}`);
    await expect(urgentRow.getByTestId('follow-up-urgent')).toHaveText('紧急');
    await expect(urgentRow).toContainText('跟进中');
    await expect(page.getByTestId(`follow-up-row-${FLAGGED.studentNo}`)).toContainText('已转介');

    await page.getByTestId(`follow-up-open-${URGENT.studentNo}`).click();
    const drawer = page.getByRole('dialog', { name: `跟进详情 · ${URGENT.name}` });
    await expect(drawer).toBeVisible();
    await expect(drawer.getByTestId('follow-up-status')).toHaveText('跟进中');
    await expect(drawer).toContainText('您可以查看跟进情况，跟进由班级辅导员负责。');
    await expect(drawer.getByTestId('view-answers')).toHaveCount(0);
    await expect(drawer.getByTestId('screening-answers')).toHaveCount(0);
    await expect(drawer.getByTestId('follow-up-actions')).toHaveCount(0);
    await page.keyboard.press('Escape');

    // Nor does the server give them: the result is not theirs to read, and they may not work it.
    const answers = await gqlErrors(page.request, RESULT, { id: followUp[URGENT.studentNo]!.resultId });
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(answers.errors[0]?.extensions?.code);
    const work = await gqlErrors(page.request, UPDATE, { id: followUp[URGENT.studentNo]!.id, status: 'CLOSED', note: 'x' });
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(work.errors[0]?.extensions?.code);

    // The report of their college, with the same counts.
    await page.goto(`/screening?campaign=${campaignId}`);
    await settle(page);
    expect(await reportRow(page, 'GRADUATE')).toEqual([college.name, '2', '2', '0', '1', '1', '0', '0']);
  });
});

// Later specs expect the counselor to land on their classes: close what this spec opened.
test.afterAll(async ({ playwright }, testInfo) => {
  if (!campaignId) return;
  const center = await as(playwright, testInfo.project.use.baseURL, STORAGE_STATE.centerStaff);
  const list = await gql<{ followUps: { items: FollowUpItem[] } }>(center, FOLLOW_UPS, { id: campaignId });
  for (const f of list.followUps.items.filter((x) => x.status !== 'CLOSED')) {
    await gql(center, UPDATE, { id: f.id, status: 'CLOSED', note: `e2e 结束 ${stamp}` });
  }
  await center.dispose();
});
