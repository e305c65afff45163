import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { STORAGE_STATE } from '../support/auth.js';

// The server's database is shared by every test of a run: each test uses its own codes.
function uniqueIds() {
  const stamp = Date.now();
  const tag = `${stamp.toString(36).toUpperCase()}${Math.floor(Math.random() * 36 ** 2).toString(36).toUpperCase()}`;
  // Student numbers are 10 digits: 8 from the clock and 2 for the student.
  const base = String(stamp % 1e8).padStart(8, '0');
  return { tag, studentNo: (i: number) => `${base}${String(i).padStart(2, '0')}` };
}

let dir: string;
test.beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'carenet-e2e-import-'));
});
test.afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

// Every page needs a session: the school administrator's (who may import), saved by the setup project.
test.use({ storageState: STORAGE_STATE.admin });

async function writeCsv(name: string, lines: string[]): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, `${lines.join('\n')}\n`, 'utf8');
  return file;
}

/** antd draws button-style radios over a zero-size input: click the label that holds it. */
async function chooseRadio(page: Page, groupName: string, name: string) {
  const group = page.getByRole('radiogroup', { name: groupName });
  const radio = group.getByRole('radio', { name, exact: true });
  await group.locator('label').filter({ has: page.getByRole('radio', { name, exact: true }) }).click();
  await expect(radio).toBeChecked();
}

/** Chooses the kind on the import page and uploads a file; the dry run starts by itself. */
async function upload(page: Page, kindLabel: string, file: string) {
  await chooseRadio(page, '数据类别', kindLabel);
  // The file input is named after the chosen kind (上传学生文件, …).
  await page.getByLabel(`上传${kindLabel}文件`).setInputFiles(file);
}

async function importThroughUi(page: Page, kindLabel: string, file: string, expected: { created: number }) {
  await upload(page, kindLabel, file);
  const preview = page.getByTestId('import-preview');
  await expect(preview).toBeVisible();
  await expect(page.getByTestId('import-dry-run-created')).toHaveText(String(expected.created));
  await expect(page.getByTestId('import-dry-run-ok')).toBeVisible();
  const apply = page.getByRole('button', { name: '应用导入' });
  await expect(apply).toBeEnabled();
  await apply.click();
  await expect(page.getByTestId('import-success')).toBeVisible();
  await expect(page.getByTestId('import-applied-created')).toHaveText(String(expected.created));
}

