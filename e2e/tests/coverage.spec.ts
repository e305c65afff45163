import { expect, type Locator, type Page, test } from '@playwright/test';
import { STORAGE_STATE } from '../support/auth.js';
import { expectExportMatchesTable, tableTexts } from '../support/csv.js';
import { gql } from '../support/graphql.js';

// The coverage dashboard (issue 4): KPIs and per-college charts for both levels, the side-by-side
// view, the gap list of a college, and CSV exports that hold exactly what the tables show.
// The server's database is shared by every test of a run: this test seeds its own colleges
// (unique codes) and compares university-wide figures with what the API says.

type Level = 'UNDERGRADUATE' | 'GRADUATE';

interface Row {
  collegeCode: string | null;
  collegeName: string | null;
  colleges: number;
  classes: number;
  classesCovered: number;
  classCoverage: number;
  dormitories: number;
  dormitoriesCovered: number;
  dormCoverage: number;
  committeeMembers: number;
  dormOfficers: number;
  collegesWithCompleteWorkingGroup: number;
  collegesWithWorkstation: number;
}

const IMPORT = 'mutation($kind: RosterKind!, $csv: String!) { importRoster(kind: $kind, csv: $csv) { errors { row column message } } }';
const ROW = `collegeCode collegeName colleges classes classesCovered classCoverage dormitories dormitoriesCovered dormCoverage
  committeeMembers dormOfficers collegesWithCompleteWorkingGroup collegesWithWorkstation`;
const COVERAGE = `query($level: NetworkLevel!) { networkCoverage(level: $level) { total { ${ROW} } colleges { ${ROW} } } }`;
const HISTORY = `query($level: NetworkLevel!, $semester: String!) { coverageHistory(level: $level, semester: $semester) {
  points { weekStart measuredOn classes classesCovered classCoverage dormitories dormitoriesCovered dormCoverage } } }`;

// As the dashboard writes them (zh-CN): one-decimal percentages.
const pct = (rate: number) => new Intl.NumberFormat('zh-CN', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(rate);
/** A rate with its denominator: "—" when there is nothing to count (0/0). */
const rate = (r: number, d: number) => (d === 0 ? '—' : pct(r));

/** Today in the browser's time zone (playwright.config.ts: Asia/Shanghai), and its semester. */
function todayAndSemester(): { today: string; semester: string } {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const [y, m] = today.split('-').map(Number) as [number, number];
  const semester = m >= 9 ? `${y}-${y + 1}-1` : m === 1 ? `${y - 1}-${y}-1` : `${y - 1}-${y}-2`;
  return { today, semester };
}

function daysAgo(n: number): string {
  const d = new Date(Date.now() - n * 86400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(d);
}

/** antd draws button-style radios over a zero-size input: click the label that holds it. */
async function chooseRadio(page: Page, group: Locator, name: string) {
  const radio = group.getByRole('radio', { name, exact: true });
  await group.locator('label').filter({ has: page.getByRole('radio', { name, exact: true }) }).click();
  await expect(radio).toBeChecked();
}

/**
 * The six KPI cards of one level, checked against the API's total row. The totals are the whole
 * university's, which the other workers change meanwhile: after a miss the page is loaded again and
 * the API read afresh, until the two agree.
 */
async function expectKpis(scope: Locator, total: () => Promise<Row>) {
  // The first figure waits longer: it may follow a navigation on a busy machine.
  await expect(scope.getByTestId('kpi-class-coverage-value')).toHaveText(/%$/, { timeout: 30_000 });
  let attempt = 0;
  await expect(async () => {
    if (attempt++ > 0) {
      await scope.page().reload();
      await expect(scope.getByTestId('kpi-class-coverage-value')).toHaveText(/%$/, { timeout: 10_000 });
    }
    const t = await total();
    const quick = { timeout: 1_000 };
    await expect(scope.getByTestId('kpi-class-coverage-value')).toHaveText(rate(t.classCoverage, t.classes), quick);
    await expect(scope.getByTestId('kpi-class-coverage')).toContainText(`已覆盖 ${t.classesCovered} / 共 ${t.classes}`, quick);
    await expect(scope.getByTestId('kpi-dorm-coverage-value')).toHaveText(rate(t.dormCoverage, t.dormitories), quick);
    await expect(scope.getByTestId('kpi-dorm-coverage')).toContainText(`已覆盖 ${t.dormitoriesCovered} / 共 ${t.dormitories}`, quick);
    await expect(scope.getByTestId('kpi-working-group')).toContainText(`${t.collegesWithCompleteWorkingGroup} / 共 ${t.colleges} 个学院`, quick);
    await expect(scope.getByTestId('kpi-workstation')).toContainText(`${t.collegesWithWorkstation} / 共 ${t.colleges} 个学院`, quick);
    await expect(scope.getByTestId('kpi-committee-members-value')).toHaveText(t.committeeMembers.toLocaleString('zh-CN'), quick);
    await expect(scope.getByTestId('kpi-dorm-officers-value')).toHaveText(t.dormOfficers.toLocaleString('zh-CN'), quick);
  }).toPass({ timeout: 30_000 });
}

/** The gap items listed on a college page, by test id. */
async function gapItems(page: Page): Promise<string[]> {
  const gaps = page.getByTestId('roster-gaps');
  await expect(gaps).toBeVisible();
  const ids = await gaps.locator('[data-testid^="gap-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid') ?? ''));
  return ids.sort();
}

