import { readFile } from 'node:fs/promises';
import { expect, type Locator, test } from '@playwright/test';
import { expectNoSeriousViolations } from '../support/axe.js';
import { STORAGE_STATE } from '../support/auth.js';
import { DESKTOP, expectFitsPhone, openOption, PHONE, settle, visit } from '../support/layout.js';
import { SAMPLE } from '../support/seed.js';

// Issue 10, "basic skills +" training: the sample college's leader enters the semester's plan,
// holds a session, records attendance from the college's trainees and the modules (by hand and by
// file); the overview and the college's page follow; the plan downloads as 附件3; the committee
// member sees their own status on a phone. The sample college (support/seed.ts) has one
// undergraduate trainee, its committee member 张伟, so every figure is known.
test.describe.configure({ mode: 'serial' });

const { college, committee } = SAMPLE;
const stamp = Date.now().toString(36).toUpperCase().slice(-6);
const SESSIONS = [
  { code: `CS-${stamp}-1`, title: `心理危机识别 ${stamp}`, daysFromToday: -3, speaker: '王老师', place: '知行楼 323' },
  { code: `CS-${stamp}-2`, title: `朋辈倾听工作坊 ${stamp}`, daysFromToday: 10, speaker: '李老师', place: '学生活动中心' },
  { code: `CS-${stamp}-3`, title: `宿舍关系案例研讨 ${stamp}`, daysFromToday: 20, speaker: '', place: '' },
] as const;

/** YYYY-MM-DD `days` from today, in the school's time zone. */
const day = (days: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + days * 86_400_000));

/** antd's date picker takes YYYY-MM-DD typed in, then Enter. */
async function typeDate(field: Locator, date: string) {
  await field.click();
  await field.fill(date);
  await field.press('Enter');
}

