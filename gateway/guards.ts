import type { ApolloServerPlugin } from "@apollo/server";
import {
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import { auditLogRefusal } from "../shared/auth/identity";
import { unauthenticated } from "../shared/core/errors";
import type { GatewayContext } from "./departments";

/**
 * The root fields an operation selects, seen through fragment spreads and
 * inline fragments (`{ ...on Query { auditLog { … } } }` selects auditLog).
 */
export function rootFieldNodes(document: DocumentNode, operation: OperationDefinitionNode): FieldNode[] {
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const fields: FieldNode[] = [];
  const visited = new Set<string>();
  const walk = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet);
      else if (!visited.has(selection.name.value)) {
        visited.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) walk(fragment.selectionSet);
      }
    }
  };
  walk(operation.selectionSet);
  return fields;
}

/**
 * The gateway's own layer of the rules, checked before any subgraph is
 * called (each subgraph checks again): changing anything needs a signed-in
 * official, and the audit log is for coordinators and admins.
 */
export function accessGuards(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, contextValue }) {
          if (!operation) return;
          const viewer = contextValue.viewer;
          if (operation.operation === "mutation" && viewer.anonymous)
            throw unauthenticated("Sign in to change records.", { httpStatus: 401 });
          const refusal = rootFieldNodes(document, operation).some((field) => field.name.value === "auditLog")
            ? auditLogRefusal(viewer, true)
            : null;
          if (refusal) throw refusal;
        },
      };
    },
  };
}
