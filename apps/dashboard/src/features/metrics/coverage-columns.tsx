import { Link } from 'react-router-dom';
import { RateText } from '@/components/rate-grade';
import type { ValueColumn } from '@/components/value-table';
import type { NetworkLevel } from '@/gql/graphql';
import type { Language, Translate } from '@/lib/i18n/i18n';
import { withLevel } from '@/lib/level';
import { formatRate, NO_RATE, rateGrade, type RateGrade } from '@/lib/rate-scale';
import type { CoverageRow } from './network-coverage.query';

// One definition of every figure the overview shows: the tables render these texts and the CSV
// exports write the same ones (rates as percentages with one decimal, "—" for 0/0, counts as
// plain integers). Rates are graded on the one scale of lib/rate-scale.ts.

export const collegePath = (code: string, level: NetworkLevel) => withLevel(`/colleges/${encodeURIComponent(code)}`, level);

/**
 * The API's rate, for ordering only. A part with nothing to count (no active class or dorm) has
 * rate 0 (0/0 is 0) but is not a gap, so it ranks as fully covered rather than as "worst".
 */
const rankRate = (rate: number, denominator: number) => (denominator === 0 ? 1 : rate);

/**
 * Worst first: lowest class coverage, then lowest dorm coverage (the API's rates), then college
 * code. A college with no active class (or dorm) at the level has nothing missing there, so it does
 * not rank as 0%.
 */
export function worstFirst(rows: readonly CoverageRow[]): CoverageRow[] {
  return [...rows].sort(
    (a, b) =>
      rankRate(a.classCoverage, a.classes) - rankRate(b.classCoverage, b.classes) ||
      rankRate(a.dormCoverage, a.dormitories) - rankRate(b.dormCoverage, b.dormitories) ||
      (a.collegeCode ?? '').localeCompare(b.collegeCode ?? ''),
  );
}

/**
 * A college with a gap: a class or dorm without its post holder, an incomplete working group, or
 * no workstation (the figures of the college table; numerator below denominator).
 */
export function hasGap(r: CoverageRow): boolean {
  return (
    r.classesCovered < r.classes ||
    r.dormitoriesCovered < r.dormitories ||
    r.collegesWithCompleteWorkingGroup < r.colleges ||
    r.collegesWithWorkstation < r.colleges
  );
}

/** The college rows the overview lists: all, or only those with a gap ("只看有缺口的学院"). */
export const visibleRows = (rows: readonly CoverageRow[], gapsOnly: boolean): readonly CoverageRow[] => (gapsOnly ? rows.filter(hasGap) : rows);

export interface CoverageColumnsOptions {
  t: Translate;
  language: Language;
  level: NetworkLevel;
  /** Label of the total row: 全校合计, or 合计（您的权限范围）. */
  totalLabel: string;
}

/** Columns of the college table; the total row (collegeCode null) goes through the same columns. */
export function coverageColumns({ t, language, level, totalLabel }: CoverageColumnsOptions): ValueColumn<CoverageRow>[] {
  const yesNo = (r: CoverageRow, n: number) => (r.collegeCode === null ? n : n > 0 ? t('common.yes') : t('common.no'));
  const mark = (text: string, r: CoverageRow) =>
    r.collegeCode === null ? text : <span className={text === t('common.yes') ? 'mark-yes mark-symbol' : 'mark-no mark-symbol'}>{text}</span>;
  return [
    {
      key: 'code',
      title: t('overview.col.code'),
      value: (r) => r.collegeCode ?? totalLabel,
      render: (text, r) => (r.collegeCode === null ? <strong>{text}</strong> : text),
      compare: (a, b) => (a.collegeCode ?? '').localeCompare(b.collegeCode ?? ''),
    },
    {
      key: 'name',
      title: t('overview.col.name'),
      value: (r) => r.collegeName ?? t('overview.collegeCount', { n: r.colleges }),
      render: (text, r) =>
        r.collegeCode ? (
          <Link to={collegePath(r.collegeCode, level)} data-testid={`college-link-${r.collegeCode}`}>
            {text}
          </Link>
        ) : (
          text
        ),
    },
    { key: 'classes', title: t('overview.col.classes'), numeric: true, value: (r) => r.classes },
    { key: 'classesCovered', title: t('overview.col.classesCovered'), numeric: true, value: (r) => r.classesCovered },
    {
      key: 'classCoverage',
      title: t('overview.col.classCoverage'),
      numeric: true,
      value: (r) => formatRate(r.classCoverage, r.classes, language),
      render: (text, r) => <RateText grade={rateGrade(r.classCoverage, r.classes)} text={text} />,
      compare: (a, b) => rankRate(a.classCoverage, a.classes) - rankRate(b.classCoverage, b.classes),
    },
    { key: 'dormitories', title: t('overview.col.dorms'), numeric: true, value: (r) => r.dormitories },
    { key: 'dormitoriesCovered', title: t('overview.col.dormsCovered'), numeric: true, value: (r) => r.dormitoriesCovered },
    {
      key: 'dormCoverage',
      title: t('overview.col.dormCoverage'),
      numeric: true,
      value: (r) => formatRate(r.dormCoverage, r.dormitories, language),
      render: (text, r) => <RateText grade={rateGrade(r.dormCoverage, r.dormitories)} text={text} />,
      compare: (a, b) => rankRate(a.dormCoverage, a.dormitories) - rankRate(b.dormCoverage, b.dormitories),
    },
    {
      key: 'workingGroup',
      title: t('overview.col.workingGroup'),
      value: (r) => yesNo(r, r.collegesWithCompleteWorkingGroup),
      render: mark,
    },
    {
      key: 'workstation',
      title: t('overview.col.workstation'),
      value: (r) => yesNo(r, r.collegesWithWorkstation),
      render: mark,
    },
    { key: 'committeeMembers', title: t('overview.col.committeeMembers'), numeric: true, value: (r) => r.committeeMembers },
    { key: 'dormOfficers', title: t('overview.col.dormOfficers'), numeric: true, value: (r) => r.dormOfficers },
  ];
}

