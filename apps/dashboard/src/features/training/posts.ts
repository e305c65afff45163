// A trainee's posts: `posts` lists the class code when they are its committee member and the dorm
// code when they are its officer (TraineeStatus). Which is which comes from their class and dorm.

export type PostKind = 'committee' | 'officer';

export interface TraineePosts {
  posts: readonly string[];
  classCode?: string | null;
  dormCode?: string | null;
}

export function postsOf(t: TraineePosts): { kind: PostKind; code: string }[] {
  const out: { kind: PostKind; code: string }[] = [];
  if (t.classCode && t.posts.includes(t.classCode)) out.push({ kind: 'committee', code: t.classCode });
  if (t.dormCode && t.posts.includes(t.dormCode)) out.push({ kind: 'officer', code: t.dormCode });
  return out;
}
