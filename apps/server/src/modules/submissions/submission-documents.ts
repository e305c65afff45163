import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { type NetworkLevel, neutraliseFormula, type Position } from '@carenet/domain';
import type * as S from '@carenet/schema';
import type { PlanData } from '../training/training-plan.js';
import { planXlsx } from '../training/training-plan.js';

/** The content of a roster submission (附件1), without the date it was made, so its digest is stable. */
export interface RosterContent {
  kind: 'NETWORK_ROSTER';
  collegeCode: string;
  collegeName: string;
  level: NetworkLevel;
  workingGroup: { position: Position; name: string; staffNo: string }[];
  classes: { code: string; name: string; members: { name: string; studentNo: string; appointedOn: string }[] }[];
  dormitories: { code: string; building: string; room: string; officer: { name: string; studentNo: string; appointedOn: string } | null }[];
}

export type PlanContent = Omit<PlanData, 'madeOn'> & { kind: 'TRAINING_PLAN' };
export type SnapshotContent = RosterContent | PlanContent;

const POSITION_ORDER: Position[] = ['PARTY_SECRETARY', 'DEAN', 'DEPUTY_PARTY_SECRETARY', 'COUNSELOR', 'OTHER'];
const POSITION_ZH: Record<Position, string> = { PARTY_SECRETARY: '党组织书记', DEAN: '院长', DEPUTY_PARTY_SECRETARY: '党组织副书记', COUNSELOR: '辅导员', OTHER: '其他成员' };
const LEVEL_ZH: Record<NetworkLevel, string> = { UNDERGRADUATE: '本科生', GRADUATE: '研究生' };

/** A college's network at one level as submitted: the working group serving it, every class and every dorm. */
export function rosterContent(r: S.CollegeRoster): RosterContent {
  return {
    kind: 'NETWORK_ROSTER',
    collegeCode: r.college.code,
    collegeName: r.college.name,
    level: r.level,
    workingGroup: r.workingGroup
      .filter((m) => m.levels.includes(r.level))
      .map((m) => ({ position: m.position, name: m.staff.name, staffNo: m.staff.staffNo }))
      .sort((a, b) => POSITION_ORDER.indexOf(a.position) - POSITION_ORDER.indexOf(b.position) || a.staffNo.localeCompare(b.staffNo)),
    classes: r.classes
      .filter((c) => c.active)
      .map((c) => ({
        code: c.classGroup.code,
        name: c.classGroup.name,
        members: c.committeeMembers.map((m) => ({ name: m.student.name, studentNo: m.student.studentNo, appointedOn: m.startedOn })).sort((a, b) => a.studentNo.localeCompare(b.studentNo)),
      }))
      .sort((a, b) => a.code.localeCompare(b.code)),
    dormitories: r.dormitories
      .filter((d) => d.active)
      .map((d) => ({
        code: d.dormitory.code,
        building: d.dormitory.building,
        room: d.dormitory.room,
        officer: d.officer ? { name: d.officer.student.name, studentNo: d.officer.student.studentNo, appointedOn: d.officer.startedOn } : null,
      }))
      .sort((a, b) => a.code.localeCompare(b.code)),
  };
}

export function planContent(p: PlanData): PlanContent {
  const { madeOn: _m, ...rest } = p;
  return { kind: 'TRAINING_PLAN', ...rest };
}

/** sha256 of the canonical JSON: the same roster gives the same digest. */
export const digestOf = (c: SnapshotContent): string => createHash('sha256').update(JSON.stringify(c)).digest('hex');

const border = { top: { style: 'thin' as const }, left: { style: 'thin' as const }, bottom: { style: 'thin' as const }, right: { style: 'thin' as const } };

/** 附件1: the network roster of one level, ready to print and stamp. */
export async function rosterXlsx(c: RosterContent, madeOn: string, semesterName: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('工作网络名单', { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.columns = [8, 16, 22, 16, 16, 14].map((width) => ({ width }));
  const t = (v: string) => neutraliseFormula(v);
  ws.addRow(['附件1']).font = { name: '黑体', size: 12 };
  ws.addRow([t(`${c.collegeName}学生心理健康工作网络名单（${LEVEL_ZH[c.level]}）`)]);
  ws.mergeCells('A2:F2');
  ws.getCell('A2').font = { size: 16, bold: true };
  ws.getCell('A2').alignment = { horizontal: 'center' };
  ws.addRow([t(`学院（盖章）：${c.collegeName}`), '', '', t(`${semesterName}`), '', t(`填报日期：${madeOn}`)]);
  const table = (title: string, header: string[], rows: (string | number)[][]) => {
    ws.addRow([]);
    ws.addRow([title]).font = { bold: true };
    const h = ws.addRow(header);
    h.font = { bold: true };
    const first = h.number;
    for (const r of rows) ws.addRow(r.map((v) => (typeof v === 'string' ? t(v) : v)));
    for (let i = first; i <= ws.rowCount; i++) ws.getRow(i).eachCell({ includeEmpty: true }, (cell, col) => { if (col <= header.length) cell.border = border; });
  };
  table('一、学院学生心理健康工作组', ['序号', '职务', '姓名', '工号'], c.workingGroup.map((m, i) => [i + 1, POSITION_ZH[m.position], m.name, m.staffNo]));
  table(
    '二、班级心理委员',
    ['序号', '班级代码', '班级名称', '姓名', '学号', '任职日期'],
    c.classes.flatMap((cl, i) => (cl.members.length ? cl.members.map((m) => [i + 1, cl.code, cl.name, m.name, m.studentNo, m.appointedOn]) : [[i + 1, cl.code, cl.name, '（空缺）', '', '']])),
  );
  table(
    '三、宿舍心理信息员',
    ['序号', '宿舍', '楼栋', '房间号', '姓名', '学号'],
    c.dormitories.map((d, i) => [i + 1, d.code, d.building, d.room, d.officer?.name ?? '（空缺）', d.officer?.studentNo ?? '']),
  );
  ws.addRow([]);
  ws.addRow(['学院负责人（签字）：', '', '', '学院（盖章）', '', '年    月    日']).height = 36;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function snapshotXlsx(c: SnapshotContent, madeOn: string, semesterName: string): Promise<Buffer> {
  return c.kind === 'NETWORK_ROSTER' ? rosterXlsx(c, madeOn, semesterName) : planXlsx({ ...c, madeOn });
}

export function snapshotFilename(c: SnapshotContent, version: number): string {
  return c.kind === 'NETWORK_ROSTER'
    ? `附件1_${c.collegeName}_${LEVEL_ZH[c.level]}_${version}.xlsx`
    : `附件3_${c.collegeName}_${c.semester}_培训计划_${version}.xlsx`;
}