test.describe('a college leader', () => {
  test.use({ storageState: STORAGE_STATE.leader, viewport: DESKTOP });

  test('enters a plan of 3 sessions, holds one, records attendance and modules; the overview and the college page follow', async ({ page }) => {
    test.setTimeout(300_000);
    // The overview: the college's one trainee has completed nothing, no session is held.
    await page.goto('/');
    // Their landing first (the checklist: "/" moves on once it knows where they belong), then the menu.
    await expect(page).toHaveURL(new RegExp(`/colleges/${college.code}/checklist$`));
    await page.getByRole('navigation', { name: '主导航' }).getByTestId('nav-training').click();
    await expect(page).toHaveURL(/\/training$/);
    await expect(page.getByRole('heading', { level: 1, name: '培训完成情况' })).toBeVisible();
    const row = page.getByTestId(`training-row-${college.code}`);
    await expect(row).toContainText(college.name);
    await expect(page.getByTestId('kpi-trainees-value')).toHaveText('1');
    await expect(page.getByTestId(`training-bar-rate-${college.code}`)).toHaveText('0.0%');
    await expect(page.getByTestId(`target-${college.code}`)).toHaveText('0 · 未达标');

    // The college's training page, from the table.
    await page.getByTestId(`training-link-${college.code}`).click();
    await expect(page).toHaveURL(new RegExp(`/colleges/${college.code}/training\\?semester=\\d{4}-\\d{4}-[12]$`));
    await expect(page.getByTestId('college-training-heading')).toHaveText(`${college.name} · 培训`);
    await expect(page.getByTestId('missing-sessions')).toContainText('还差 2 场');
    await expect(page.getByTestId('missing-module-COURSEWARE')).toContainText(`${committee.name}（${committee.studentNo}）`);

    // The plan: three sessions with every field.
    for (const s of SESSIONS) {
      await page.getByTestId('session-add').click();
      const dialog = page.getByRole('dialog', { name: '新增培训' });
      await dialog.getByTestId('session-code').fill(s.code);
      await dialog.getByTestId('session-title').fill(s.title);
      await typeDate(dialog.getByTestId('session-planned-on'), day(s.daysFromToday));
      if (s.speaker) await dialog.getByTestId('session-speaker').fill(s.speaker);
      if (s.place) await dialog.getByTestId('session-place').fill(s.place);
      await dialog.getByRole('button', { name: '新增', exact: true }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByTestId(`session-row-${s.code}`)).toContainText(s.title);
      await expect(page.getByTestId(`session-status-${s.code}`)).toHaveText('计划中');
    }
    const [first] = SESSIONS;
    await expect(page.getByTestId(`session-row-${first.code}`)).toContainText(`${first.speaker}`);
    // Planned for three days ago and still planned: the page says so.
    await expect(page.getByTestId('missing-overdue')).toContainText(first.title);
    await expect(page.getByTestId('missing-sessions')).toContainText('计划中 3 场');

    // The first one took place: held on its planned date.
    await page.getByTestId(`session-held-${first.code}`).click();
    const held = page.getByRole('dialog', { name: `标记已举办 · ${first.title}` });
    await expect(held.getByTestId('held-on')).toHaveValue(day(first.daysFromToday));
    await held.getByRole('button', { name: '标记已举办' }).click();
    await expect(held).toBeHidden();
    await expect(page.getByTestId(`session-status-${first.code}`)).toHaveText('已举办');
    await expect(page.getByTestId('college-kpi-sessions-value')).toHaveText('1 场');
    await expect(page.getByTestId('missing-no-attendance')).toContainText(first.title);

    // Attendance from the college's trainees.
    await page.getByTestId(`session-record-${first.code}`).click();
    const attendance = page.getByRole('dialog', { name: `记录签到 · ${first.title}` });
    await attendance.getByRole('combobox', { name: /从本学院学员中选择/ }).click();
    await page.keyboard.type(committee.name);
    await openOption(page, `${committee.name}（${committee.studentNo}）`).click();
    await attendance.getByRole('button', { name: '记录签到' }).click();
    await expect(attendance).toBeHidden();
    await expect(page.getByTestId(`session-attendees-${first.code}`)).toHaveText('1');
    await expect(page.getByTestId('missing-no-attendance')).toHaveCount(0);
    await expect(page.getByTestId(`trainee-sessions-${committee.studentNo}`)).toHaveText('1 场（至少 1）');
    await page.getByTestId(`session-attendees-${first.code}`).click();
    const attendees = page.getByTestId('attendees-modal');
    await expect(attendees.getByTestId(`attendee-${committee.studentNo}`)).toContainText('计入');
    await page.keyboard.press('Escape');
    await expect(attendees).toBeHidden();
    // A session with attendance cannot be deleted.
    await expect(page.getByTestId(`session-delete-${first.code}`)).toBeDisabled();

    // One module by hand: the trainee selected in the table, the module and date as offered.
    await page.getByTestId(`trainee-row-${committee.studentNo}`).getByRole('checkbox').check();
    await page.getByTestId('trainees-record-completion').click();
    const completion = page.getByRole('dialog', { name: '记录模块完成' });
    await expect(completion.getByTestId('completion-date')).toHaveValue(day(0));
    await completion.getByRole('button', { name: '记录', exact: true }).click();
    await expect(completion).toBeHidden();
    await expect(page.getByTestId(`module-done-${committee.studentNo}-COURSEWARE`)).toBeVisible();

    // The other two by file. A wrong student number first: the dry run names its row and column, nothing is written.
    const upload = page.getByTestId('training-import').locator('input[type="file"]');
    const csv = (rows: string[]) => ({ name: 'completions.csv', mimeType: 'text/csv', buffer: Buffer.from(['学号,模块代码,完成日期', ...rows].join('\n')) });
    await upload.setInputFiles(csv([`${committee.studentNo},LECTURE,${day(-1)}`, `9999999999,READER,${day(-1)}`]));
    await expect(page.getByTestId('training-import-errors-alert')).toContainText('发现 1 处错误');
    await expect(page.getByTestId('training-import-error-3')).toContainText('学号');
    await expect(page.getByTestId('training-import-apply')).toBeDisabled();
    await upload.setInputFiles(csv([`${committee.studentNo},LECTURE,${day(-1)}`, `${committee.studentNo},reader,${day(-1).replaceAll('-', '/')} 14:03`]));
    await expect(page.getByTestId('training-import-dry-run-created')).toHaveText('2');
    await expect(page.getByTestId('training-import-dry-run-ok')).toBeVisible();
    await expect(page.getByTestId(`trainee-complete-${committee.studentNo}`)).toHaveText('未完成');
    await page.getByTestId('training-import-apply').click();
    await expect(page.getByTestId('training-import-success')).toContainText('新增 2');

    // The trainee is complete; the college is not on target yet (one session held of 2–3).
    await expect(page.getByTestId(`trainee-complete-${committee.studentNo}`)).toHaveText('已完成');
    await expect(page.getByTestId('college-kpi-completion-value')).toHaveText('100.0%');
    await expect(page.getByTestId('college-target')).toHaveText('未达标');
    await expect(page.getByTestId('missing-sessions')).toContainText('还差 1 场');
    await expect(page.getByTestId('missing-module-COURSEWARE')).toHaveCount(0);

    // The plan (附件3) downloads as an XLSX workbook.
    const download = page.waitForEvent('download');
    await page.getByTestId('plan-export').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
    const bytes = await readFile((await file.path())!);
    expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    // A ZIP lists its entries' names uncompressed: a workbook has its worksheet.
    expect(bytes.includes(Buffer.from('xl/worksheets/'))).toBe(true);

    // Back on the overview: the chart and the table have changed.
    await page.getByTestId('back-to-training').click();
    await expect(page.getByTestId(`training-bar-rate-${college.code}`)).toHaveText('100.0%');
    await expect(page.getByTestId('kpi-completion-value')).toHaveText('100.0%');
    await expect(row).toContainText('100.0%');
    await expect(page.getByTestId(`target-${college.code}`)).toHaveText('1 · 未达标');
    await page.getByTestId('training-chart-view').getByText('表格').click();
    await expect(page.getByTestId(`training-point-row-${college.code}`)).toContainText('100.0%');
  });
});

