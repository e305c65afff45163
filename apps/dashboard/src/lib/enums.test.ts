import { describe, expect, it } from 'vitest';
import { ApiScope, Facility, NetworkLevel, Position, RosterKind, StudentStatus } from '@/gql/graphql';
import { API_SCOPES, FACILITIES, NETWORK_LEVELS, POSITIONS, ROSTER_KINDS, STUDENT_STATUSES } from './enums';

// The display-ordered lists must hold exactly the generated enum's values.
describe('display-ordered enum lists', () => {
  it.each([
    ['NetworkLevel', NETWORK_LEVELS, NetworkLevel],
    ['Position', POSITIONS, Position],
    ['Facility', FACILITIES, Facility],
    ['StudentStatus', STUDENT_STATUSES, StudentStatus],
    ['ApiScope', API_SCOPES, ApiScope],
    ['RosterKind', ROSTER_KINDS, RosterKind],
  ] as const)('%s', (_name, list, generated) => {
    expect([...list].sort()).toEqual(Object.values(generated).sort());
  });

  it('keeps the order users see', () => {
    expect(NETWORK_LEVELS[0]).toBe('UNDERGRADUATE');
    expect(ROSTER_KINDS[0]).toBe('COLLEGES');
  });
});
