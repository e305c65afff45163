import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { NetworkLevel, SubmissionKind, SubmissionState } from './enums.js';

@ObjectType({ description: 'A transition of a submission' })
export class SubmissionEvent {
  @Field(() => SubmissionState) fromState!: SubmissionState;
  @Field(() => SubmissionState) toState!: SubmissionState;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field() actor!: string;
  @Field() at!: Date;
}

@ObjectType({ description: 'What a college owes for a semester: the network roster of a level (附件1) or the training plan (附件3)' })
export class Submission {
  @Field(() => ID, { description: 'Stable: college, semester, kind and level' }) id!: string;
  @Field() collegeCode!: string;
  @Field() collegeName!: string;
  @Field(() => SubmissionKind) kind!: SubmissionKind;
  @Field(() => NetworkLevel, { nullable: true, description: 'Rosters only' }) level!: NetworkLevel | null;
  @Field() semester!: string;
  @Field(() => SubmissionState) state!: SubmissionState;
  @Field(() => Int, { description: 'Snapshots submitted so far (0 until the first submit)' }) version!: number;
  @Field(() => Int, { description: 'For optimistic locking of transitions' }) revision!: number;
  @Field() dueOn!: string;
  @Field(() => Int, {
    nullable: true,
    description: 'While owed (NOT_STARTED or RETURNED): whole days from today to dueOn in the university time zone, negative when late; null otherwise',
  })
  daysLeft!: number | null;
  @Field(() => Date, { nullable: true, description: 'The latest submission' }) submittedAt!: Date | null;
  @Field({ description: 'The first submission came after dueOn' }) late!: boolean;
  @Field(() => String, { nullable: true }) paperReceivedOn!: string | null;
  @Field(() => String, { nullable: true }) returnReason!: string | null;
  @Field(() => String, { nullable: true, description: 'Hash of the latest snapshot; never changes after submission' }) digest!: string | null;
  @Field({ description: 'The live roster or plan would now give a different digest' }) changedSinceSubmission!: boolean;
  @Field(() => [SubmissionEvent], { description: 'Every transition, oldest first (empty for tokens)' }) history!: SubmissionEvent[];
}

@InputType()
export class SubmitInput {
  @Field() collegeCode!: string;
  @Field() semester!: string;
  @Field(() => SubmissionKind) kind!: SubmissionKind;
  @Field(() => NetworkLevel, { nullable: true, description: 'Rosters only' }) level?: NetworkLevel | null;
  @Field(() => Int, { nullable: true, description: 'The revision read; a stale one is refused' }) revision?: number | null;
}

@ObjectType({ description: 'One line of a college’s completion checklist' })
export class ChecklistItem {
  @Field({ description: 'What the line is about (e.g. WORKING_GROUP, WORKSTATION, CLASSES_WITHOUT_MEMBER, SUBMISSION)' }) key!: string;
  @Field(() => NetworkLevel, { nullable: true }) level!: NetworkLevel | null;
  @Field({ description: 'Nothing left to do' }) done!: boolean;
  @Field({ description: 'Blocks a submission (the others are warnings)' }) blocking!: boolean;
  @Field(() => Int, { nullable: true, description: 'How many are missing (classes, dorms, sessions, trainees, follow-ups)' }) count!: number | null;
  @Field(() => Int, { nullable: true, description: 'Of how many' }) of!: number | null;
  @Field({ description: 'The line in the caller’s language' }) text!: string;
  @Field(() => Submission, { nullable: true }) submission!: Submission | null;
  @Field(() => Int, { nullable: true, description: 'Submission lines: days left (negative: days late)' }) daysLeft!: number | null;
}

@ObjectType()
export class CollegeChecklist {
  @Field() collegeCode!: string;
  @Field() collegeName!: string;
  @Field() semester!: string;
  @Field(() => [NetworkLevel], { description: 'Levels the college has a network for' }) levels!: NetworkLevel[];
  @Field(() => [ChecklistItem]) items!: ChecklistItem[];
}

@ObjectType({ description: 'What submitting would check: blocking problems refuse, warnings need a confirmation in the dashboard' })
export class SubmissionCheck {
  @Field(() => [String]) blocking!: string[];
  @Field(() => [String]) warnings!: string[];
}