test.describe('a committee member', () => {
  test.use({ storageState: STORAGE_STATE.committee, viewport: PHONE });

  test('sees their own post, duties and training on a phone', async ({ page }, testInfo) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/my-post$/);
    await settle(page);
    await expect(page.getByRole('heading', { level: 1, name: '我的岗位' })).toBeVisible();
    await expect(page.getByTestId('my-post-committee')).toContainText('班级心理委员');
    await expect(page.getByTestId('my-post-committee')).toContainText('计算机本科一班');
    await expect(page.getByTestId('my-post-duties')).toContainText('遵守保密');
    // The leader's records above: every module done, one held session attended.
    await expect(page.getByTestId('my-training-status')).toHaveText('已完成');
    for (const m of ['COURSEWARE', 'LECTURE', 'READER']) await expect(page.getByTestId(`my-module-${m}`)).toHaveAttribute('data-done', 'true');
    await expect(page.getByTestId('my-sessions-count')).toHaveText('已参加 1 场（至少需 1 场）');
    const [held, planned] = SESSIONS;
    await expect(page.getByTestId(`my-session-${held.code}`)).toContainText('已参加');
    await expect(page.getByTestId(`my-session-${planned.code}`)).toContainText('计划中');
    await expect(page.getByTestId(`my-session-${planned.code}`)).toContainText(planned.place);
    await expect(page.getByTestId(`my-attended-${held.code}`)).toContainText(held.title);
    await expectFitsPhone(page, testInfo, 'my post');
    // Their roster is a link away.
    await page.getByTestId('my-post-roster').click();
    await expect(page).toHaveURL(new RegExp(`/colleges/${college.code}$`));
    await expect(page.getByTestId(`class-row-${committee.classCode}`)).toBeVisible();
  });

  test('the student list shows classmates by number, name and class, without columns or filters they cannot use', async ({ page }) => {
    await page.goto('/students');
    await expect(page.getByTestId('students-names-only')).toBeVisible();
    const table = page.getByTestId('students-table');
    await expect(table).toContainText(committee.classCode);
    for (const hidden of ['学籍状态', '宿舍', '性别']) await expect(table).not.toContainText(hidden);
    await expect(page.getByTestId('filter-status')).toBeHidden();
  });
});

