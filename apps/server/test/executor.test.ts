import { ApolloServer } from '@apollo/server';
import { buildSchema, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../src/common/errors.js';
import { jitGateway } from '../src/common/jit-executor.js';
import { type GraphqlExecutor, loadConfig } from '../src/config.js';
import { UNIVERSITY } from './fixtures.js';
import { ENGINES, importCsv, startServer, type TestServer } from './harness.js';

// What a resolver saw (keys sorted), written back so that graphql-js and graphql-jit can be compared.
const seen = (args: unknown) =>
  JSON.stringify(args, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );

function smallSchema(): GraphQLSchema {
  const schema = buildSchema(`
    enum Level { UNDERGRADUATE GRADUATE }
    input Change { phone: String, reason: String! = "LEFT", tags: [String!]! = [] }
    type Item { id: ID!, n: Int!, level: Level! }
    type Query {
      echo(text: String, change: Change, level: Level = GRADUATE): String
      items(count: Int!): [Item!]!
      refused: String
    }
  `);
  const fields = schema.getQueryType()!.getFields();
  fields.echo!.resolve = (_root, args) => seen(args);
  fields.items!.resolve = (_root, args: { count: number }) => Array.from({ length: args.count }, (_v, i) => ({ id: i, n: i * 2, level: 'UNDERGRADUATE' }));
  fields.refused!.resolve = () => {
    throw new AppError('FORBIDDEN', 'not yours');
  };
  return schema;
}

describe('the compiled executor answers as graphql-js does', () => {
  const schema = smallSchema();
  const ran: GraphqlExecutor[] = [];
  const jit = new ApolloServer({ gateway: jitGateway(schema, { onExecute: (e) => ran.push(e) }) });
  const js = new ApolloServer({ schema });
  beforeAll(async () => {
    await jit.start();
    await js.start();
  });
  afterAll(async () => {
    await jit.stop();
    await js.stop();
  });
  const answer = async (server: ApolloServer, query: string, variables?: Record<string, unknown>) => {
    const r = await server.executeOperation({ query, variables });
    return { status: r.http.status ?? 200, body: r.body.kind === 'single' ? r.body.singleResult : null };
  };
  // The compiled executor's answer to a document's second request (the first runs on graphql-js), and graphql-js's.
  const both = async (query: string, variables?: Record<string, unknown>) => {
    await answer(jit, query, variables);
    return { jit: await answer(jit, query, variables), js: await answer(js, query, variables) };
  };

  it.each([
    ['an omitted argument', 'query($t: String) { echo(text: $t) }', {}],
    ['null given', 'query($t: String) { echo(text: $t) }', { t: null }],
    ["an input's field defaults", 'query($c: Change) { echo(change: $c) }', { c: { phone: '1' } }],
    ['a variable inside an input literal, left out', 'query($p: String) { echo(change: { phone: $p }) }', {}],
    ['a variable inside an input literal, given', 'query($p: String) { echo(change: { phone: $p, tags: ["a"] }) }', { p: '2' }],
    ['an argument default', '{ echo }', {}],
    ['a list of objects with enums', 'query($n: Int!) { items(count: $n) { id n level } }', { n: 50 }],
    ['introspection', '{ __schema { queryType { name } types { name kind } } __type(name: "Change") { inputFields { name defaultValue } } }', {}],
    ['@skip in a fragment spread twice', 'query($s: Boolean!) { a: items(count: 1) { ...F } b: items(count: 1) { ...F } } fragment F on Item { id n @skip(if: $s) }', { s: true }],
  ])('%s', async (_name, query, variables) => {
    const r = await both(query, variables);
    expect(r.jit.body?.errors).toBeUndefined();
    expect(r.jit).toEqual(r.js);
  });

  it('compiles a document on its second request; documents nesting variables in literals stay on graphql-js', async () => {
    ran.length = 0;
    for (let i = 0; i < 3; i++) await answer(jit, 'query($n: Int!) { items(count: $n) { id } }', { n: i + 1 });
    expect(ran).toEqual(['graphql-js', 'jit', 'jit']);
    ran.length = 0;
    for (let i = 0; i < 3; i++) await answer(jit, 'query($p: String) { echo(change: { phone: $p }) }', {});
    expect(ran).toEqual(['graphql-js', 'graphql-js', 'graphql-js']);
  });

  it('a resolver refusal keeps its code and message', async () => {
    const r = await both('{ refused }');
    expect(r.jit.body?.errors?.[0]).toMatchObject({ message: 'not yours', path: ['refused'], extensions: { code: 'FORBIDDEN' } });
    expect(r.jit).toEqual(r.js);
  });

  it('variables that do not fit are refused with 400, in graphql-js words', async () => {
    for (const [query, variables] of [
      ['query($n: Int!) { items(count: $n) { id } }', { n: 'many' }],
      ['query($c: Change) { echo(change: $c) }', { c: { reason: null } }],
      ['query($n: Int!) { items(count: $n) { id } }', {}],
    ] as const) {
      const r = await both(query, variables);
      expect(r.jit.status).toBe(400);
      expect(r.jit.body?.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(r.jit).toEqual(r.js);
    }
  });

  it('GRAPHQL_EXECUTOR chooses the executor; anything else stops start-up', () => {
    expect(loadConfig({}).graphqlExecutor).toBe('jit');
    expect(loadConfig({ GRAPHQL_EXECUTOR: 'graphql-js' }).graphqlExecutor).toBe('graphql-js');
    expect(() => loadConfig({ GRAPHQL_EXECUTOR: 'fast' })).toThrow('GRAPHQL_EXECUTOR must be one of jit, graphql-js, got "fast"');
    expect(loadConfig({}).graphqlCompileAfter).toBe(1);
    expect(() => loadConfig({ GRAPHQL_COMPILE_AFTER: '-1' })).toThrow('GRAPHQL_COMPILE_AFTER must be a whole number from 0 to 1000, got "-1"');
  });
});

const COVERAGE = `query($l: NetworkLevel!) { networkCoverage(level: $l) { level total { classes classesCovered classCoverage dormCoverage }
  colleges { collegeCode collegeName classes classesCovered dormitories dormitoriesCovered committeeMembers dormOfficers classCoverage dormCoverage } } }`;
const ROSTER = `query($c: String!, $l: NetworkLevel!) { roster(collegeCode: $c, level: $l) { level summary { classes classesCovered classCoverage }
  classes { classGroup { code name } enrolledCount active covered committeeMembers { student { studentNo name } } }
  dormitories { dormitory { code } enrolledResidents active covered officer { student { studentNo name } } } } }`;

const METRICS = 'metrics-token-of-this-test';

describe.each(ENGINES)('the two executors over one database on %s', (engine) => {
  let jit: TestServer;
  let js: TestServer;
  beforeAll(async () => {
    jit = await startServer(engine, { METRICS_TOKEN: METRICS });
    js = await startServer(engine, { GRAPHQL_EXECUTOR: 'graphql-js' }, { attachTo: jit });
    for (const [kind, csv] of UNIVERSITY) await importCsv(jit, kind, csv);
  });
  afterAll(async () => {
    await js?.close();
    await jit?.close();
  });

  it('give the same answers, refusals included', async () => {
    const token = (await jit.login('admin', 'admin-password-1')).token;
    const cases: [string, Record<string, unknown>][] = [
      [COVERAGE, { l: 'UNDERGRADUATE' }],
      [COVERAGE, { l: 'GRADUATE' }],
      [ROSTER, { c: 'CS', l: 'UNDERGRADUATE' }],
      [ROSTER, { c: 'NOPE', l: 'UNDERGRADUATE' }],
      [COVERAGE, { l: 'POSTGRADUATE' }],
      ['{ colleges { code name } }', {}],
    ];
    const answers = [];
    for (const [query, variables] of cases) {
      const a = await jit.as(token).gql(query, variables);
      expect(a).toEqual(await js.as(token).gql(query, variables));
      answers.push(a);
    }
    expect(answers[0]?.data?.networkCoverage.colleges.length).toBeGreaterThan(0);
    expect(answers[2]?.data?.roster.classes.length).toBeGreaterThan(0);
    expect(answers[3]?.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(answers[4]?.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // Signed out: the same refusal from each.
    const a = await jit.as(null).gql(COVERAGE, { l: 'UNDERGRADUATE' });
    expect(a.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(a).toEqual(await js.as(null).gql(COVERAGE, { l: 'UNDERGRADUATE' }));
    // What was compared: compiled answers (the suite compiles on first sight), none interpreted.
    const metrics = await (await fetch(`${jit.url}/metrics`, { headers: { authorization: `Bearer ${METRICS}` } })).text();
    expect(Number(/carenet_graphql_executions_total\{executor="jit"\} (\d+)/.exec(metrics)?.[1])).toBeGreaterThan(cases.length);
    expect(metrics).not.toMatch(/executor="graphql-js"/);
  });
});
