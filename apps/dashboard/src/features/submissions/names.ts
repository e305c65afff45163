import type { SubmissionFieldsFragment } from '@/gql/graphql';
import type { Translate } from '@/lib/i18n/i18n';
import { requirementKey, stateKey } from './status';

export type Sub = SubmissionFieldsFragment;

/** "附件1 网络名单 · 本科生" or "附件3 培训计划". */
export function requirementName(t: Translate, s: Pick<Sub, 'kind' | 'level'>): string {
  const kind = t(requirementKey(s.kind));
  return s.level ? `${kind} · ${t(`level.${s.level}`)}` : kind;
}

/** The college and the requirement, for titles of modals and drawers. */
export const submissionName = (t: Translate, s: Sub): string => `${s.collegeName} · ${requirementName(t, s)}`;

export const stateName = (t: Translate, s: Sub['state']): string => t(stateKey(s));

/** A timestamp in the user's locale, short. */
export const formatAt = (iso: string | null | undefined): string => (iso ? new Date(iso).toLocaleString() : '');
