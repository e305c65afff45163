// Screening rule sets (SPEC §5), held as data and versioned: every result stores the version it
// was scored with, and a new version never rescores old results unless someone asks (audited).
import type { FollowUpStatus, Instrument, UpiTier } from './enums.js';
import { type Text, tx } from './i18n.js';

export type AnswerKind = 'YES_NO' | 'SCALE_0_3';

export interface Score {
  total: number;
  /** UPI class; null for the other instruments */
  tier: UpiTier | null;
  flagged: boolean;
  /** PHQ-9 item 9 ≥ 1: due in one day, and an alert */
  urgent: boolean;
  /** Why it is flagged or watched, as short codes (e.g. UPI_TOTAL_25, UPI_ITEM_25, PHQ9_ITEM_9) */
  reasons: string[];
}

export interface RuleSet {
  instrument: Instrument;
  /** e.g. UPI-1: stored with each result */
  version: string;
  items: number;
  answers: AnswerKind;
  /** What the version changed, for the rescoring preview */
  note: Text;
  score: (answers: readonly number[]) => Score;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** UPI: 60 yes/no items; items 5, 20, 35, 50 are not scored (lie-scale items). */
export const UPI_UNSCORED = [5, 20, 35, 50];
export const UPI_KEY_ITEM = 25;
export const UPI_WATCH_ITEMS = [8, 16, 26];

const upi1: RuleSet = {
  instrument: 'UPI',
  version: 'UPI-1',
  items: 60,
  answers: 'YES_NO',
  note: tx('Class I: total ≥ 25 or item 25; class II: total 20–24 or item 8, 16 or 26', 'I 类：总分 ≥ 25 或第 25 题为是；II 类：总分 20–24 或第 8、16、26 题任一为是'),
  score: (a) => {
    const total = sum(a.filter((_, i) => !UPI_UNSCORED.includes(i + 1)));
    const item = (n: number) => a[n - 1] === 1;
    const reasons: string[] = [];
    if (total >= 25) reasons.push('UPI_TOTAL_25');
    if (item(UPI_KEY_ITEM)) reasons.push('UPI_ITEM_25');
    const classI = reasons.length > 0;
    if (!classI) {
      if (total >= 20) reasons.push('UPI_TOTAL_20');
      for (const n of UPI_WATCH_ITEMS) if (item(n)) reasons.push(`UPI_ITEM_${n}`);
    }
    const tier: UpiTier = classI ? 'I' : reasons.length > 0 ? 'II' : 'III';
    return { total, tier, flagged: classI, urgent: false, reasons };
  },
};

const phq9v1: RuleSet = {
  instrument: 'PHQ9',
  version: 'PHQ9-1',
  items: 9,
  answers: 'SCALE_0_3',
  note: tx('Flagged at total ≥ 10 or item 9 ≥ 1; item 9 ≥ 1 is urgent', '总分 ≥ 10 或第 9 题 ≥ 1 为阳性；第 9 题 ≥ 1 为紧急'),
  score: (a) => {
    const total = sum(a);
    const reasons: string[] = [];
    if (total >= 10) reasons.push('PHQ9_TOTAL_10');
    // A 0 on item 9 is never a clearance: the total still flags on its own.
    const urgent = (a[8] ?? 0) >= 1;
    if (urgent) reasons.push('PHQ9_ITEM_9');
    return { total, tier: null, flagged: reasons.length > 0, urgent, reasons };
  },
};

const gad7v1: RuleSet = {
  instrument: 'GAD7',
  version: 'GAD7-1',
  items: 7,
  answers: 'SCALE_0_3',
  note: tx('Flagged at total ≥ 10', '总分 ≥ 10 为阳性'),
  score: (a) => {
    const total = sum(a);
    return { total, tier: null, flagged: total >= 10, urgent: false, reasons: total >= 10 ? ['GAD7_TOTAL_10'] : [] };
  },
};

/** Every rule set ever used, by version (results keep theirs); add a version, never edit one. */
export const RULE_SETS: Record<string, RuleSet> = Object.fromEntries([upi1, phq9v1, gad7v1].map((r) => [r.version, r]));
/** The version new results of each instrument are scored with. */
export const CURRENT_RULES: Record<Instrument, string> = { UPI: 'UPI-1', PHQ9: 'PHQ9-1', GAD7: 'GAD7-1' };

export const ruleSet = (version: string): RuleSet | undefined => RULE_SETS[version];
export const currentRuleSet = (i: Instrument): RuleSet => RULE_SETS[CURRENT_RULES[i]]!;

/** One answer cell: UPI 1/0, 是/否, yes/no, true/false; PHQ-9 and GAD-7 0–3. Null when out of range. */
export function parseAnswer(kind: AnswerKind, raw: string): number | null {
  const v = raw.trim().toLowerCase();
  if (kind === 'YES_NO') {
    if (['1', '是', 'yes', 'y', 'true', '√'].includes(v)) return 1;
    if (['0', '否', 'no', 'n', 'false', '×'].includes(v)) return 0;
    return null;
  }
  return /^[0-3]$/.test(v) ? Number(v) : null;
}

export const answerRangeText = (kind: AnswerKind): Text =>
  kind === 'YES_NO' ? tx('expected 1/0 or 是/否', '应为 1/0 或 是/否') : tx('expected 0, 1, 2 or 3', '应为 0、1、2 或 3');

// ---- follow-up ----------------------------------------------------------------------------------

export const FOLLOW_UP_TRANSITIONS: Record<FollowUpStatus, readonly FollowUpStatus[]> = {
  PENDING: ['IN_PROGRESS', 'REFERRED', 'CLOSED'],
  IN_PROGRESS: ['REFERRED', 'CLOSED'],
  REFERRED: ['CLOSED'],
  CLOSED: [],
};

const STATUS_ZH: Record<FollowUpStatus, string> = { PENDING: '待跟进', IN_PROGRESS: '跟进中', REFERRED: '已转介', CLOSED: '已结案' };

/** Why a transition is refused, or null when it is allowed. */
export function transitionProblem(from: FollowUpStatus, to: FollowUpStatus): Text | null {
  if (FOLLOW_UP_TRANSITIONS[from].includes(to)) return null;
  if (from === to) return tx(`the follow-up is already ${to}`, `该跟进已是“${STATUS_ZH[to]}”状态`);
  const allowed = FOLLOW_UP_TRANSITIONS[from];
  return tx(
    `a ${from} follow-up cannot become ${to}${allowed.length ? `; it can become ${allowed.join(', ')}` : ' (it is closed)'}`,
    `“${STATUS_ZH[from]}”的跟进不能改为“${STATUS_ZH[to]}”${allowed.length ? `；可改为：${allowed.map((s) => STATUS_ZH[s]).join('、')}` : '（已结案）'}`,
  );
}

export const DEFAULT_FOLLOW_UP_DAYS = 7;
export const MAX_FOLLOW_UP_DAYS = 60;
export const URGENT_FOLLOW_UP_DAYS = 1;
/** Below this many screened students, a token's aggregate row is withheld (SCREENING_MIN_CELL). */
export const DEFAULT_SUPPRESSION_MIN = 10;

/** When a follow-up is due: taken_at plus the campaign's days, one day when urgent. */
export function dueAt(takenAt: Date, followUpDays: number, urgent: boolean): Date {
  return new Date(takenAt.getTime() + (urgent ? URGENT_FOLLOW_UP_DAYS : followUpDays) * 86_400_000);
}

/** Offset of a time zone at an instant, in minutes (Asia/Shanghai: 480). */
function zoneOffsetMinutes(timeZone: string, at: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).formatToParts(at);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - at.getTime()) / 60_000);
}

