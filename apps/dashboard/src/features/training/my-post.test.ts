import { describe, expect, it } from 'vitest';
import { myPosts, orderMySessions } from './my-post';
import { postsOf } from './posts';

describe('posts', () => {
  it('tells the committee post (class code) from the officer post (dorm code)', () => {
    expect(postsOf({ posts: ['CS-U1'], classCode: 'CS-U1', dormCode: 'CS-UD1' })).toEqual([{ kind: 'committee', code: 'CS-U1' }]);
    expect(postsOf({ posts: ['CS-GD1'], classCode: 'CS-G2', dormCode: 'CS-GD1' })).toEqual([{ kind: 'officer', code: 'CS-GD1' }]);
    expect(postsOf({ posts: ['CS-U1', 'CS-UD1'], classCode: 'CS-U1', dormCode: 'CS-UD1' }).map((p) => p.kind)).toEqual(['committee', 'officer']);
  });

  it('names them by class name and dorm building and room, else by code', () => {
    const status = { posts: ['CS-U1', 'CS-UD1'], classCode: 'CS-U1', dormCode: 'CS-UD1' };
    expect(myPosts(status, { className: '计算机本科一班', dorm: { building: '一号楼', room: '101' } }).map((p) => p.name)).toEqual(['计算机本科一班', '一号楼 101']);
    expect(myPosts(status, {}).map((p) => p.name)).toEqual(['CS-U1', 'CS-UD1']);
    expect(myPosts(null, {})).toEqual([]);
  });
});

describe('orderMySessions', () => {
  it('puts planned sessions first, soonest first and undated last, then held ones, latest first', () => {
    const s = (code: string, held: boolean, plannedOn: string | null, heldOn: string | null = null) => ({ code, held, plannedOn, heldOn });
    expect(orderMySessions([s('H1', true, null, '2026-10-01'), s('P2', false, null), s('P1', false, '2026-12-01'), s('H2', true, null, '2026-11-01'), s('P0', false, '2026-11-20')]).map((x) => x.code)).toEqual([
      'P0',
      'P1',
      'P2',
      'H2',
      'H1',
    ]);
  });
});
