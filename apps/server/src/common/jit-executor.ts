import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import { type DocumentNode, execute, type ExecutionResult, getVariableValues, GraphQLError, type GraphQLSchema, printSchema, visit } from 'graphql';
import { compileQuery, type CompiledQuery, isCompiledQuery } from 'graphql-jit';
import type { GraphqlExecutor } from '../config.js';

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];

/** How one operation of a document runs: compiled, on graphql-js, or not yet decided (uses so far). */
type Plan = { jit: CompiledQuery } | { graphqlJs: true } | { uses: number };

export interface JitOptions {
  /** Runs of a document on graphql-js before it is compiled (default 1): a document seen once is not worth compiling. */
  compileAfter?: number;
  /** Told which executor ran each request (the metrics count them). */
  onExecute?: (executor: GraphqlExecutor) => void;
  /** Told when graphql-jit could not compile a document (it then runs on graphql-js). */
  onCompileError?: (error: unknown) => void;
}

/**
 * True when a variable stands inside an input object or list written in the document
 * (`f(input: { phone: $phone })`): for such a variable left out, graphql-jit passes null where the
 * specification (and graphql-js) leaves the field out, and "left out" may mean "keep" to a resolver.
 */
function nestsVariables(document: DocumentNode): boolean {
  let depth = 0;
  let nested = false;
  visit(document, {
    ObjectValue: { enter: () => void depth++, leave: () => void depth-- },
    ListValue: { enter: () => void depth++, leave: () => void depth-- },
    Variable: () => {
      if (depth > 0) nested = true;
    },
  });
  return nested;
}

/**
 * Executes documents with graphql-jit: a document is compiled once into plain JavaScript, where
 * graphql-js walks every field of every answer through the schema again. On the widest reports that
 * walk was about a sixth of the time over HTTP (docs/performance.md, "A compiled executor").
 *
 * Apollo Server 5 takes another executor only through its gateway interface; parsing, validation,
 * the document cache and every plugin hook except willResolveField (none is used) run as before.
 * Where graphql-jit departs from the specification, graphql-js does the work: it coerces every
 * request's variables, and it executes documents that nest variables in input literals. A document
 * runs on graphql-js until its second request: compiling costs more than interpreting once, and a
 * client sending ever new documents should not make the server compile each of them.
 */
export function jitGateway(schema: GraphQLSchema, options: JitOptions = {}): Gateway {
  const compileAfter = options.compileAfter ?? 1;
  // Keyed on the parsed document, which Apollo's own document cache keeps and evicts: a plan lives
  // exactly as long as its document does, so this cache needs no bound of its own.
  const plans = new WeakMap<DocumentNode, Map<string, Plan>>();
  const compile = (document: DocumentNode, operationName: string | undefined): Plan => {
    if (nestsVariables(document)) return { graphqlJs: true };
    try {
      // Leaf values still go through each scalar's and enum's serialize, as in graphql-js; the
      // path-based @skip/@include is the one that is right for fragments spread more than once.
      const query = compileQuery(schema, document, operationName, { disableLeafSerialization: false, useExperimentalPathBasedSkipInclude: true });
      return isCompiledQuery(query) ? { jit: query } : { graphqlJs: true };
    } catch (e) {
      options.onCompileError?.(e);
      return { graphqlJs: true };
    }
  };
  const planFor = (document: DocumentNode, operationName: string | undefined): Plan => {
    let byOperation = plans.get(document);
    if (!byOperation) plans.set(document, (byOperation = new Map()));
    const key = operationName ?? '';
    let plan = byOperation.get(key) ?? { uses: 0 };
    if ('uses' in plan) {
      plan = plan.uses < compileAfter ? { uses: plan.uses + 1 } : compile(document, operationName);
      byOperation.set(key, plan);
    }
    return plan;
  };
  return {
    async load() {
      return {
        executor: async (rc) => {
          const operationName = rc.request.operationName ?? undefined;
          const plan = planFor(rc.document, operationName);
          if (!('jit' in plan)) {
            options.onExecute?.('graphql-js');
            return await execute({ schema, document: rc.document, contextValue: rc.context, variableValues: rc.request.variables, operationName });
          }
          options.onExecute?.('jit');
          // graphql-js coerces the variables, as the specification says: graphql-jit's own coercion
          // ignores input fields' defaults. Its refusals keep graphql-js's wording and Apollo's 400.
          const variables = getVariableValues(schema, rc.operation.variableDefinitions ?? [], rc.request.variables ?? {}, { maxErrors: 50 });
          if (variables.errors) return { errors: variables.errors };
          return asGraphqlJs(await plan.jit.query(undefined, rc.context, variables.coerced));
        },
      };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    async stop() {},
  };
}

interface JitError {
  message: string;
  locations?: readonly { line: number; column: number }[];
  path?: readonly (string | number)[];
  originalError?: Error;
  extensions?: Record<string, unknown>;
}

/**
 * graphql-jit reports errors with a GraphQLError class of its own, which Apollo does not recognise
 * (it would answer INTERNAL_SERVER_ERROR for every refusal): rebuild each as graphql-js builds it, the
 * resolver's own error (an AppError with its code) kept as originalError.
 */
function asGraphqlJs(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  const errors = (result.errors as readonly JitError[]).map((e) => {
    const error = new GraphQLError(e.message, { path: e.path, originalError: e.originalError, extensions: e.extensions });
    // graphql-js computes locations from AST nodes; graphql-jit has already computed them.
    if (e.locations?.length) Object.defineProperty(error, 'locations', { value: e.locations, enumerable: true });
    return error;
  });
  return { ...result, errors };
}
