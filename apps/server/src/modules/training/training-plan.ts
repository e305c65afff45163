import ExcelJS from 'exceljs';
import { type NetworkLevel, neutraliseFormula, type TrainingAudience, type TrainingForm } from '@carenet/domain';
import type * as S from '@carenet/schema';

/** What the 附件3 document shows: frozen into a submission snapshot later, so plain data only. */
export interface PlanData {
  collegeCode: string;
  collegeName: string;
  semester: string;
  semesterName: string;
  /** The day the document was made, YYYY-MM-DD */
  madeOn: string;
  modules: { code: string; name: string }[];
  sessions: {
    code: string;
    title: string;
    plannedOn: string | null;
    heldOn: string | null;
    form: TrainingForm;
    audiences: TrainingAudience[];
    levels: NetworkLevel[];
    speaker: string | null;
    place: string | null;
  }[];
}

const FORM_ZH: Record<TrainingForm, string> = { LECTURE: '讲座', WORKSHOP: '工作坊', CASE_DISCUSSION: '案例研讨', PRACTICE: '实践活动' };
const AUDIENCE_ZH: Record<TrainingAudience, string> = { COMMITTEE_MEMBERS: '班级心理委员', DORM_OFFICERS: '宿舍心理信息员', WORKING_GROUP: '学院工作组成员' };
const LEVEL_ZH: Record<NetworkLevel, string> = { UNDERGRADUATE: '本科生', GRADUATE: '研究生' };

export function planData(
  college: { code: string; name: string },
  semester: S.Semester,
  programme: S.TrainingProgramme,
  sessions: S.TrainingSession[],
  madeOn: string,
): PlanData {
  const sorted = [...sessions].sort((a, b) => (a.heldOn ?? a.plannedOn ?? '9999').localeCompare(b.heldOn ?? b.plannedOn ?? '9999') || a.code.localeCompare(b.code));
  return {
    collegeCode: college.code,
    collegeName: college.name,
    semester: semester.code,
    semesterName: semester.name,
    madeOn,
    modules: programme.modules,
    sessions: sorted.map((s) => ({
      code: s.code,
      title: s.title,
      plannedOn: s.plannedOn,
      heldOn: s.heldOn,
      form: s.form,
      audiences: s.audiences,
      levels: s.levels,
      speaker: s.speaker,
      place: s.place,
    })),
  };
}

export const planFilename = (d: PlanData) => `附件3_${d.collegeName}_${d.semester}_培训计划.xlsx`;

/** The training plan in the layout of the notice's 附件3, ready to print on A4 landscape, with a stamp line. */
export async function planXlsx(d: PlanData): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('培训计划', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true },
  });
  const header = ['序号', '日期', '培训主题', '培训形式', '培训对象', '培养层次', '主讲人', '地点', '状态'];
  ws.columns = [6, 14, 36, 12, 26, 14, 14, 20, 14].map((width) => ({ width }));
  const last = String.fromCharCode(64 + header.length);
  const text = (v: string) => neutraliseFormula(v);

  ws.addRow(['附件3']).font = { name: '黑体', size: 12 };
  ws.addRow([text(`${d.collegeName}${d.semesterName}心理健康工作培训计划`)]);
  ws.mergeCells(`A2:${last}2`);
  const title = ws.getCell('A2');
  title.font = { name: '宋体', size: 16, bold: true };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(2).height = 30;
  ws.addRow([text(`学院（盖章）：${d.collegeName}`), '', '', '', '', '', text(`填报日期：${d.madeOn}`)]);
  ws.mergeCells('A3:E3');
  ws.mergeCells(`G3:${last}3`);

  ws.addRow([text(`一、基本技能部分（学校统一提供）：${d.modules.map((m) => m.name).join('、')}`)]);
  ws.mergeCells(`A4:${last}4`);
  ws.addRow(['二、学院自主设计培训（每学期 2–3 场）']);
  ws.mergeCells(`A5:${last}5`);

  const head = ws.addRow(header);
  head.font = { bold: true };
  head.alignment = { horizontal: 'center', vertical: 'middle' };
  const firstBody = head.number;
  d.sessions.forEach((s, i) => {
    ws.addRow([
      i + 1,
      s.heldOn ?? s.plannedOn ?? '',
      text(s.title),
      FORM_ZH[s.form],
      s.audiences.map((a) => AUDIENCE_ZH[a]).join('、'),
      s.levels.map((l) => LEVEL_ZH[l]).join('、'),
      text(s.speaker ?? ''),
      text(s.place ?? ''),
      s.heldOn ? `已举办（${s.heldOn}）` : '计划中',
    ]);
  });
  if (d.sessions.length === 0) ws.addRow(['', '', '（尚未安排）']);
  const lastBody = ws.rowCount;
  for (let r = firstBody; r <= lastBody; r++) {
    ws.getRow(r).eachCell({ includeEmpty: true }, (cell, c) => {
      if (c > header.length) return;
      cell.border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
      cell.alignment = { ...(cell.alignment ?? {}), wrapText: true, vertical: 'middle' };
    });
  }
  ws.addRow([]);
  const sign = ws.addRow(['学院负责人（签字）：', '', '', '', '学院（盖章）', '', '', '年    月    日']);
  sign.height = 36;
  sign.alignment = { vertical: 'bottom' };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
