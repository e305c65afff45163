import type { CreateTrainingSessionInput, NetworkLevel, TrainingAudience, TrainingForm, UpdateTrainingSessionInput } from '@/gql/graphql';

// The session form's values and the API inputs made from them. Empty texts are sent as null
// ("not given"), so clearing a field clears it on the server too.

export const TRAINING_FORMS: readonly TrainingForm[] = ['LECTURE', 'WORKSHOP', 'CASE_DISCUSSION', 'PRACTICE'];
export const TRAINING_AUDIENCES: readonly TrainingAudience[] = ['COMMITTEE_MEMBERS', 'DORM_OFFICERS', 'WORKING_GROUP'];
export const DEFAULT_AUDIENCES: TrainingAudience[] = ['COMMITTEE_MEMBERS', 'DORM_OFFICERS'];

export interface SessionFormValues {
  code: string;
  title: string;
  plannedOn?: string | null;
  levels: NetworkLevel[];
  audiences: TrainingAudience[];
  form: TrainingForm;
  speaker?: string | null;
  place?: string | null;
  /** Only when adding: the session already took place. */
  held?: boolean;
  heldOn?: string | null;
}

const text = (v: string | null | undefined): string | null => {
  const s = (v ?? '').trim();
  return s.length > 0 ? s : null;
};

// The schema lists enum values alphabetically; keep the order people read them in.
const inOrder = <T extends string>(order: readonly T[], values: readonly T[]): T[] => order.filter((v) => values.includes(v));

export function toCreateInput(values: SessionFormValues, collegeCode: string, semester: string): CreateTrainingSessionInput {
  const held = !!values.held;
  return {
    collegeCode,
    semester,
    code: values.code.trim(),
    title: values.title.trim(),
    levels: inOrder<NetworkLevel>(['UNDERGRADUATE', 'GRADUATE'], values.levels),
    audiences: inOrder(TRAINING_AUDIENCES, values.audiences),
    form: values.form,
    speaker: text(values.speaker),
    place: text(values.place),
    plannedOn: values.plannedOn || null,
    held,
    heldOn: held ? values.heldOn || null : null,
  };
}

export function toUpdateInput(values: SessionFormValues, session: { id: string; version: number }): UpdateTrainingSessionInput {
  return {
    id: session.id,
    version: session.version,
    title: values.title.trim(),
    levels: inOrder<NetworkLevel>(['UNDERGRADUATE', 'GRADUATE'], values.levels),
    audiences: inOrder(TRAINING_AUDIENCES, values.audiences),
    form: values.form,
    speaker: text(values.speaker),
    place: text(values.place),
    plannedOn: values.plannedOn || null,
  };
}

/** The form's starting values: a session's own, or those of a new session at the page's level. */
export function formValuesOf(
  session: { code: string; title: string; plannedOn?: string | null; levels: NetworkLevel[]; audiences: TrainingAudience[]; form: TrainingForm; speaker?: string | null; place?: string | null } | null,
  level: NetworkLevel,
): SessionFormValues {
  if (!session) return { code: '', title: '', plannedOn: null, levels: [level], audiences: [...DEFAULT_AUDIENCES], form: 'LECTURE', speaker: '', place: '', held: false, heldOn: null };
  return {
    code: session.code,
    title: session.title,
    plannedOn: session.plannedOn ?? null,
    levels: [...session.levels],
    audiences: [...session.audiences],
    form: session.form,
    speaker: session.speaker ?? '',
    place: session.place ?? '',
  };
}

/** The date a session is listed under: held on, else planned on (null when neither is known). */
export const sessionDate = (s: { held: boolean; heldOn?: string | null; plannedOn?: string | null }): string | null =>
  (s.held ? s.heldOn : null) ?? s.plannedOn ?? null;

/** Sessions by date (undated last), then code. */
export function sessionsByDate<S extends { code: string; held: boolean; heldOn?: string | null; plannedOn?: string | null }>(sessions: readonly S[]): S[] {
  return [...sessions].sort((a, b) => {
    const da = sessionDate(a);
    const db = sessionDate(b);
    if (da !== db) return da === null ? 1 : db === null ? -1 : da.localeCompare(db);
    return a.code.localeCompare(b.code);
  });
}

/** The day a session took place, to start with: its planned date when that has come, else today. */
export function defaultHeldOn(plannedOn: string | null | undefined, today: string): string {
  return plannedOn && plannedOn <= today ? plannedOn : today;
}