test.describe('the school administration', () => {
  test.use({ storageState: STORAGE_STATE.admin, viewport: DESKTOP });

  test('sets the next semester’s name and its programme', async ({ page }) => {
    test.setTimeout(120_000);
    // The calendar lists the next semester first (newest first), with the default dates until set.
    await page.goto('/admin/semesters');
    const next = page.locator('[data-testid^="semester-row-"]').first();
    const code = ((await next.getAttribute('data-testid')) ?? '').replace('semester-row-', '');
    expect(code).toMatch(/^\d{4}-\d{4}-[12]$/);
    await expect(next).toContainText('默认');
    await page.getByTestId(`semester-edit-${code}`).click();
    const dialog = page.getByRole('dialog', { name: `设置学期 · ${code}` });
    const name = `${code} 测试学期 ${stamp}`;
    await dialog.getByTestId('semester-name').fill(name);
    // An end before the start is refused in the form, before anything is sent.
    const [y1, y2] = [code.slice(0, 4), code.slice(5, 9)];
    const spring = code.endsWith('-2');
    await typeDate(dialog.getByTestId('semester-ends'), spring ? `${y2}-02-01` : `${y1}-08-01`);
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toContainText('结束日期不能早于开始日期');
    await typeDate(dialog.getByTestId('semester-ends'), spring ? `${y2}-07-10` : `${y2}-01-20`);
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
    await expect(next).toContainText(name);
    await expect(next).toContainText('已设置');

    // The programme of that semester: two modules, at least two sessions each.
    await expect(page.getByRole('navigation', { name: '主导航' }).getByTestId('nav-programme')).toBeVisible();
    await page.goto(`/admin/training-programme?semester=${code}`);
    await expect(page.getByTestId('programme-state')).toHaveText('默认方案');
    await expect(page.getByTestId('semester-picker')).toContainText(name);
    await page.getByTestId('programme-modules').getByLabel('close').last().click();
    await page.getByTestId('programme-min').fill('2');
    await page.getByTestId('programme-save').click();
    await expect(page.getByTestId('programme-state')).toHaveText('已设置');
    await page.reload();
    await expect(page.getByTestId('programme-modules')).not.toContainText('READER');
    await expect(page.getByTestId('programme-min')).toHaveValue('2');
  });
});

// SPEC.md §9: the training pages pass axe without serious violations (their phone layout is scanned
// with every page in mobile.spec.ts), with the plan's dialogs open.
const A11Y: [string, string, string[]][] = [
  ['college leader', STORAGE_STATE.leader, ['/training', '/training?view=compare', `/colleges/${college.code}/training`]],
  ['Center staff member', STORAGE_STATE.centerStaff, ['/admin/training-programme']],
  ['school administrator', STORAGE_STATE.admin, ['/admin/semesters']],
  ['committee member', STORAGE_STATE.committee, ['/my-post']],
];
for (const [who, storageState, paths] of A11Y) {
  test.describe(`the training pages of a ${who}`, () => {
    test.use({ storageState });
    {
      test('pass axe', async ({ page }) => {
        test.setTimeout(60_000 + paths.length * 30_000);
        await page.setViewportSize(DESKTOP);
        for (const path of paths) {
          await visit(page, path);
          await settle(page);
          await expectNoSeriousViolations(page);
        }
        if (who === 'college leader') {
          // The dialogs of the plan, on the college's page (the last one visited).
          await page.getByTestId('session-add').click();
          await expect(page.getByRole('dialog', { name: '新增培训' })).toBeVisible();
          await expectNoSeriousViolations(page);
          await page.keyboard.press('Escape');
          await page.getByTestId(`session-record-${SESSIONS[0].code}`).click();
          await expect(page.getByRole('dialog', { name: `记录签到 · ${SESSIONS[0].title}` })).toBeVisible();
          await expectNoSeriousViolations(page);
        }
      });
    }
  });
}
