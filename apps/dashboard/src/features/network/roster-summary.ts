import type { KpiCardProps } from '@/components/kpi-card';
import { formatNumber, formatPercent } from '@/lib/i18n/format';
import type { Language, Translate } from '@/lib/i18n/i18n';
import type { CollegeRoster } from './api/college-roster.query';

/**
 * The summary cards of a college roster. The rates are the API's `summary.classCoverage` and
 * `summary.dormCoverage` (0/0 is 0 there), not recomputed from the counts. `whole`: the user sees
 * the whole college; otherwise (some classes or dorms only) the figures about the kind they do not
 * see are left out.
 */
export function rosterSummaryCards(roster: CollegeRoster, whole: boolean, t: Translate, language: Language): KpiCardProps[] {
  const s = roster.summary;
  const classes = whole || roster.classes.length > 0;
  const dorms = whole || roster.dormitories.length > 0;
  const cards: KpiCardProps[] = [];
  if (classes) {
    cards.push({
      testId: 'roster-classes',
      title: t('roster.summary.classes'),
      value: formatPercent(s.classCoverage, language),
      detail: t('overview.kpi.covered', { n: s.classesCovered, d: s.classes }),
      tone: s.classesCovered < s.classes ? 'warning' : 'normal',
    });
  }
  if (dorms) {
    cards.push({
      testId: 'roster-dorms',
      title: t('roster.summary.dorms'),
      value: formatPercent(s.dormCoverage, language),
      detail: t('overview.kpi.covered', { n: s.dormitoriesCovered, d: s.dormitories }),
      tone: s.dormitoriesCovered < s.dormitories ? 'warning' : 'normal',
    });
  }
  if (classes) {
    cards.push({ testId: 'roster-committee-members', title: t('roster.summary.committeeMembers'), value: formatNumber(s.committeeMembers, language) });
  }
  if (dorms) {
    cards.push({ testId: 'roster-dorm-officers', title: t('roster.summary.dormOfficers'), value: formatNumber(s.dormOfficers, language) });
  }
  return cards;
}
