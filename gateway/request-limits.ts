import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { getNamedType, getNullableType, isListType, isCompositeType, type DocumentNode, type GraphQLSchema } from "graphql";
import { getComplexity, type ComplexityEstimator } from "graphql-query-complexity";
import { LRUCache } from "lru-cache";
import { isProduction } from "../shared/core/config";
import { queryTooCostly } from "../shared/core/errors";

/**
 * Limits on what one request may ask, checked before any subgraph is called.
 * Sized so that the contract's dossiers pass with room to spare.
 */
export const REQUEST_LIMITS = {
  maxDepth: 10,
  /** Every alias counts, `__typename` ones too: 600 aliased `__typename` inside a long list is an amplification attack. */
  maxAliases: 15,
  maxTokens: 2000,
  maxDirectives: 10,
  /**
   * See `fieldCost`: each field costs 1, times the size of every list around
   * it, so this bounds the largest answer a query could have. The contract's
   * largest, PlanDossier with its default list sizes (500 tasks, 50 records of
   * each kind per task), costs about 32 million.
   */
  maxCost: 100_000_000,
  /** What a list without a `limit` argument is assumed to hold (a province-year's plans, a task's leads). */
  assumedListSize: 10,
};

/**
 * A field costs 1, plus what it selects; a list multiplies what it selects by
 * how many items it may return — its `limit` argument (default included), or
 * `assumedListSize` — so the cost grows with the size of the answer, not with
 * the length of the query.
 */
export const fieldCost: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const type = getNullableType(field.type);
  if (!isListType(type) || !isCompositeType(getNamedType(type))) return 1 + childComplexity;
  const size = typeof args.limit === "number" ? args.limit : REQUEST_LIMITS.assumedListSize;
  return 1 + size * childComplexity;
};

/** The cost of one operation with its variables, as the gateway computes it. */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
  operationName?: string,
): number {
  return getComplexity({ schema, query: document, variables, operationName, estimators: [fieldCost] });
}

/** Refuses, with a 400 and before any subgraph is called, an operation whose cost is over `maxCost`. */
export function costLimit(maxCost = REQUEST_LIMITS.maxCost): ApolloServerPlugin {
  // The same document with the same variables costs the same: computing it walked the whole query with its types every time.
  const costs = new LRUCache<string, number>({ max: 2000, maxSize: 4_000_000, sizeCalculation: (_cost, key) => key.length });
  let costsOf: GraphQLSchema | undefined;
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operationName, source }) {
          if (costsOf !== schema) costs.clear(); // a new supergraph may price the same text differently
          costsOf = schema;
          const key = source === undefined ? undefined : `${operationName ?? ""}\n${JSON.stringify(request.variables ?? {})}\n${source}`;
          let cost = key === undefined ? undefined : costs.get(key);
          if (cost === undefined) {
            try {
              cost = operationCost(schema, document, request.variables ?? {}, operationName ?? undefined);
            } catch {
              return; // variables that do not coerce: execution reports them as the caller's error
            }
            if (key !== undefined) costs.set(key, cost);
          }
          if (cost > maxCost) {
            throw queryTooCostly(cost, maxCost);
          }
        },
      };
    },
  };
}

/**
 * graphql-armor's depth, alias and directive limits (during validation). The
 * token limit is graphql-js's own `maxTokens`, passed to Apollo's parser
 * (`parseOptions`), so that a syntax error stays a 400 GRAPHQL_PARSE_FAILED.
 */
export function requestLimits() {
  const armor = new ApolloArmor({
    maxDepth: { n: REQUEST_LIMITS.maxDepth },
    maxAliases: { n: REQUEST_LIMITS.maxAliases, allowList: [] },
    maxTokens: { enabled: false },
    maxDirectives: { n: REQUEST_LIMITS.maxDirectives },
    costLimit: { enabled: false },
    // Suggestions ("Did you mean …?") help developers and attackers alike.
    blockFieldSuggestion: { enabled: isProduction() },
  });
  const { plugins, validationRules } = armor.protect();
  return { plugins: [...plugins, costLimit()], validationRules, parseOptions: { maxTokens: REQUEST_LIMITS.maxTokens } };
}