// The administrator's session saved by the setup project (this test changes no account).
test.use({ storageState: STORAGE_STATE.admin });

test('coverage overview for both levels, side by side, gap lists and CSV exports', async ({ page, browser, baseURL }) => {
  test.setTimeout(240_000);

  // ---- Seed a small university with known gaps at both levels (unique codes per run).
  const stamp = Date.now();
  const tag = `${stamp.toString(36).toUpperCase()}${Math.floor(Math.random() * 1296).toString(36).toUpperCase()}`;
  const [A, B] = [`VA${tag}`, `VB${tag}`];
  const [nameA, nameB] = [`覆盖甲学院${tag}`, `覆盖乙学院${tag}`];
  const no = (i: number) => `${String(stamp % 1e8).padStart(8, '0')}${String(i).padStart(2, '0')}`;
  const staff = (i: number) => `S${tag}${i}`;
  const appointed = daysAgo(14);

  const files: [string, string[]][] = [
    ['COLLEGES', ['code,name', `${A},${nameA}`, `${B},${nameB}`]],
    ['STAFF', ['staff_no,name,college_code', `${staff(1)},甲书记,${A}`, `${staff(2)},甲院长,${A}`, `${staff(3)},甲副书记,${A}`, `${staff(4)},甲辅导员,${A}`]],
    [
      'CLASSES',
      [
        'code,name,college_code,level,grade',
        `${A}-U1,甲本一班,${A},UNDERGRADUATE,2024`,
        `${A}-U2,甲本二班,${A},UNDERGRADUATE,2024`,
        `${A}-U3,甲本三班,${A},UNDERGRADUATE,2024`, // only a withdrawn student: not active
        `${A}-U4,甲本四班,${A},UNDERGRADUATE,2024`, // its committee member is suspended below
        `${A}-G1,甲研一班,${A},GRADUATE,2024`,
        `${A}-G2,甲研二班,${A},GRADUATE,2024`,
        `${B}-U1,乙本一班,${B},UNDERGRADUATE,2024`,
        `${B}-G1,乙研一班,${B},GRADUATE,2024`,
        `${B}-G2,乙研二班,${B},GRADUATE,2024`,
      ],
    ],
    [
      'DORMITORIES',
      [
        'code,building,room,college_code,level',
        `${A}-UD1,甲楼,101,${A},UNDERGRADUATE`,
        `${A}-UD2,甲楼,102,${A},UNDERGRADUATE`,
        `${A}-UD3,甲楼,103,${A},UNDERGRADUATE`, // only a withdrawn resident: not active
        `${A}-GD1,甲研楼,201,${A},GRADUATE`,
        `${B}-UD1,乙楼,101,${B},UNDERGRADUATE`,
        `${B}-GD1,乙研楼,201,${B},GRADUATE`,
      ],
    ],
    [
      'STUDENTS',
      [
        'student_no,name,gender,class_code,dorm_code,status,is_dorm_head',
        `${no(1)},甲一,F,${A}-U1,${A}-UD1,ENROLLED,true`,
        `${no(2)},甲二,F,${A}-U1,${A}-UD1,ENROLLED,false`,
        `${no(3)},甲三,M,${A}-U2,${A}-UD2,ENROLLED,true`,
        `${no(4)},甲四,M,${A}-U3,${A}-UD3,WITHDRAWN,true`,
        `${no(5)},甲五,M,${A}-U4,${A}-UD2,ENROLLED,false`,
        `${no(6)},甲六,F,${A}-U4,,ENROLLED,false`,
        `${no(11)},甲研一,F,${A}-G1,${A}-GD1,ENROLLED,false`,
        `${no(12)},甲研二,M,${A}-G2,${A}-GD1,ENROLLED,false`,
        `${no(21)},乙一,F,${B}-U1,${B}-UD1,ENROLLED,true`,
        `${no(31)},乙研一,M,${B}-G1,${B}-GD1,ENROLLED,true`,
        `${no(32)},乙研二,M,${B}-G2,${B}-GD1,ENROLLED,false`,
      ],
    ],
    [
      'WORKING_GROUP',
      [
        'college_code,staff_no,position,levels',
        `${A},${staff(1)},PARTY_SECRETARY,UNDERGRADUATE;GRADUATE`,
        `${A},${staff(2)},DEAN,UNDERGRADUATE;GRADUATE`,
        `${A},${staff(3)},DEPUTY_PARTY_SECRETARY,UNDERGRADUATE`, // graduate network: this position is missing
        `${A},${staff(4)},COUNSELOR,UNDERGRADUATE;GRADUATE`,
      ],
    ],
    ['WORKSTATIONS', ['college_code,room,facilities', `${A},甲楼 301,SOFA;BOOKS`]],
    [
      'COMMITTEE_MEMBERS',
      [
        'class_code,student_no,appointed_on,attests_service,attests_wellbeing',
        `${A}-U1,${no(1)},${appointed},true,true`,
        `${A}-U4,${no(5)},${appointed},true,true`,
        `${A}-G2,${no(12)},${appointed},true,true`,
        `${B}-U1,${no(21)},${appointed},true,true`,
      ],
    ],
    [
      'DORM_OFFICERS',
      ['dorm_code,student_no,appointed_on', `${A}-UD1,${no(2)},${appointed}`, `${B}-UD1,${no(21)},${appointed}`, `${B}-GD1,${no(31)},${appointed}`],
    ],
    // 甲五 is suspended: their committee post in 甲本四班 ends, and the class (甲六 still enrolled) is a gap.
    ['STUDENTS', ['student_no,name,gender,class_code,dorm_code,status,is_dorm_head', `${no(5)},甲五,M,${A}-U4,${A}-UD2,SUSPENDED,false`]],
  ];
  for (const [kind, lines] of files) {
    const data = await gql<{ importRoster: { errors: unknown[] } }>(page.request, IMPORT, { kind, csv: lines.join('\n') });
    expect(data.importRoster.errors, kind).toEqual([]);
  }

  // ---- The API's figures, and the hand computation of our two colleges.
  const api = async (level: Level) => (await gql<{ networkCoverage: { total: Row; colleges: Row[] } }>(page.request, COVERAGE, { level })).networkCoverage;
  const [ug, gr] = [await api('UNDERGRADUATE'), await api('GRADUATE')];
  const pick = (r: { colleges: Row[] }, code: string) => r.colleges.find((c) => c.collegeCode === code);
  expect(pick(ug, A)).toMatchObject({ classes: 3, classesCovered: 1, dormitories: 2, dormitoriesCovered: 1, committeeMembers: 1, dormOfficers: 1, collegesWithCompleteWorkingGroup: 1, collegesWithWorkstation: 1 });
  expect(pick(ug, B)).toMatchObject({ classes: 1, classesCovered: 1, dormitories: 1, dormitoriesCovered: 1, committeeMembers: 1, dormOfficers: 1, collegesWithCompleteWorkingGroup: 0, collegesWithWorkstation: 0 });
  expect(pick(gr, A)).toMatchObject({ classes: 2, classesCovered: 1, dormitories: 1, dormitoriesCovered: 0, committeeMembers: 1, dormOfficers: 0, collegesWithCompleteWorkingGroup: 0, collegesWithWorkstation: 1 });
  expect(pick(gr, B)).toMatchObject({ classes: 2, classesCovered: 0, dormitories: 1, dormitoriesCovered: 1, committeeMembers: 0, dormOfficers: 1, collegesWithCompleteWorkingGroup: 0, collegesWithWorkstation: 0 });

  // The table cells of our colleges, as the dashboard shows them (zh-CN).
  const expectedRows: Record<Level, Record<string, string[]>> = {
    UNDERGRADUATE: {
      [A]: [A, nameA, '3', '1', '33.3%', '2', '1', '50.0%', '是', '是', '1', '1'],
      [B]: [B, nameB, '1', '1', '100.0%', '1', '1', '100.0%', '否', '否', '1', '1'],
    },
    GRADUATE: {
      [A]: [A, nameA, '2', '1', '50.0%', '1', '0', '0.0%', '否', '是', '1', '0'],
      [B]: [B, nameB, '2', '0', '0.0%', '1', '1', '100.0%', '否', '否', '0', '1'],
    },
  };
  const rowCells = async (scope: Locator, code: string) =>
    (await scope.getByTestId(`college-row-${code}`).locator('td').allInnerTexts()).map((s) => s.trim());
  const compactRows: Record<Level, Record<string, string[]>> = {
    UNDERGRADUATE: { [A]: [nameA, '33.3% (1/3)', '50.0% (1/2)', '是', '是'], [B]: [nameB, '100.0% (1/1)', '100.0% (1/1)', '否', '否'] },
    GRADUATE: { [A]: [nameA, '50.0% (1/2)', '0.0% (0/1)', '否', '是'], [B]: [nameB, '0.0% (0/2)', '100.0% (1/1)', '否', '否'] },
  };
  const compactCells = async (scope: Locator, code: string) =>
    (await scope.getByTestId(`college-row-${code}`).locator('td').allInnerTexts()).map((s) => s.replace(/\s+/g, ' ').trim());

  // ---- Overview, undergraduate (the default level).
  await page.goto('/');
  // The first page of a run loads its code on a busy machine: allow it more time.
  await expect(page.getByRole('heading', { level: 1, name: '网络概览' })).toBeVisible({ timeout: 30_000 });
  const ugView = page.getByTestId('overview-level-UNDERGRADUATE');
  await expectKpis(ugView, async () => (await api('UNDERGRADUATE')).total);
  await expect(ugView.getByTestId(`college-row-${A}`)).toBeVisible();
  expect(await rowCells(ugView, A)).toEqual(expectedRows.UNDERGRADUATE[A]);
  expect(await rowCells(ugView, B)).toEqual(expectedRows.UNDERGRADUATE[B]);
  // Worst first: 甲 (33.3%) above 乙 (100%).
  const order = await ugView.getByTestId('college-table').locator('tbody tr[data-row-key]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-row-key')));
  expect(order.indexOf(A)).toBeLessThan(order.indexOf(B));

  // The charts: one bar per college for classes and for dorms, with the college names as links.
  await expect(ugView.getByTestId('bar-chart-classes')).toBeVisible();
  await expect(ugView.getByTestId('bar-chart-dorms')).toBeVisible();
  await expect(ugView.getByTestId(`chart-link-classes-${A}`)).toBeAttached();
  await expect(ugView.getByTestId(`chart-link-dorms-${B}`)).toBeAttached();
  await expect(ugView.getByTestId('class-coverage-chart').locator('.chart-legend')).toContainText('未覆盖班级');

  // The college table's CSV export: exactly the table's rows and cells.
  const exported = await expectExportMatchesTable(page, ugView.getByTestId('export-colleges'), ugView.getByTestId('college-table'));
  expect(exported.find((r) => r[0] === A)).toEqual(expectedRows.UNDERGRADUATE[A]);
  expect(exported.at(-1)?.[0]).toBe('全校合计');
  // Sorted by code, the export follows the table's new order.
  await ugView.getByTestId('college-table').getByRole('columnheader', { name: '学院代码' }).click();
  await expectExportMatchesTable(page, ugView.getByTestId('export-colleges'), ugView.getByTestId('college-table'));

  // A chart's table view (keyboard: the radio group switches with the arrow keys) and its export.
  const classChart = ugView.getByTestId('class-coverage-chart');
  await classChart.getByRole('radio', { name: '图表' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(classChart.getByRole('radio', { name: '表格' })).toBeChecked();
  const pointTable = classChart.getByTestId('class-coverage-chart-table');
  await expect(pointTable.getByTestId(`point-row-${A}`)).toBeVisible();
  expect((await pointTable.getByTestId(`point-row-${A}`).locator('td').allInnerTexts()).map((s) => s.trim())).toEqual([A, nameA, '1', '2', '3', '33.3%']);
  await expectExportMatchesTable(page, classChart.getByTestId('class-coverage-chart-export'), pointTable);

  // Coverage over time: the current semester by default, its weeks so far as the API has them.
  const { today, semester } = todayAndSemester();
  const history = (
    await gql<{ coverageHistory: { points: { weekStart: string; measuredOn: string; classes: number; classesCovered: number; classCoverage: number; dormitories: number; dormitoriesCovered: number; dormCoverage: number }[] } }>(
      page.request,
      HISTORY,
      { level: 'UNDERGRADUATE', semester },
    )
  ).coverageHistory.points.filter((p) => p.weekStart <= today);
  const trend = page.getByTestId('coverage-trend');
  await expect(trend.getByTestId('trend-semester')).toContainText(`${semester.slice(0, 4)}–${semester.slice(5, 9)} 学年第 ${semester.slice(-1)} 学期`);
  await chooseRadio(page, trend.getByTestId('coverage-trend-view'), '表格');
  // Weeks with a post held somewhere are drawn and tabulated; otherwise a sentence says why not.
  if (history.some((p) => p.classesCovered > 0 || p.dormitoriesCovered > 0)) {
    const trendRows = (await tableTexts(trend.getByTestId('trend-table'))).slice(1);
    expect(trendRows).toEqual(
      history.map((p) => [p.weekStart, p.measuredOn, `${p.classes}`, `${p.classesCovered}`, rate(p.classCoverage, p.classes), `${p.dormitories}`, `${p.dormitoriesCovered}`, rate(p.dormCoverage, p.dormitories)]),
    );
    await expectExportMatchesTable(page, trend.getByTestId('trend-export'), trend.getByTestId('trend-table'));
  } else {
    await expect(trend.getByTestId('trend-empty')).toBeVisible();
  }

  // ---- Switch the level: the KPI figures become the graduate ones.
  await chooseRadio(page, page.getByRole('radiogroup', { name: '培养层次' }), '研究生');
  await expect(page).toHaveURL(/level=GRADUATE/);
  const grView = page.getByTestId('overview-level-GRADUATE');
  await expectKpis(grView, async () => (await api('GRADUATE')).total);
  expect(`${gr.total.classesCovered}/${gr.total.classes}`).not.toBe(`${ug.total.classesCovered}/${ug.total.classes}`);
  await expect(page.getByTestId('overview-level-UNDERGRADUATE')).toHaveCount(0);
  expect(await rowCells(grView, A)).toEqual(expectedRows.GRADUATE[A]);
  expect(await rowCells(grView, B)).toEqual(expectedRows.GRADUATE[B]);
  await expectExportMatchesTable(page, grView.getByTestId('export-colleges'), grView.getByTestId('college-table'));

  // ---- Side by side: both networks at once, each with its own figures and charts.
  await chooseRadio(page, page.getByRole('radiogroup', { name: '概览方式' }), '并排对比');
  await expect(page).toHaveURL(/view=compare/);
  await expect(page.getByRole('radiogroup', { name: '培养层次' })).toHaveCount(0);
  for (const level of ['UNDERGRADUATE', 'GRADUATE'] as const) {
    const column = page.getByTestId(`overview-level-${level}`);
    await expect(column).toBeVisible();
    await expectKpis(column, async () => (await api(level)).total);
    // The narrower side-by-side table: the college, both rates with "(covered/total)", working group, workstation.
    expect(await compactCells(column, A)).toEqual(compactRows[level][A]);
    expect(await compactCells(column, B)).toEqual(compactRows[level][B]);
    await expect(column.getByTestId('bar-chart-classes')).toBeVisible();
    await expect(column.getByTestId('bar-chart-dorms')).toBeVisible();
  }

  // Clicking a college in the graduate column's chart (from the keyboard) opens its graduate page.
  const grColumn = page.getByTestId('overview-level-GRADUATE');
  await grColumn.getByTestId(`chart-link-classes-${B}`).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/colleges/${B}\\?level=GRADUATE$`));
  await expect(page.getByTestId('roster-heading')).toContainText('研究生');
  expect(await gapItems(page)).toEqual(
    [`gap-class-${B}-G1`, `gap-class-${B}-G2`, 'gap-position-COUNSELOR', 'gap-position-DEAN', 'gap-position-DEPUTY_PARTY_SECRETARY', 'gap-position-PARTY_SECRETARY', 'gap-workstation'].sort(),
  );
  await expect(page.getByTestId('roster-gaps-total')).toHaveText('共 7 项缺口');

  // ---- 甲学院, undergraduate, opened from a row of the college table.
  await page.goto('/');
  await page.getByTestId('overview-level-UNDERGRADUATE').getByTestId('college-table').getByRole('link', { name: nameA }).click();
  await expect(page).toHaveURL(new RegExp(`/colleges/${A}$`));
  expect(await gapItems(page)).toEqual([`gap-class-${A}-U2`, `gap-class-${A}-U4`, `gap-dorm-${A}-UD2`, 'gap-facilities'].sort());
  await expect(page.getByTestId('gap-facilities')).toHaveAttribute('data-facilities', 'TALK_TABLE_CHAIRS,TEA_TABLE');
  await expect(page.getByTestId(`gap-dorm-${A}-UD2`)).toContainText('建议人选：甲三');

  // Each gap opens the right dialog (its button in the gap list; the tables below have buttons of the same name):
  // the committee appointment of that class…
  await page.getByTestId('roster-gaps').getByRole('button', { name: '任命心理委员 · 甲本二班' }).click();
  const committee = page.getByRole('dialog', { name: '任命班级心理委员 · 甲本二班' });
  await expect(committee).toBeVisible();
  await committee.getByRole('button', { name: '取消' }).click();
  await expect(committee).toBeHidden();
  // …the workstation editor for its missing facilities…
  await page.getByTestId('roster-gaps').getByRole('button', { name: '编辑工作站 · 学生心理健康教育工作站' }).click();
  const workstation = page.getByTestId('workstation-modal').getByRole('dialog');
  await expect(workstation).toBeVisible();
  await expect(workstation.getByRole('checkbox', { name: '沙发' })).toBeChecked();
  await expect(workstation.getByRole('checkbox', { name: '茶几' })).not.toBeChecked();
  await workstation.getByRole('button', { name: '取消' }).click();
  await expect(workstation).toBeHidden();
  // …and the officer appointment of the dorm, with its dorm head suggested: appointing closes the gap.
  await page.getByTestId('roster-gaps').getByRole('button', { name: `任命信息员 · ${A}-UD2` }).click();
  const officer = page.getByRole('dialog', { name: `任命宿舍心理信息员 · ${A}-UD2` });
  await expect(officer).toBeVisible();
  await expect(officer).toContainText('甲三');
  await officer.getByRole('button', { name: '任命', exact: true }).click();
  await expect(officer).toBeHidden();
  await expect(page.getByTestId(`gap-dorm-${A}-UD2`)).toHaveCount(0);
  expect(await gapItems(page)).toEqual([`gap-class-${A}-U2`, `gap-class-${A}-U4`, 'gap-facilities'].sort());

  // ---- 甲学院, graduate: the deputy secretary serves undergraduates only.
  await chooseRadio(page, page.getByRole('radiogroup', { name: '培养层次' }), '研究生');
  await expect(page.getByTestId('roster-heading')).toContainText('研究生');
  expect(await gapItems(page)).toEqual([`gap-class-${A}-G1`, `gap-dorm-${A}-GD1`, 'gap-position-DEPUTY_PARTY_SECRETARY', 'gap-facilities'].sort());
  await expect(page.getByTestId('gap-position-DEPUTY_PARTY_SECRETARY')).toContainText('甲副书记');
  await page.getByTestId('roster-gaps').getByRole('button', { name: '让 甲副书记 同时服务研究生 · 党组织副书记' }).click();
  const wg = page.getByTestId('working-group-modal').getByRole('dialog');
  await expect(wg).toBeVisible();
  await expect(wg.getByRole('checkbox', { name: '研究生' })).toBeChecked();
  await expect(wg.getByRole('checkbox', { name: '本科生' })).toBeChecked();
  await wg.getByRole('button', { name: '保存', exact: true }).click();
  await expect(wg).toBeHidden();
  await expect(page.getByTestId('gap-position-DEPUTY_PARTY_SECRETARY')).toHaveCount(0);
  await expect(page.getByTestId('gaps-positions')).toContainText('工作组完整');

  // The overview follows: 甲学院's graduate working group is now complete.
  await page.goto('/?level=GRADUATE');
  await expectKpis(page.getByTestId('overview-level-GRADUATE'), async () => (await api('GRADUATE')).total);
  expect((await rowCells(page.getByTestId('overview-level-GRADUATE'), A))[8]).toBe('是');

  // A read-only user (the Center's staff: every college, no roster writes) sees the same gap list, without buttons:
  // the setup project's Center staff session, in a browser of its own.
  const readerContext = await browser.newContext({ baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', storageState: STORAGE_STATE.centerStaff });
  const reader = await readerContext.newPage();
  await reader.goto(`/colleges/${B}?level=GRADUATE`);
  await expect(reader.getByTestId('roster-read-only')).toBeVisible({ timeout: 30_000 });
  expect(await gapItems(reader)).toEqual(
    [`gap-class-${B}-G1`, `gap-class-${B}-G2`, 'gap-position-COUNSELOR', 'gap-position-DEAN', 'gap-position-DEPUTY_PARTY_SECRETARY', 'gap-position-PARTY_SECRETARY', 'gap-workstation'].sort(),
  );
  await expect(reader.getByTestId('roster-gaps').getByRole('button')).toHaveCount(0);
  await readerContext.close();
});

// Issue 9, "numbers people read at a glance": graded rates with a legend, "—" for 0/0, the gaps
// filter, the side-by-side table that fits at 1440 px, ValueTable cards on phones.
test('rates read at a glance: graded colours with a legend, — for 0/0, gaps filter, compare view fits, phone cards', async ({ page, browser, baseURL }, testInfo) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  const stamp = Date.now();
  const tag = `${stamp.toString(36).toUpperCase()}${Math.floor(Math.random() * 1296).toString(36).toUpperCase()}`;
  // G1 has no gap at all; G2 90% classes / 75% dorms; G3 75% / 50%; G4 25% and no dorm (0/0).
  const [G1, G2, G3, G4] = ['GA', 'GB', 'GC', 'GD'].map((p) => `${p}${tag}`) as [string, string, string, string];
  const name = (c: string) => `分级${c.slice(0, 2)}学院${tag}`;
  let n = 0;
  const nextNo = () => `${String(stamp % 1e8).padStart(8, '0')}${String(++n).padStart(2, '0')}`;
  const appointed = daysAgo(14);
  const classes: string[] = [];
  const dorms: string[] = [];
  const students: string[] = [];
  const committee: string[] = [];
  const officers: string[] = [];
  /** `count` classes of a college, `covered` of them with a committee member; the first `dormCount` students live in dorms, `dormsCovered` with an officer. */
  const college = (code: string, count: number, covered: number, dormCount: number, dormsCovered: number) => {
    for (let i = 1; i <= dormCount; i++) dorms.push(`${code}-D${i},${code}楼,${100 + i},${code},UNDERGRADUATE`);
    for (let i = 1; i <= count; i++) {
      const no = nextNo();
      classes.push(`${code}-U${i},${code}班${i},${code},UNDERGRADUATE,2024`);
      students.push(`${no},${code}生${i},F,${code}-U${i},${i <= dormCount ? `${code}-D${i}` : ''},ENROLLED,${i <= dormCount}`);
      if (i <= covered) committee.push(`${code}-U${i},${no},${appointed},true,true`);
      if (i <= dormsCovered) officers.push(`${code}-D${i},${no},${appointed}`);
    }
  };
  college(G1, 2, 2, 1, 1);
  college(G2, 10, 9, 4, 3);
  college(G3, 4, 3, 2, 1);
  college(G4, 4, 1, 0, 0);
  // G4 also has one graduate class, nobody appointed and no graduate dorm.
  classes.push(`${G4}-G1,${G4}研一班,${G4},GRADUATE,2024`);
  students.push(`${nextNo()},${G4}研生,M,${G4}-G1,,ENROLLED,false`);
  const staff = (i: number) => `S${tag}G${i}`;
  const files: [string, string[]][] = [
    ['COLLEGES', ['code,name', ...[G1, G2, G3, G4].map((c) => `${c},${name(c)}`)]],
    ['STAFF', ['staff_no,name,college_code', ...[1, 2, 3, 4].map((i) => `${staff(i)},分级职工${i},${G1}`)]],
    ['CLASSES', ['code,name,college_code,level,grade', ...classes]],
    ['DORMITORIES', ['code,building,room,college_code,level', ...dorms]],
    ['STUDENTS', ['student_no,name,gender,class_code,dorm_code,status,is_dorm_head', ...students]],
    [
      'WORKING_GROUP',
      [
        'college_code,staff_no,position,levels',
        `${G1},${staff(1)},PARTY_SECRETARY,UNDERGRADUATE`,
        `${G1},${staff(2)},DEAN,UNDERGRADUATE`,
        `${G1},${staff(3)},DEPUTY_PARTY_SECRETARY,UNDERGRADUATE`,
        `${G1},${staff(4)},COUNSELOR,UNDERGRADUATE`,
      ],
    ],
    ['WORKSTATIONS', ['college_code,room,facilities', `${G1},分级楼 101,SOFA`]],
    ['COMMITTEE_MEMBERS', ['class_code,student_no,appointed_on,attests_service,attests_wellbeing', ...committee]],
    ['DORM_OFFICERS', ['dorm_code,student_no,appointed_on', ...officers]],
  ];
  for (const [kind, lines] of files) {
    const data = await gql<{ importRoster: { errors: unknown[] } }>(page.request, IMPORT, { kind, csv: lines.join('\n') });
    expect(data.importRoster.errors, kind).toEqual([]);
  }

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 });
  const view = page.getByTestId('overview-level-UNDERGRADUATE');
  const table = view.getByTestId('college-table');
  // The first load of a busy test server can be slow.
  await expect(table.getByTestId(`college-row-${G2}`)).toBeVisible({ timeout: 30_000 });

  // ---- The legend states the thresholds, next to the figures they grade.
  const legend = page.getByTestId('rate-legend');
  await expect(legend).toBeVisible();
  for (const text of ['100%：全部覆盖', '90%–99.9%：接近全覆盖', '75%–89.9%：有缺口', '低于 75%：缺口较大', '—：没有可统计的对象（0/0）']) await expect(legend).toContainText(text);

  // ---- Graded cells: 90% and 75% no longer look alike; 0/0 is "—", not 0.0%.
  const cell = (code: string, col: number) => table.getByTestId(`college-row-${code}`).locator('td').nth(col);
  const grade = (code: string, col: number) => cell(code, col).locator('[data-grade]');
  await expect(cell(G2, 4)).toHaveText('90.0%');
  await expect(grade(G2, 4)).toHaveAttribute('data-grade', 'high');
  await expect(grade(G2, 7)).toHaveAttribute('data-grade', 'medium');
  await expect(grade(G3, 7)).toHaveAttribute('data-grade', 'low');
  await expect(grade(G1, 4)).toHaveAttribute('data-grade', 'complete');
  await expect(cell(G4, 7)).toHaveText('—');
  await expect(grade(G4, 7)).toHaveAttribute('data-grade', 'none');
  const color = (l: Locator) => l.evaluate((el) => getComputedStyle(el).color);
  expect(await color(grade(G2, 4))).not.toBe(await color(grade(G3, 7)));
  // Each graded cell has an icon besides its colour.
  await expect(grade(G3, 7).locator('svg.rate-icon')).toHaveCount(1);
  // The export writes the same "—".
  const exported = await expectExportMatchesTable(page, view.getByTestId('export-colleges'), table);
  expect(exported.find((r) => r[0] === G4)?.[7]).toBe('—');

  // ---- The bars are rates: the rate at the end, graded; the counts in the tooltip.
  const classChart = view.getByTestId('class-coverage-chart');
  const barRate = classChart.getByTestId(`bar-rate-classes-${G2}`);
  await expect(barRate).toHaveText('90.0%');
  await expect(barRate).toHaveAttribute('data-grade', 'high');
  await expect(classChart.getByTestId(`bar-rate-classes-${G1}`)).toHaveText('100.0%');
  await barRate.scrollIntoViewIfNeeded();
  const box = (await barRate.boundingBox())!;
  await page.mouse.move(box.x - 80, box.y + box.height / 2);
  await expect(classChart.getByTestId('bar-tooltip')).toContainText('已覆盖 9 / 共 10');
  await expect(classChart.getByTestId('bar-tooltip')).toContainText('90.0%');
  // G4 has no dorm: no dorm bar rather than a 0% one.
  await expect(view.getByTestId(`chart-link-dorms-${G4}`)).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('overview-1440-zh.png'), fullPage: true });

  // ---- Only colleges with gaps: the table, both charts and the export lose G1; the KPIs stay the totals.
  const kpiBefore = await view.getByTestId('kpi-class-coverage-value').innerText();
  const rowCount = () => table.locator('[data-testid^="college-row-"]:not([data-testid="college-row-total"])').count();
  const before = await rowCount();
  await page.getByTestId('gaps-only').click();
  await expect(page).toHaveURL(/gaps=1/);
  await expect(table.getByTestId(`college-row-${G1}`)).toHaveCount(0);
  await expect(table.getByTestId(`college-row-${G2}`)).toBeVisible();
  expect(await rowCount()).toBeLessThan(before);
  await expect(view.getByTestId('gaps-count')).toBeVisible();
  await expect(view.getByTestId(`chart-link-classes-${G1}`)).toHaveCount(0);
  await expect(view.getByTestId(`chart-link-classes-${G2}`)).toBeAttached();
  await expect(view.getByTestId('kpi-class-coverage-value')).toHaveText(kpiBefore);
  const filtered = await expectExportMatchesTable(page, view.getByTestId('export-colleges'), table);
  expect(filtered.map((r) => r[0])).not.toContain(G1);
  expect(filtered.map((r) => r[0])).toEqual(expect.arrayContaining([G2, G3, G4]));
  expect(filtered.length - 2).toBe(await rowCount()); // header and total row
  // The chart's own table view and export follow the filter too.
  await chooseRadio(page, classChart.getByTestId('class-coverage-chart-view'), '表格');
  await expect(classChart.getByTestId(`point-row-${G1}`)).toHaveCount(0);
  const points = await expectExportMatchesTable(page, classChart.getByTestId('class-coverage-chart-export'), classChart.getByTestId('class-coverage-chart-table'));
  expect(points.map((r) => r[0])).toEqual(expect.arrayContaining([G2, G3, G4]));
  expect(points.map((r) => r[0])).not.toContain(G1);
  await page.getByTestId('gaps-only').click();
  await expect(table.getByTestId(`college-row-${G1}`)).toBeVisible();

  // ---- Side by side at 1440 px: every column of both tables is on screen, in Chinese and in English.
  const expectCompareFits = async () => {
    for (const level of ['UNDERGRADUATE', 'GRADUATE'] as const) {
      const column = page.getByTestId(`overview-level-${level}`);
      const compareTable = column.getByTestId('college-table');
      await expect(compareTable.locator('thead th').first()).toBeVisible();
      const card = (await column.getByTestId('college-table-card').boundingBox())!;
      const edges = await compareTable.locator('thead th').evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().right));
      expect(edges.length).toBe(5);
      for (const right of edges) {
        expect(right).toBeLessThanOrEqual(Math.min(card.x + card.width, 1440) + 0.5);
      }
      // Nothing scrolls sideways inside the table either.
      const overflow = await compareTable.locator('.ant-table-content, .ant-table-body').first().evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(overflow).toBeLessThanOrEqual(1);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1440);
  };
  await chooseRadio(page, page.getByRole('radiogroup', { name: '概览方式' }), '并排对比');
  await expect(page.getByTestId(`overview-level-GRADUATE`).getByTestId('college-table')).toBeVisible();
  await expectCompareFits();
  const compareRow = async (level: string, code: string) =>
    (await page.getByTestId(`overview-level-${level}`).getByTestId(`college-row-${code}`).locator('td').allInnerTexts()).map((s) => s.replace(/\s+/g, ' ').trim());
  expect(await compareRow('UNDERGRADUATE', G2)).toEqual([name(G2), '90.0% (9/10)', '75.0% (3/4)', '否', '否']);
  expect(await compareRow('UNDERGRADUATE', G4)).toEqual([name(G4), '25.0% (1/4)', '—', '否', '否']);
  await page.getByRole('radiogroup', { name: '界面语言' }).locator('label').filter({ hasText: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('overview-level-UNDERGRADUATE').getByTestId('college-table').locator('thead')).toContainText('Class coverage');
  await expect(page.getByTestId('rate-legend')).toContainText('90%–99.9%: nearly covered');
  await expectCompareFits();
  await page.screenshot({ path: testInfo.outputPath('compare-1440-en.png'), fullPage: true });

  // ---- Phones (390 px): the tables are cards, the total is the last card, nothing scrolls sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  const phoneTable = page.getByTestId('overview-level-UNDERGRADUATE').getByTestId('college-table');
  await expect(phoneTable.getByTestId(`college-row-${G2}`)).toBeVisible({ timeout: 30_000 });
  await expect(phoneTable.locator('table')).toHaveCount(0);
  await expect(phoneTable.getByTestId(`college-row-${G2}`)).toContainText('Class coverage');
  await expect(phoneTable.getByTestId(`college-row-${G2}`)).toContainText('90.0%');
  await expect(phoneTable.locator('li').last()).toHaveAttribute('data-testid', 'college-row-total');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: testInfo.outputPath('overview-390-en.png'), fullPage: true });
  await page.goto('/?view=compare');
  await expect(page.getByTestId('overview-level-GRADUATE').getByTestId('college-table')).toBeVisible({ timeout: 30_000 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: testInfo.outputPath('compare-390-en.png'), fullPage: true });

  // ---- A college leader of G4 at the graduate level: nothing to count for dorms, no post ever held.
  const leader = { username: `glance-${tag.toLowerCase()}`, password: `glance-pw-${tag}` };
  await gql(page.request, 'mutation($input: CreateUserInput!) { createUser(input: $input) { username } }', {
    input: { ...leader, grants: [{ role: 'COLLEGE_LEADER', collegeCode: G4 }] },
  });
  const leaderContext = await browser.newContext({ baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1440, height: 900 } });
  const leaderPage = await leaderContext.newPage();
  await gql(leaderPage.request, 'mutation($username: String!, $password: String!) { login(username: $username, password: $password) { token } }', leader);
  await leaderPage.goto('/overview?level=GRADUATE');
  const grView = leaderPage.getByTestId('overview-level-GRADUATE');
  await expect(grView.getByTestId('kpi-dorm-coverage-value')).toHaveText('—', { timeout: 30_000 });
  await expect(grView.getByTestId('kpi-class-coverage-value')).toHaveText('0.0%');
  await expect(grView.getByTestId('kpi-dorm-coverage')).toHaveAttribute('data-grade', 'none');
  await expect(grView.getByTestId(`college-row-${G4}`).locator('td').nth(7)).toHaveText('—');
  // The trend has no post held in any week: a sentence, not two flat 0% lines.
  const trend = leaderPage.getByTestId('coverage-trend');
  const empty = trend.getByTestId('trend-empty');
  await expect(empty).toBeVisible();
  await expect(trend.getByTestId('trend-chart')).toHaveCount(0);
  // (Between semesters the current one may not have begun yet: that has its own sentence.)
  await expect(empty).toContainText(/没有任何心理委员或信息员的任职记录|尚未开始/);
  await expect(trend.getByTestId('trend-export')).toBeDisabled();
  await leaderPage.screenshot({ path: testInfo.outputPath('leader-graduate-1440-zh.png'), fullPage: true });
  await leaderContext.close();
});
