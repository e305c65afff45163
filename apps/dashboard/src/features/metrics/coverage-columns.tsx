import { Link } from 'react-router-dom';
import type { ValueColumn } from '@/components/value-table';
import type { NetworkLevel } from '@/gql/graphql';
import { formatPercent } from '@/lib/i18n/format';
import type { Language, Translate } from '@/lib/i18n/i18n';
import { withLevel } from '@/lib/level';
import type { CoverageRow } from './network-coverage.query';

// One definition of every figure the overview shows: the tables render these texts and the CSV
// exports write the same ones (rates as percentages with one decimal, counts as plain integers).

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

export interface CoverageColumnsOptions {
  t: Translate;
  language: Language;
  level: NetworkLevel;
  /** Label of the total row: 全校合计, or 合计（您的权限范围）. */
  totalLabel: string;
}

/** Columns of the college table; the total row (collegeCode null) goes through the same columns. */
export function coverageColumns({ t, language, level, totalLabel }: CoverageColumnsOptions): ValueColumn<CoverageRow>[] {
  const pct = (r: number) => formatPercent(r, language);
  const yesNo = (r: CoverageRow, n: number) => (r.collegeCode === null ? n : n > 0 ? t('common.yes') : t('common.no'));
  const mark = (text: string, r: CoverageRow) =>
    r.collegeCode === null ? text : <span className={text === t('common.yes') ? 'mark-yes mark-symbol' : 'mark-no mark-symbol'}>{text}</span>;
  const low = (covered: number, all: number) => (text: string) => (covered < all ? <span className="rate-low">{text}</span> : text);
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
      value: (r) => pct(r.classCoverage),
      render: (text, r) => low(r.classesCovered, r.classes)(text),
      compare: (a, b) => a.classCoverage - b.classCoverage,
    },
    { key: 'dormitories', title: t('overview.col.dorms'), numeric: true, value: (r) => r.dormitories },
    { key: 'dormitoriesCovered', title: t('overview.col.dormsCovered'), numeric: true, value: (r) => r.dormitoriesCovered },
    {
      key: 'dormCoverage',
      title: t('overview.col.dormCoverage'),
      numeric: true,
      value: (r) => pct(r.dormCoverage),
      render: (text, r) => low(r.dormitoriesCovered, r.dormitories)(text),
      compare: (a, b) => a.dormCoverage - b.dormCoverage,
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

export type CoverageKind = 'classes' | 'dorms';

/** One bar of a per-college chart: covered and uncovered active classes (or dorms). */
export interface CollegePoint {
  collegeCode: string;
  collegeName: string;
  covered: number;
  uncovered: number;
  total: number;
  /** The API's rate (covered / total). */
  rate: number;
}

/**
 * The bars of the class or dorm chart, worst first (lowest coverage, then college code). Colleges
 * with no active class (dorm) at the level have no bar: there is nothing to cover.
 */
export function collegePoints(rows: readonly CoverageRow[], kind: CoverageKind): CollegePoint[] {
  return rows
    .filter((r) => r.collegeCode !== null && (kind === 'classes' ? r.classes : r.dormitories) > 0)
    .map((r) => {
      const [covered, total, rate] =
        kind === 'classes' ? [r.classesCovered, r.classes, r.classCoverage] : [r.dormitoriesCovered, r.dormitories, r.dormCoverage];
      return { collegeCode: r.collegeCode ?? '', collegeName: r.collegeName ?? '', covered, uncovered: total - covered, total, rate };
    })
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
      value: (p) => formatPercent(p.rate, language),
      render: (text, p) => (p.uncovered > 0 ? <span className="rate-low">{text}</span> : text),
    },
  ];
}
