import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { NetworkLevel, SessionStatus, TrainingAudience, TrainingForm } from './enums.js';

@ObjectType({ description: 'A semester of the calendar: code (2026-2027-1), name and dates; unset semesters use the default dates' })
export class Semester {
  @Field() code!: string;
  @Field() name!: string;
  @Field() startsOn!: string;
  @Field() endsOn!: string;
  @Field({ description: 'False when no one has set this semester and the default dates apply' }) stored!: boolean;
  @Field(() => Int, { description: 'For optimistic locking; 0 while not stored' }) version!: number;
}

@InputType()
export class SetSemesterInput {
  @Field({ description: 'YYYY-YYYY-1 (autumn) or YYYY-YYYY-2 (spring)' }) code!: string;
  @Field() name!: string;
  @Field({ description: 'YYYY-MM-DD' }) startsOn!: string;
  @Field({ description: 'YYYY-MM-DD, not before startsOn' }) endsOn!: string;
  @Field(() => Int, { nullable: true, description: 'The version read; a stale version is refused' }) version?: number | null;
}

@ObjectType({ description: 'A required basic-skills module of a programme' })
export class TrainingModule {
  @Field() code!: string;
  @Field() name!: string;
}

@ObjectType({ description: "A semester's basic-skills programme (default: COURSEWARE, LECTURE, READER; minSelfDesignedAttendance 1)" })
export class TrainingProgramme {
  @Field() semester!: string;
  @Field(() => [String]) moduleCodes!: string[];
  @Field(() => [TrainingModule]) modules!: TrainingModule[];
  @Field(() => Int) minSelfDesignedAttendance!: number;
  @Field({ description: 'True while the Center has not set this semester and the defaults apply' }) isDefault!: boolean;
  @Field(() => Int, { description: 'Self-designed sessions each college should hold: at least' }) sessionTargetMin!: number;
  @Field(() => Int, { description: 'Self-designed sessions each college should hold: at most' }) sessionTargetMax!: number;
}

@ObjectType({ description: "A college's self-designed training session, or its working group's own study" })
export class TrainingSession {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() semester!: string;
  @Field() collegeCode!: string;
  @Field() collegeName!: string;
  @Field() title!: string;
  @Field(() => [NetworkLevel]) levels!: NetworkLevel[];
  @Field(() => [TrainingAudience]) audiences!: TrainingAudience[];
  @Field(() => TrainingForm) form!: TrainingForm;
  @Field(() => String, { nullable: true }) speaker!: string | null;
  @Field(() => String, { nullable: true }) place!: string | null;
  @Field(() => String, { nullable: true, description: 'Planned date, YYYY-MM-DD' }) plannedOn!: string | null;
  @Field(() => SessionStatus) status!: SessionStatus;
  @Field({ description: 'status is HELD' }) held!: boolean;
  @Field(() => String, { nullable: true }) heldOn!: string | null;
  @Field(() => Int, { description: 'Students recorded as attending (counted or not)' }) attendanceCount!: number;
  @Field(() => Int) version!: number;
}

@InputType()
export class CreateTrainingSessionInput {
  @Field() collegeCode!: string;
  @Field() semester!: string;
  @Field({ description: 'Unique within the semester across colleges' }) code!: string;
  @Field() title!: string;
  @Field(() => [NetworkLevel]) levels!: NetworkLevel[];
  @Field({ description: 'true: status HELD (heldOn required)' }) held!: boolean;
  @Field(() => String, { nullable: true }) heldOn?: string | null;
  @Field(() => [TrainingAudience], { nullable: true, description: 'Default: committee members and dorm officers' })
  audiences?: TrainingAudience[] | null;
  @Field(() => TrainingForm, { nullable: true, description: 'Default: LECTURE' }) form?: TrainingForm | null;
  @Field(() => String, { nullable: true }) speaker?: string | null;
  @Field(() => String, { nullable: true }) place?: string | null;
  @Field(() => String, { nullable: true }) plannedOn?: string | null;
}

@InputType()
export class UpdateTrainingSessionInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'The version read; a stale version is refused' }) version!: number;
  @Field() title!: string;
  @Field(() => [NetworkLevel]) levels!: NetworkLevel[];
  @Field(() => [TrainingAudience]) audiences!: TrainingAudience[];
  @Field(() => TrainingForm) form!: TrainingForm;
  @Field(() => String, { nullable: true }) speaker?: string | null;
  @Field(() => String, { nullable: true }) place?: string | null;
  @Field(() => String, { nullable: true }) plannedOn?: string | null;
}

