import { Field, Int, ObjectType } from 'type-graphql';
import { Student } from './org.types.js';

@ObjectType()
export class ImportError {
  @Field(() => Int, { description: 'Spreadsheet row: the header is row 1, the first data row is row 2' }) row!: number;
  @Field({ description: 'The column as its header is written in the file' }) column!: string;
  @Field() message!: string;
}

@ObjectType()
export class ImportResult {
  @Field(() => Int) created!: number;
  @Field(() => Int) updated!: number;
  @Field(() => Int) unchanged!: number;
  @Field(() => [ImportError]) errors!: ImportError[];
  @Field({ description: 'True when this was a dry run: nothing was written' }) dryRun!: boolean;
  @Field(() => Int, { description: 'Appointments ended automatically by this import (status, class or dorm changes)' })
  appointmentsEnded!: number;
}

@ObjectType()
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

@ObjectType()
export class StudentEdge {
  @Field() cursor!: string;
  @Field(() => Student) node!: Student;
}

@ObjectType()
export class StudentConnection {
  @Field(() => [StudentEdge]) edges!: StudentEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}
