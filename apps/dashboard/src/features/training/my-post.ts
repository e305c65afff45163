import { type PostKind, postsOf } from './posts';

// "我的岗位": the person's posts with their names, and their sessions in the order they come.

export interface MyPost {
  kind: PostKind;
  code: string;
  /** 计算机本科一班, 研究生楼 201; the code when the name is not known. */
  name: string;
}

export function myPosts(
  status: { posts: readonly string[]; classCode?: string | null; dormCode?: string | null } | null | undefined,
  names: { className?: string | null; dorm?: { building: string; room: string } | null },
): MyPost[] {
  if (!status) return [];
  return postsOf(status).map((p) => ({
    ...p,
    name: p.kind === 'committee' ? (names.className ?? p.code) : names.dorm ? `${names.dorm.building} ${names.dorm.room}` : p.code,
  }));
}

/** The duties of each post (通知 二(二), 二(三); the committee member's also 一(二)'s confidentiality), as message keys. */
export const DUTY_KEYS = {
  committee: ['myPost.duty.committee.1', 'myPost.duty.committee.2', 'myPost.duty.committee.3', 'myPost.duty.committee.4', 'myPost.duty.committee.5'],
  officer: ['myPost.duty.officer.1', 'myPost.duty.officer.2', 'myPost.duty.officer.3', 'myPost.duty.officer.4'],
} as const;

export interface MySession {
  code: string;
  held: boolean;
  heldOn?: string | null;
  plannedOn?: string | null;
}

/**
 * The sessions of the person's college for their level: upcoming planned ones first (soonest
 * first, undated last), then those held (latest first).
 */
export function orderMySessions<S extends MySession>(sessions: readonly S[]): S[] {
  const planned = sessions
    .filter((s) => !s.held)
    .sort((a, b) => (a.plannedOn ?? '9999').localeCompare(b.plannedOn ?? '9999') || a.code.localeCompare(b.code));
  const held = sessions.filter((s) => s.held).sort((a, b) => (b.heldOn ?? '').localeCompare(a.heldOn ?? '') || a.code.localeCompare(b.code));
  return [...planned, ...held];
}