/**
 * `taken_at` as survey platforms write it: YYYY-MM-DD (00:00 in the university's time zone),
 * YYYY-MM-DD HH:mm[:ss] (a local time there) or ISO with a zone. Null when it is not a time.
 */
export function parseTakenAt(raw: string, timeZone: string): Date | null {
  const v = raw.trim().replace(/\//g, '-');
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(v);
  if (!m) return null;
  const [y, mo, d, h = '0', mi = '0', s = '0'] = [m[1], m[2], m[3], m[4], m[5], m[6]];
  const fields = [Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s)] as const;
  const utc = Date.UTC(fields[0], fields[1] - 1, fields[2], fields[3], fields[4], fields[5]);
  const check = new Date(utc);
  if (check.getUTCMonth() !== fields[1] - 1 || check.getUTCDate() !== fields[2] || fields[3] > 23) return null;
  const zone = m[7];
  if (zone) {
    if (zone === 'Z') return new Date(utc);
    const sign = zone.startsWith('-') ? -1 : 1;
    const [zh, zm] = [Number(zone.slice(1, 3)), Number(zone.slice(-2))];
    return new Date(utc - sign * (zh * 60 + zm) * 60_000);
  }
  // A local time in the university's zone: subtract that zone's offset at (about) that moment.
  const offset = zoneOffsetMinutes(timeZone, new Date(utc));
  return new Date(utc - offset * 60_000);
}

export interface CampaignInput {
  name: string;
  followUpDays: number;
  levels: readonly string[];
  opensOn?: string | null;
  closesOn?: string | null;
}

export function campaignProblems(c: CampaignInput): { field: string; text: Text }[] {
  const out: { field: string; text: Text }[] = [];
  if (c.name.trim() === '' || c.name.trim().length > 200) out.push({ field: 'name', text: tx('the name must be 1–200 characters', '名称须为 1–200 个字') });
  if (!Number.isInteger(c.followUpDays) || c.followUpDays < 1 || c.followUpDays > MAX_FOLLOW_UP_DAYS)
    out.push({ field: 'followUpDays', text: tx(`followUpDays must be a whole number from 1 to ${MAX_FOLLOW_UP_DAYS}`, `跟进期限须为 1–${MAX_FOLLOW_UP_DAYS} 天的整数`) });
  if (c.levels.length === 0) out.push({ field: 'levels', text: tx('choose at least one level', '请至少选择一个培养层次') });
  if (c.opensOn && c.closesOn && c.closesOn < c.opensOn) out.push({ field: 'closesOn', text: tx('the window closes before it opens', '结束日期早于开始日期') });
  return out;
}
