import { ApolloArmor } from "@escape.tech/graphql-armor";
import { isProduction } from "../shared/keys";

/**
 * Limits on what one request may ask, enforced by graphql-armor during
 * validation, before any subgraph is called. Sized so that the contract's
 * dossiers pass with room to spare. List sizes are capped by every list
 * field's own `limit` maximum.
 */
export const REQUEST_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxTokens: 2000,
  maxDirectives: 10,
  maxCost: 5000,
};

export function requestLimits() {
  const armor = new ApolloArmor({
    maxDepth: { n: REQUEST_LIMITS.maxDepth },
    maxAliases: { n: REQUEST_LIMITS.maxAliases },
    maxTokens: { n: REQUEST_LIMITS.maxTokens },
    maxDirectives: { n: REQUEST_LIMITS.maxDirectives },
    costLimit: { maxCost: REQUEST_LIMITS.maxCost },
    // Suggestions ("Did you mean …?") help developers and attackers alike.
    blockFieldSuggestion: { enabled: isProduction() },
  });
  return armor.protect();
}