/**
 * The side-by-side view's narrower table (two levels share the width of one, so the full table's
 * twelve columns would be cut off): the college, both rates with their counts as "(covered/total)",
 * working group and workstation. Its CSV export writes the same cells; the full figures stay one
 * click away in the single-level view.
 */
export function compactCoverageColumns(options: CoverageColumnsOptions): ValueColumn<CoverageRow>[] {
  const { t, language, level, totalLabel } = options;
  const full = coverageColumns(options);
  const pick = (key: string) => full.find((c) => c.key === key)!;
  const withCounts = (key: string, title: string, rate: (r: CoverageRow) => number, n: (r: CoverageRow) => number, d: (r: CoverageRow) => number): ValueColumn<CoverageRow> => ({
    key,
    title,
    numeric: true,
    value: (r) => (d(r) === 0 ? NO_RATE : `${formatRate(rate(r), d(r), language)} (${n(r)}/${d(r)})`),
    // The counts go on a line of their own; the cell reads as the value ("33.3% (1/3)").
    render: (text, r) =>
      d(r) === 0 ? (
        <RateText grade={null} text={text} />
      ) : (
        <>
          <RateText grade={rateGrade(rate(r), d(r))} text={formatRate(rate(r), d(r), language)} />
          <span className="rate-counts">{`(${n(r)}/${d(r)})`}</span>
        </>
      ),
    compare: (a, b) => rankRate(rate(a), d(a)) - rankRate(rate(b), d(b)),
  });
  return [
    {
      key: 'college',
      title: t('overview.col.college'),
      value: (r) => r.collegeName ?? totalLabel,
      render: (text, r) =>
        r.collegeCode ? (
          <Link to={collegePath(r.collegeCode, level)} data-testid={`college-link-${r.collegeCode}`} title={t('common.nameNo', { name: text, no: r.collegeCode })}>
            {text}
          </Link>
        ) : (
          <strong>{text}</strong>
        ),
    },
    withCounts('classCoverage', t('overview.col.classCoverage'), (r) => r.classCoverage, (r) => r.classesCovered, (r) => r.classes),
    withCounts('dormCoverage', t('overview.col.dormCoverage'), (r) => r.dormCoverage, (r) => r.dormitoriesCovered, (r) => r.dormitories),
    pick('workingGroup'),
    pick('workstation'),
  ];
}

export type CoverageKind = 'classes' | 'dorms';

/** One bar of a per-college chart: covered and uncovered active classes (or dorms), as counts and as shares of the bar. */
export interface CollegePoint {
  collegeCode: string;
  collegeName: string;
  covered: number;
  uncovered: number;
  total: number;
  /** The API's rate (covered / total). */
  rate: number;
  grade: RateGrade;
  /** The bar's two parts, adding up to 1: the API's rate and the rest. */
  coveredShare: number;
  uncoveredShare: number;
}

/**
 * The bars of the class or dorm chart, worst first (lowest coverage, then college code). Colleges
 * with no active class (dorm) at the level have no bar: there is nothing to cover. `gapsOnly`
 * keeps the colleges with at least one uncovered class (dorm).
 */
export function collegePoints(rows: readonly CoverageRow[], kind: CoverageKind, gapsOnly = false): CollegePoint[] {
  return rows
    .filter((r) => r.collegeCode !== null && (kind === 'classes' ? r.classes : r.dormitories) > 0)
    .map((r) => {
      const [covered, total, rate] =
        kind === 'classes' ? [r.classesCovered, r.classes, r.classCoverage] : [r.dormitoriesCovered, r.dormitories, r.dormCoverage];
      const share = Math.min(1, Math.max(0, rate));
      return {
        collegeCode: r.collegeCode ?? '',
        collegeName: r.collegeName ?? '',
        covered,
        uncovered: total - covered,
        total,
        rate,
        grade: rateGrade(rate, total) ?? 'low',
        coveredShare: share,
        uncoveredShare: 1 - share,
      };
    })
    .filter((p) => !gapsOnly || p.uncovered > 0)
    .sort((a, b) => a.rate - b.rate || a.collegeCode.localeCompare(b.collegeCode));
}

/** Columns of a chart's table view (and of its CSV export). */
export function pointColumns(kind: CoverageKind, { t, language, level }: Omit<CoverageColumnsOptions, 'totalLabel'>): ValueColumn<CollegePoint>[] {
  const k = kind === 'classes' ? 'class' : 'dorm';
  return [
    { key: 'code', title: t('overview.col.code'), value: (p) => p.collegeCode },
    {
      key: 'name',
      title: t('overview.col.name'),
      value: (p) => p.collegeName,
      render: (text, p) => (
        <Link to={collegePath(p.collegeCode, level)} data-testid={`point-link-${p.collegeCode}`}>
          {text}
        </Link>
      ),
    },
    { key: 'covered', title: t(`overview.${k}.covered`), numeric: true, value: (p) => p.covered },
    { key: 'uncovered', title: t(`overview.${k}.uncovered`), numeric: true, value: (p) => p.uncovered },
    { key: 'total', title: t(`overview.${k}.total`), numeric: true, value: (p) => p.total },
    {
      key: 'rate',
      title: t(`overview.${k}.rate`),
      numeric: true,
      value: (p) => formatRate(p.rate, p.total, language),
      render: (text, p) => <RateText grade={p.grade} text={text} />,
    },
  ];
}
