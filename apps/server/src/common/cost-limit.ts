import type { ApolloServerPlugin } from '@apollo/server';
import { tx } from '@carenet/domain';
import {
  type FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  type GraphQLCompositeType,
  type GraphQLField,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
  valueFromAST,
  type GraphQLSchema,
} from 'graphql';
import type { Context } from './context.js';
import { AppError } from './errors.js';

/**
 * Lists without a page size still have a bound: the most items one parent can hold. Lists not named
 * here count as LIST_DEFAULT items; lists of scalars and enums count as one field.
 */
export const LIST_SIZES: Record<string, number> = {
  'Query.colleges': 500,
  'Query.classes': 200,
  'Query.dormitories': 500,
  'Query.staff': 300,
  'Query.users': 1000,
  'User.grants': 10,
  'Query.apiTokens': 1000,
  'CoverageReport.colleges': 500,
  'CollegeRoster.classes': 200,
  'CollegeRoster.dormitories': 500,
  'ClassRosterEntry.committeeMembers': 2,
  // Roster import results name at most 200 items per category (roster-import/import-run.ts LISTED_ITEMS).
  'ImportItemList.items': 200,
  // bulk: a college level's dorms; a college's post holders (two per class, one per dorm, both levels)
  'SuggestedOfficersResult.rows': 500,
  'ActivationCodeSheet.rows': 1500,
  // screening: a follow-up moves at most three times (PENDING → IN_PROGRESS → REFERRED → CLOSED)
  'FollowUp.steps': 3,
};
export const LIST_DEFAULT = 20;

interface Walk {
  schema: GraphQLSchema;
  variables: Record<string, unknown>;
  fragments: Map<string, FragmentDefinitionNode>;
  operation: OperationDefinitionNode;
}

/** The page size a `first`/`last` argument asks for, however it arrives: literal, variable or default. */
function pageSize(w: Walk, field: GraphQLField<unknown, unknown>, args: readonly { name: { value: string }; value: ValueNode }[]): number | null {
  const def = field.args.find((a) => a.name === 'first' || a.name === 'last');
  if (!def) return null;
  const node = args.find((a) => a.name.value === def.name);
  let value: unknown = def.defaultValue;
  if (node) {
    if (node.value.kind === Kind.VARIABLE) {
      const name = node.value.name.value;
      const declared = w.operation.variableDefinitions?.find((v) => v.variable.name.value === name);
      value = name in w.variables ? w.variables[name] : declared?.defaultValue ? valueFromAST(declared.defaultValue, def.type) : def.defaultValue;
    } else {
      value = valueFromAST(node.value, def.type, w.variables);
    }
  }
  // An explicit null means "the default page", which the resolver applies.
  if (value === null || value === undefined) value = def.defaultValue;
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(1, value) : 1;
}

/** Cost = items the response may hold: each field counts 1, times the size of every list above it. */
function selectionCost(w: Walk, set: SelectionSetNode, parent: GraphQLCompositeType, seen: Set<string>): number {
  let cost = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FRAGMENT_SPREAD) {
      const frag = w.fragments.get(sel.name.value);
      // A fragment spread twice in one path is a cycle; validation refuses it, this only stops the walk.
      if (!frag || seen.has(frag.name.value)) continue;
      const type = w.schema.getType(frag.typeCondition.name.value);
      if (type && isCompositeType(type)) cost += selectionCost(w, frag.selectionSet, type, new Set([...seen, frag.name.value]));
      continue;
    }
    if (sel.kind === Kind.INLINE_FRAGMENT) {
      const type = sel.typeCondition ? w.schema.getType(sel.typeCondition.name.value) : parent;
      if (type && isCompositeType(type)) cost += selectionCost(w, sel.selectionSet, type, seen);
      continue;
    }
    const name = sel.name.value;
    if (name.startsWith('__')) continue;
    if (!isObjectType(parent) && !isInterfaceType(parent)) continue;
    const field = parent.getFields()[name];
    if (!field) continue;
    const named = getNamedType(field.type);
    const isList = isListType(getNullableType(field.type));
    // A page's own list (Connection.edges, Page.items) was already counted by the paged field's `first`.
    const pageList = /(Connection|Page)$/.test(parent.name) && (name === 'edges' || name === 'items');
    const page = pageSize(w, field, sel.arguments ?? []);
    let size = 1;
    if (page !== null) size = page;
    else if (isList && isCompositeType(named) && !pageList) size = LIST_SIZES[`${parent.name}.${name}`] ?? LIST_DEFAULT;
    const children = sel.selectionSet && isCompositeType(named) ? selectionCost(w, sel.selectionSet, named, seen) : 0;
    cost += size * (1 + children);
  }
  return cost;
}

export function operationCost(schema: GraphQLSchema, operation: OperationDefinitionNode, fragments: FragmentDefinitionNode[], variables: Record<string, unknown>): number {
  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  if (!root) return 0;
  const w: Walk = { schema, variables, operation, fragments: new Map(fragments.map((f) => [f.name.value, f])) };
  return selectionCost(w, operation.selectionSet, root, new Set());
}

/**
 * Refuses an operation whose possible result is larger than `maxCost` items. It runs once the
 * variables are known, so `first: $n` counts like `first: 500` (a validation rule would not see n).
 */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const fragments = document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
          const cost = operationCost(schema, operation, fragments, request.variables ?? {});
          if (cost > maxCost) {
            throw new AppError(
              'BAD_USER_INPUT',
              tx(
                `this request could return about ${cost} items, more than the limit of ${maxCost}: ask for smaller pages or fewer aliases`,
                `此请求可能返回约 ${cost} 项，超过上限 ${maxCost}：请减小分页大小或减少别名数量`,
              ),
              { cost, maxCost, http: { status: 400 } },
            );
          }
        },
      };
    },
  };
}
