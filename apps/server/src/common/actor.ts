import type { Actor, SystemActor } from '@carenet/domain';

export type { Actor } from '@carenet/domain';

/** The command line, the demo loader and benchmarks: trusted local operators. */
export const SYSTEM: SystemActor = { kind: 'system', name: 'cli' };

/** How an actor appears in the audit log. */
export function describeActor(a: Actor, roles: string[]): { kind: string; name: string; roles: string } {
  switch (a.kind) {
    case 'user':
      return { kind: 'user', name: a.username, roles: roles.join(',') };
    case 'token':
      return { kind: 'token', name: `token:${a.name}#${a.tokenId}`, roles: a.scopes.join(',') };
    case 'system':
      return { kind: 'system', name: a.name, roles: 'SYSTEM' };
    case 'anonymous':
      return { kind: 'anonymous', name: 'anonymous', roles: '' };
  }
}
