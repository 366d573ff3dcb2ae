import { ApolloArmor } from "@escape.tech/graphql-armor";
import express, { type ErrorRequestHandler } from "express";
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

/** The largest request body the gateway reads: room for a long plan document sent to `importPlan`. */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Reads the JSON body, and answers a body over MAX_BODY_BYTES (or one that is
 * not JSON) as GraphQL does, with a coded error, rather than with an HTML page.
 */
export function jsonBody(): [express.RequestHandler, ErrorRequestHandler] {
  const refuse: ErrorRequestHandler = (error: { type?: string; status?: number }, _req, res, next) => {
    if (error.type === "entity.too.large") {
      res.status(413).json({ errors: [{ message: `The request is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB.`, extensions: { code: "PAYLOAD_TOO_LARGE" } }] });
    } else if (error.type === "entity.parse.failed") {
      res.status(400).json({ errors: [{ message: "The request body is not valid JSON.", extensions: { code: "BAD_REQUEST" } }] });
    } else next(error);
  };
  return [express.json({ limit: MAX_BODY_BYTES }), refuse];
}
