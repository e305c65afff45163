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

/** The six KPI cards of one level, checked against the API's total row. */
async function expectKpis(scope: Locator, total: Row) {
  await expect(scope.getByTestId('kpi-class-coverage-value')).toHaveText(pct(total.classCoverage));
  await expect(scope.getByTestId('kpi-class-coverage')).toContainText(`已覆盖 ${total.classesCovered} / 共 ${total.classes}`);
  await expect(scope.getByTestId('kpi-dorm-coverage-value')).toHaveText(pct(total.dormCoverage));
  await expect(scope.getByTestId('kpi-dorm-coverage')).toContainText(`已覆盖 ${total.dormitoriesCovered} / 共 ${total.dormitories}`);
  await expect(scope.getByTestId('kpi-working-group')).toContainText(`${total.collegesWithCompleteWorkingGroup} / 共 ${total.colleges} 个学院`);
  await expect(scope.getByTestId('kpi-workstation')).toContainText(`${total.collegesWithWorkstation} / 共 ${total.colleges} 个学院`);
  await expect(scope.getByTestId('kpi-committee-members-value')).toHaveText(total.committeeMembers.toLocaleString('zh-CN'));
  await expect(scope.getByTestId('kpi-dorm-officers-value')).toHaveText(total.dormOfficers.toLocaleString('zh-CN'));
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
  test.setTimeout(120_000);

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

  // ---- Overview, undergraduate (the default level).
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: '网络概览' })).toBeVisible();
  const ugView = page.getByTestId('overview-level-UNDERGRADUATE');
  await expectKpis(ugView, ug.total);
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
  if (history.length > 0) {
    const trendRows = (await tableTexts(trend.getByTestId('trend-table'))).slice(1);
    expect(trendRows).toEqual(
      history.map((p) => [p.weekStart, p.measuredOn, `${p.classes}`, `${p.classesCovered}`, pct(p.classCoverage), `${p.dormitories}`, `${p.dormitoriesCovered}`, pct(p.dormCoverage)]),
    );
    await expectExportMatchesTable(page, trend.getByTestId('trend-export'), trend.getByTestId('trend-table'));
  }

  // ---- Switch the level: the KPI figures become the graduate ones.
  await chooseRadio(page, page.getByRole('radiogroup', { name: '培养层次' }), '研究生');
  await expect(page).toHaveURL(/level=GRADUATE/);
  const grView = page.getByTestId('overview-level-GRADUATE');
  await expectKpis(grView, gr.total);
  expect(`${gr.total.classesCovered}/${gr.total.classes}`).not.toBe(`${ug.total.classesCovered}/${ug.total.classes}`);
  await expect(page.getByTestId('overview-level-UNDERGRADUATE')).toHaveCount(0);
  expect(await rowCells(grView, A)).toEqual(expectedRows.GRADUATE[A]);
  expect(await rowCells(grView, B)).toEqual(expectedRows.GRADUATE[B]);
  await expectExportMatchesTable(page, grView.getByTestId('export-colleges'), grView.getByTestId('college-table'));

  // ---- Side by side: both networks at once, each with its own figures and charts.
  await chooseRadio(page, page.getByRole('radiogroup', { name: '概览方式' }), '并排对比');
  await expect(page).toHaveURL(/view=compare/);
  await expect(page.getByRole('radiogroup', { name: '培养层次' })).toHaveCount(0);
  for (const [level, report] of [['UNDERGRADUATE', ug], ['GRADUATE', gr]] as const) {
    const column = page.getByTestId(`overview-level-${level}`);
    await expect(column).toBeVisible();
    await expectKpis(column, report.total);
    expect(await rowCells(column, A)).toEqual(expectedRows[level][A]);
    expect(await rowCells(column, B)).toEqual(expectedRows[level][B]);
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
  const after = await api('GRADUATE');
  await expectKpis(page.getByTestId('overview-level-GRADUATE'), after.total);
  expect((await rowCells(page.getByTestId('overview-level-GRADUATE'), A))[8]).toBe('是');

  // A read-only user (the Center's staff: every college, no roster writes) sees the same gap list, without buttons:
  // the setup project's Center staff session, in a browser of its own.
  const readerContext = await browser.newContext({ baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', storageState: STORAGE_STATE.centerStaff });
  const reader = await readerContext.newPage();
  await reader.goto(`/colleges/${B}?level=GRADUATE`);
  await expect(reader.getByTestId('roster-read-only')).toBeVisible();
  expect(await gapItems(reader)).toEqual(
    [`gap-class-${B}-G1`, `gap-class-${B}-G2`, 'gap-position-COUNSELOR', 'gap-position-DEAN', 'gap-position-DEPUTY_PARTY_SECRETARY', 'gap-position-PARTY_SECRETARY', 'gap-workstation'].sort(),
  );
  await expect(reader.getByTestId('roster-gaps').getByRole('button')).toHaveCount(0);
  await readerContext.close();
});