test('imports a small roster through the UI and shows its gaps', async ({ page }) => {
  const { tag, studentNo } = uniqueIds();
  const college = `E${tag}`;
  const [classA, classB] = [`${college}-A`, `${college}-B`];
  const [dorm1, dorm2] = [`${college}-D1`, `${college}-D2`];
  const [staff1, staff2] = [`T${tag}1`, `T${tag}2`];
  const s = [1, 2, 3, 4, 5, 6].map(studentNo);

  // Chinese headers for most files, English for some: the importer accepts both.
  const files = {
    colleges: await writeCsv(`colleges-${tag}.csv`, ['学院代码,学院名称', `${college},端到端测试学院`]),
    staff: await writeCsv(`staff-${tag}.csv`, ['staff_no,name,college_code', `${staff1},王老师,${college}`, `${staff2},李老师,${college}`]),
    classes: await writeCsv(`classes-${tag}.csv`, [
      '班级代码,班级名称,学院代码,培养层次,年级,辅导员工号',
      `${classA},测试甲班,${college},本科生,2024,${staff1}`,
      `${classB},测试乙班,${college},UNDERGRADUATE,2024,${staff2}`,
    ]),
    dorms: await writeCsv(`dorms-${tag}.csv`, [
      '宿舍代码,楼栋,房间号,学院代码,培养层次',
      `${dorm1},测试楼,101,${college},本科生`,
      `${dorm2},测试楼,102,${college},本科生`,
    ]),
    students: await writeCsv(`students-${tag}.csv`, [
      '学号,姓名,性别,班级代码,宿舍代码,学籍状态,是否宿舍长',
      `${s[0]},赵一,男,${classA},${dorm1},在读,是`,
      `${s[1]},钱二,男,${classA},${dorm1},在读,否`,
      `${s[2]},孙三,女,${classA},${dorm2},在读,是`,
      `${s[3]},李四,男,${classB},${dorm1},在读,否`,
      `${s[4]},周五,女,${classB},${dorm2},在读,否`,
      `${s[5]},吴六,女,${classB},${dorm2},在读,否`,
    ]),
    committee: await writeCsv(`committee-${tag}.csv`, [
      'class_code,student_no,appointed_on,attests_service,attests_wellbeing',
      `${classA},${s[0]},2024-09-01,true,true`,
    ]),
    officers: await writeCsv(`officers-${tag}.csv`, ['宿舍代码,学号,任职日期', `${dorm1},${s[0]},2024-09-01`]),
  };

  await page.goto('/import');
  await expect(page.getByRole('heading', { level: 1, name: '数据导入' })).toBeVisible();
  await importThroughUi(page, '学院', files.colleges, { created: 1 });
  await importThroughUi(page, '教职工', files.staff, { created: 2 });
  await importThroughUi(page, '班级', files.classes, { created: 2 });
  await importThroughUi(page, '宿舍', files.dorms, { created: 2 });
  await importThroughUi(page, '学生', files.students, { created: 6 });
  await importThroughUi(page, '心理委员', files.committee, { created: 1 });
  await importThroughUi(page, '宿舍信息员', files.officers, { created: 1 });

  // The college page shows the uncovered class and dorm as gaps, the covered ones not.
  await page.goto(`/colleges/${college}`);
  await expect(page.getByTestId('roster-heading')).toContainText('端到端测试学院');

  const rowA = page.getByTestId(`class-row-${classA}`);
  const rowB = page.getByTestId(`class-row-${classB}`);
  await expect(rowA.getByTestId(`class-status-${classA}`)).toHaveText('已覆盖');
  await expect(rowA).toContainText('赵一');
  await expect(rowB.getByTestId(`class-status-${classB}`)).toHaveText('缺心理委员');
  await expect(rowB.getByTestId(`class-status-${classB}`)).toHaveAttribute('data-tone', 'warning');

  const rowD1 = page.getByTestId(`dorm-row-${dorm1}`);
  const rowD2 = page.getByTestId(`dorm-row-${dorm2}`);
  await expect(rowD1.getByTestId(`dorm-status-${dorm1}`)).toHaveText('已覆盖');
  await expect(rowD2.getByTestId(`dorm-status-${dorm2}`)).toHaveText('缺信息员');
  // The dorm head of the uncovered dorm is suggested as its officer.
  await expect(rowD2).toContainText('孙三');

  await expect(page.getByTestId('roster-classes-value')).toHaveText('50.0%');

  // "Gaps only" leaves exactly the uncovered class.
  await page.getByTestId('classes').getByRole('switch', { name: '只看缺口' }).click();
  await expect(rowB).toBeVisible();
  await expect(rowA).toHaveCount(0);

  // At the graduate level this college has no classes at all.
  await chooseRadio(page, '培养层次', '研究生');
  await expect(page).toHaveURL(/level=GRADUATE/);
  await expect(page.getByTestId('roster-heading')).toContainText('研究生');
  await expect(page.getByTestId('classes').locator('[data-testid^="class-row-"]')).toHaveCount(0);
  await page.getByTestId('classes').getByRole('switch', { name: '只看缺口' }).uncheck();
  await expect(page.getByTestId('classes')).toContainText('该层次没有班级');
});

test('a file with an unknown class code shows the row and column and cannot be applied', async ({ page }) => {
  const { tag, studentNo } = uniqueIds();
  const file = await writeCsv(`bad-students-${tag}.csv`, [
    '学号,姓名,性别,班级代码,宿舍代码,学籍状态,是否宿舍长',
    `${studentNo(1)},郑七,男,NOCLASS-${tag},,在读,否`,
  ]);

  await page.goto('/import');
  await upload(page, '学生', file);

  const errors = page.getByTestId('import-errors');
  await expect(errors).toBeVisible();
  const row = errors.locator('tbody tr').filter({ hasText: `NOCLASS-${tag}` });
  await expect(row).toHaveCount(1);
  await expect(row.locator('td').nth(0)).toHaveText('2');
  await expect(row.locator('td').nth(1)).toHaveText('班级代码');
  await expect(page.getByTestId('import-errors-alert')).toContainText('整份文件不会被导入');
  await expect(page.getByRole('button', { name: '应用导入' })).toBeDisabled();
});
