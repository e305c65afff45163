import { Link } from 'react-router-dom';
import { RateText } from '@/components/rate-grade';
import { StatusTag } from '@/components/status-tag';
import type { ValueColumn } from '@/components/value-table';
import type { NetworkLevel } from '@/gql/graphql';
import type { Language, Translate } from '@/lib/i18n/i18n';
import { withLevel } from '@/lib/level';
import { formatRate, NO_RATE, rateGrade } from '@/lib/rate-scale';
import { type CompletionCounts, type CompletionPoint, type TargetState, targetState } from './completion';
import { withSemester } from './use-semester';

// Every figure of the training overview once: the tables render these texts and the CSV exports
// write the same ones (rates with one decimal, "—" for 0/0, counts as plain integers).

export const trainingPath = (collegeCode: string, level: NetworkLevel, semester: string | null) =>
  withSemester(withLevel(`/colleges/${encodeURIComponent(collegeCode)}/training`, level), semester);

export interface CompletionColumnsOptions {
  t: Translate;
  language: Language;
  level: NetworkLevel;
  semester: string;
  totalLabel: string;
  target: { min: number; max: number };
}

export const TARGET_TONE: Record<TargetState, 'warning' | 'success'> = { below: 'warning', met: 'success', above: 'success' };

/** The target's words for a college row ("未达标"); the total row has none. */
export const targetText = (r: CompletionCounts, target: { min: number; max: number }, t: Translate) =>
  r.collegeCode === null ? NO_RATE : t(`training.target.${targetState(r.selfDesignedSessionsHeld, target.min, target.max)}`);

const rankRate = (rate: number, d: number) => (d === 0 ? 1 : rate);

export function completionColumns({ t, language, level, semester, totalLabel, target }: CompletionColumnsOptions): ValueColumn<CompletionCounts>[] {
  const rate = (key: string, title: string, value: (r: CompletionCounts) => number): ValueColumn<CompletionCounts> => ({
    key,
    title,
    numeric: true,
    value: (r) => formatRate(value(r), r.trainees, language),
    render: (text, r) => <RateText grade={rateGrade(value(r), r.trainees)} text={text} />,
    compare: (a, b) => rankRate(value(a), a.trainees) - rankRate(value(b), b.trainees),
  });
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
      value: (r) => r.collegeName ?? '',
      render: (text, r) =>
        r.collegeCode ? (
          <Link to={trainingPath(r.collegeCode, level, semester)} data-testid={`training-link-${r.collegeCode}`}>
            {text}
          </Link>
        ) : (
          text
        ),
    },
    { key: 'trainees', title: t('training.col.trainees'), numeric: true, value: (r) => r.trainees, compare: (a, b) => a.trainees - b.trainees },
    { key: 'basicCompleted', title: t('training.col.basicCompleted'), numeric: true, value: (r) => r.basicCompleted },
    rate('basicCompletion', t('training.col.basicCompletion'), (r) => r.basicCompletion),
    { key: 'attendedSelfDesigned', title: t('training.col.attendedSelfDesigned'), numeric: true, value: (r) => r.attendedSelfDesigned },
    rate('selfDesignedAttendance', t('training.col.selfDesignedAttendance'), (r) => r.selfDesignedAttendance),
    { key: 'completed', title: t('training.col.completed'), numeric: true, value: (r) => r.completed },
    rate('completion', t('training.col.completion'), (r) => r.completion),
    {
      key: 'sessionsHeld',
      title: t('training.col.sessionsHeld', { min: target.min, max: target.max }),
      // The number and the target's word in one cell ("1 · 未达标"); the total row has the number only.
      value: (r) => (r.collegeCode === null ? String(r.selfDesignedSessionsHeld) : `${r.selfDesignedSessionsHeld} · ${targetText(r, target, t)}`),
      render: (text, r) =>
        r.collegeCode === null ? (
          text
        ) : (
          <StatusTag tone={TARGET_TONE[targetState(r.selfDesignedSessionsHeld, target.min, target.max)]} testId={`target-${r.collegeCode}`}>
            {text}
          </StatusTag>
        ),
      compare: (a, b) => a.selfDesignedSessionsHeld - b.selfDesignedSessionsHeld,
    },
  ];
}