@ObjectType({ description: 'Training completion of one college at one level in a semester, or the total (docs/metrics.md)' })
export class TrainingRow {
  @Field(() => String, { nullable: true, description: 'null on the total row' }) collegeCode!: string | null;
  @Field(() => String, { nullable: true, description: 'null on the total row' }) collegeName!: string | null;
  @Field(() => Int, { description: 'Distinct active committee members and dorm officers (both posts count once)' }) trainees!: number;
  @Field(() => Int, { description: 'Trainees with a completion of every required module' }) basicCompleted!: number;
  @Field(() => Int, { description: "The college's HELD self-designed sessions for this level (target 2–3)" })
  selfDesignedSessionsHeld!: number;
  @Field(() => Int, { description: 'Trainees who attended at least minSelfDesignedAttendance of those sessions' })
  attendedSelfDesigned!: number;
  @Field(() => Int, { description: 'Trainees with basic modules completed and self-designed attendance' }) completed!: number;
  @Field(() => Float, { description: 'basicCompleted / trainees (0 when there are none)' }) basicCompletion!: number;
  @Field(() => Float, { description: 'attendedSelfDesigned / trainees (0 when there are none)' }) selfDesignedAttendance!: number;
  @Field(() => Float, { description: 'completed / trainees (0 when there are none)' }) completion!: number;
}

@ObjectType()
export class TrainingReport {
  @Field(() => NetworkLevel) level!: NetworkLevel;
  @Field() semester!: string;
  @Field(() => TrainingProgramme) programme!: TrainingProgramme;
  @Field(() => TrainingRow) total!: TrainingRow;
  @Field(() => [TrainingRow]) colleges!: TrainingRow[];
}

@ObjectType({ description: "One trainee's training in a semester" })
export class TraineeStatus {
  @Field() studentNo!: string;
  @Field() name!: string;
  @Field(() => [String], { description: 'Posts held: class code (committee member) and dorm code (officer)' }) posts!: string[];
  @Field(() => String, { nullable: true }) classCode!: string | null;
  @Field(() => String, { nullable: true }) dormCode!: string | null;
  @Field(() => [String], { description: 'Required modules completed' }) modulesDone!: string[];
  @Field(() => [String], { description: 'Required modules not yet completed' }) modulesMissing!: string[];
  @Field(() => Int, { description: "Counting sessions attended (held, for the level, the college's own)" }) sessionsAttended!: number;
  @Field() basicCompleted!: boolean;
  @Field() attendedSelfDesigned!: boolean;
  @Field() completed!: boolean;
}

@ObjectType({ description: "A college's training at one level: every trainee's status and the sessions against the target" })
export class CollegeTraining {
  @Field() collegeCode!: string;
  @Field() collegeName!: string;
  @Field(() => NetworkLevel) level!: NetworkLevel;
  @Field() semester!: string;
  @Field(() => TrainingProgramme) programme!: TrainingProgramme;
  @Field(() => TrainingRow) summary!: TrainingRow;
  @Field(() => [TraineeStatus]) trainees!: TraineeStatus[];
  @Field(() => [TrainingSession], { description: "The college's sessions of the semester (all levels and audiences)" })
  sessions!: TrainingSession[];
}

@ObjectType({ description: "A committee member's or officer's own post and training" })
export class MyTraining {
  @Field() semester!: string;
  @Field(() => TrainingProgramme) programme!: TrainingProgramme;
  @Field(() => TraineeStatus, { nullable: true, description: 'Null when the person holds no active post' }) status!: TraineeStatus | null;
  @Field(() => [TrainingSession], { description: "Sessions of the person's college for their level this semester" })
  sessions!: TrainingSession[];
  @Field(() => [String], { description: 'Codes of the sessions the person attended' }) attendedSessionCodes!: string[];
}

@ObjectType()
export class AttendanceChange {
  @Field(() => TrainingSession) session!: TrainingSession;
  @Field(() => Int, { description: 'Students newly recorded' }) added!: number;
  @Field(() => Int, { description: 'Students already recorded' }) unchanged!: number;
}

@ObjectType()
export class CompletionChange {
  @Field(() => Int) created!: number;
  @Field(() => Int) unchanged!: number;
}

@ObjectType({ description: 'A person on a session attendance list' })
export class SessionAttendee {
  @Field() studentNo!: string;
  @Field() name!: string;
  @Field({ description: 'An active trainee of the college at one of the session’s levels: the attendance counts once the session is held' })
  counts!: boolean;
}

@ObjectType({ description: 'A generated document (XLSX), base64-encoded' })
export class DocumentFile {
  @Field() filename!: string;
  @Field() contentType!: string;
  @Field() base64!: string;
}
