import type { Facility, NetworkLevel, Position } from '@/gql/graphql';
import type { ClassRosterEntry, CollegeRoster, DormRosterEntry, WorkingGroupMember } from './api/college-roster.query';

export interface PositionGap {
  position: Position;
  /** Members holding the position who do not serve this level: editing their levels closes the gap. */
  holdersElsewhere: WorkingGroupMember[];
}

/** What is missing in a college's network at one level (docs/metrics.md, Gap list), as the gap list shows it. */
export interface RosterGaps {
  /** Active classes (≥1 ENROLLED student) without an active committee member. */
  classes: ClassRosterEntry[];
  /** Active dorms (≥1 ENROLLED resident) without an active officer. */
  dorms: DormRosterEntry[];
  /** Required working-group positions nobody serves at this level. */
  positions: PositionGap[];
  /** The API's `hasWorkstation` is false: no workstation, or one without a room (not set up). */
  workstationMissing: boolean;
  /** Checklist items the workstation lacks (only when it is set up). */
  facilities: Facility[];
  count: number;
}

/**
 * The gaps of a roster. `whole`: the user sees the whole college; otherwise (some classes or dorms
 * only) the working group and workstation are not theirs to see and are left out.
 */
export function rosterGaps(roster: CollegeRoster, level: NetworkLevel, whole: boolean): RosterGaps {
  const classes = roster.classes.filter((c) => c.active && !c.covered);
  const dorms = roster.dormitories.filter((d) => d.active && !d.covered);
  const positions: PositionGap[] = whole
    ? roster.missingPositions.map((position) => ({
        position,
        holdersElsewhere: roster.workingGroup.filter((m) => m.position === position && !m.levels.includes(level)),
      }))
    : [];
  const ws = roster.workstation;
  const workstationMissing = whole && !roster.hasWorkstation;
  const facilities = whole && ws && !workstationMissing ? ws.missingFacilities : [];
  const count = classes.length + dorms.length + positions.length + (workstationMissing ? 1 : 0) + (facilities.length > 0 ? 1 : 0);
  return { classes, dorms, positions, workstationMissing, facilities, count };
}