/**
 * Side by side, two levels share the width of one: the college, completion and basic completion
 * with their counts "(n/d)", and the sessions held with the target's word. The full figures are
 * one click away in the single-level view.
 */
export function compactCompletionColumns(options: CompletionColumnsOptions): ValueColumn<CompletionCounts>[] {
  const { t, language, level, semester, totalLabel, target } = options;
  const withCounts = (key: string, title: string, rate: (r: CompletionCounts) => number, n: (r: CompletionCounts) => number): ValueColumn<CompletionCounts> => ({
    key,
    title,
    numeric: true,
    value: (r) => (r.trainees === 0 ? NO_RATE : `${formatRate(rate(r), r.trainees, language)} (${n(r)}/${r.trainees})`),
    render: (text, r) =>
      r.trainees === 0 ? (
        <RateText grade={null} text={text} />
      ) : (
        <>
          <RateText grade={rateGrade(rate(r), r.trainees)} text={formatRate(rate(r), r.trainees, language)} />
          <span className="rate-counts">{`(${n(r)}/${r.trainees})`}</span>
        </>
      ),
    compare: (a, b) => rankRate(rate(a), a.trainees) - rankRate(rate(b), b.trainees),
  });
  return [
    {
      key: 'college',
      title: t('overview.col.college'),
      value: (r) => r.collegeName ?? totalLabel,
      render: (text, r) =>
        r.collegeCode ? (
          <Link to={trainingPath(r.collegeCode, level, semester)} data-testid={`training-link-${r.collegeCode}`} title={t('common.nameNo', { name: text, no: r.collegeCode })}>
            {text}
          </Link>
        ) : (
          <strong>{text}</strong>
        ),
    },
    withCounts('completion', t('training.col.completion'), (r) => r.completion, (r) => r.completed),
    withCounts('basicCompletion', t('training.col.basicCompletion'), (r) => r.basicCompletion, (r) => r.basicCompleted),
    {
      key: 'sessionsHeld',
      title: t('training.col.sessionsHeldShort'),
      value: (r) => (r.collegeCode === null ? String(r.selfDesignedSessionsHeld) : `${r.selfDesignedSessionsHeld} · ${targetText(r, target, t)}`),
      render: (text, r) =>
        r.collegeCode === null ? (
          text
        ) : (
          <StatusTag tone={TARGET_TONE[targetState(r.selfDesignedSessionsHeld, target.min, target.max)]} testId={`target-${r.collegeCode}`}>
            {text}
          </StatusTag>
        ),
    },
  ];
}

/** The chart's table view and its CSV: one row per bar. */
export function pointColumns({ t, language, level, semester }: Omit<CompletionColumnsOptions, 'totalLabel' | 'target'>): ValueColumn<CompletionPoint>[] {
  return [
    { key: 'code', title: t('overview.col.code'), value: (p) => p.collegeCode },
    {
      key: 'name',
      title: t('overview.col.name'),
      value: (p) => p.collegeName,
      render: (text, p) => (
        <Link to={trainingPath(p.collegeCode, level, semester)} data-testid={`point-link-${p.collegeCode}`}>
          {text}
        </Link>
      ),
    },
    { key: 'completed', title: t('training.col.completed'), numeric: true, value: (p) => p.completed },
    { key: 'notCompleted', title: t('training.col.notCompleted'), numeric: true, value: (p) => p.notCompleted },
    { key: 'trainees', title: t('training.col.trainees'), numeric: true, value: (p) => p.trainees },
    {
      key: 'rate',
      title: t('training.col.completion'),
      numeric: true,
      value: (p) => formatRate(p.rate, p.trainees, language),
      render: (text, p) => <RateText grade={p.grade} text={text} />,
    },
  ];
}
