import { Field, Int, ObjectType } from 'type-graphql';
import { Student } from './org.types.js';

@ObjectType()
export class ImportError {
  @Field(() => Int, { description: 'Spreadsheet row: the header is row 1, the first data row is row 2' }) row!: number;
  @Field({ description: 'The column as its header is written in the file' }) column!: string;
  @Field() message!: string;
}

@ObjectType({ description: 'One record an import adds or changes, or one post it ends, by name' })
export class ImportItem {
  @Field(() => Int, { description: 'The file row it comes from (the header is row 1)' }) row!: number;
  @Field({ description: "The record's code or number: student_no, staff_no, class/dorm/college code" }) key!: string;
  @Field({ description: "The name: a student's, staff member's, college's or class's; a dorm's building and room" }) name!: string;
  @Field(() => String, {
    nullable: true,
    description: "Where or what, in the caller's language: a committee member's class, an officer's dorm, a working-group member's college and position, an ended post and why",
  })
  detail!: string | null;
  @Field(() => [String], { description: 'Changed records: the columns whose values change, as headed in the file; empty otherwise' })
  columns!: string[];
}

@ObjectType({ description: 'The first items of one category (at most 200) and how many there are in all' })
export class ImportItemList {
  @Field(() => [ImportItem]) items!: ImportItem[];
  @Field(() => Int, { description: 'All items of this category; more than items.length when the list was cut short' }) total!: number;
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
  // Optional here: other imports (screening, training) return ImportResult without item lists.
  @Field(() => ImportItemList, { nullable: true, description: 'Roster imports: the records added (created), by name; null for other imports' })
  added?: ImportItemList | null;
  @Field(() => ImportItemList, { nullable: true, description: 'Roster imports: the records changed (updated), by name, with the changed columns' })
  changed?: ImportItemList | null;
  @Field(() => ImportItemList, { nullable: true, description: 'Roster imports: the posts ended automatically (appointmentsEnded), by student' })
  ended?: ImportItemList | null;
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
