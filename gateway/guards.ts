import type { ApolloServerPlugin } from "@apollo/server";
import { Kind, type OperationDefinitionNode } from "graphql";
import { forbidden, unauthenticated } from "../shared/identity";
import type { GatewayContext } from "./index";

function rootFields(operation: OperationDefinitionNode): string[] {
  return operation.selectionSet.selections.flatMap((selection) => (selection.kind === Kind.FIELD ? [selection.name.value] : []));
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
        async didResolveOperation({ operation, contextValue }) {
          if (!operation) return;
          const viewer = contextValue.viewer;
          if (operation.operation === "mutation" && viewer.anonymous) throw unauthenticated("Sign in to change records.");
          if (rootFields(operation).includes("auditLog")) {
            if (viewer.anonymous) throw unauthenticated();
            if (viewer.role !== "coordinator" && viewer.role !== "admin") throw forbidden("Only coordinators and admins read the audit log.");
          }
        },
      };
    },
  };
}
