import { buildSubgraphSchema } from "@apollo/subgraph";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import type { GraphQLSchema } from "graphql";
import gql from "graphql-tag";
import type { Logger } from "pino";
import { buildSchema, createResolversMap, type NonEmptyArray } from "type-graphql";
import type { DataSource, EntityManager } from "typeorm";
import type { Official } from "../auth/identity";
import type { WritePolicy } from "../auth/policies";
import type { SubgraphName } from "../core/config";
import type { DepartmentManifest } from "../core/departments";
import { AuditEntry, auditLogResolvers } from "../records/audit";
import type { HubContext } from "../records/context";
import { IdempotentWrite } from "../records/idempotency";
import { UsedIdentity } from "../records/replays";
import { ContentKey } from "../records/sealed";
import { validateInput } from "../records/validation";

type ReferenceResolver = (reference: any, ctx: HubContext) => unknown;

/** What a department declares about its subgraph; `shared/` does the rest. */
export interface SubgraphDefinition {
  name: SubgraphName;
  /** Its manifest (`subgraphs/<folder>/department.ts`): registered when the subgraph starts, all it knows of departments when it runs alone. */
  department: DepartmentManifest;
  /** TypeORM entities stored in this department's own database. */
  entities: Function[];
  /** Checked-in schema migrations for MySQL, oldest first (`subgraphs/<name>/migrations`). */
  migrations: Function[];
  resolvers: NonEmptyArray<Function>;
  /** Types not reachable from a root field (e.g. entity stubs other subgraphs extend). */
  orphanedTypes?: Function[];
  /** `__resolveReference` per entity this subgraph owns. */
  referenceResolvers?: Record<string, ReferenceResolver>;
  /** Who may write what in this subgraph. */
  policy: WritePolicy;
  /**
   * Input fields that point at this subgraph's own records, and their entity
   * (`borderGateId: BorderGate`). Every write checks that each one it sets
   * names a record the writer may read, of the record's own province.
   */
  references?: Record<string, Function>;
  /** Demo records, loaded into an empty embedded database on first start. */
  seedDemoData?: (manager: EntityManager) => Promise<void>;
  /**
   * Work the department does by itself while it serves (the plans
   * department's reminders): started once it listens, stopped before it
   * closes; `null` when its settings turn it off.
   */
  background?: (service: BackgroundService) => { stop(): Promise<void> } | null;
  /**
   * Root fields that take a document's file (base64 in the request): a
   * request of these fields alone may be as large as the file limit allows
   * (`UPLOAD_BODY_BYTES`), where every other stays within `MAX_BODY_BYTES`.
   */
  documentUploads?: string[];
}

/** What background work gets of its running subgraph: its database, its logger, and its own schema to ask as an official. */
export interface BackgroundService {
  db: DataSource;
  logger: Logger;
  execute(
    query: string,
    variables: Record<string, unknown>,
    viewer: Official,
  ): Promise<{ data?: any; errors?: readonly { message: string }[] }>;
}

const FEDERATION_LINK = `
  extend schema
    @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible"])
`;

/**
 * Builds the federated schema: type-graphql prints the department's types with
 * their directives, and @apollo/subgraph adds `_entities` and `_service`.
 */
export async function buildFederatedSchema(definition: SubgraphDefinition): Promise<GraphQLSchema> {
  const audit = auditLogResolvers(definition.name);
  const schema = await buildSchema({
    resolvers: [...definition.resolvers, ...audit.resolvers] as NonEmptyArray<Function>,
    orphanedTypes: [...(definition.orphanedTypes ?? []), ...audit.types],
    validateFn: validateInput,
    skipCheck: true,
  });
  const resolvers = createResolversMap(schema) as Record<string, any>;
  for (const [typeName, resolveReference] of Object.entries(definition.referenceResolvers ?? {})) {
    resolvers[typeName] = { ...resolvers[typeName], __resolveReference: resolveReference };
  }
  return buildSubgraphSchema({
    typeDefs: gql`
      ${FEDERATION_LINK}
      ${printSchemaWithDirectives(schema)}
    `,
    resolvers,
  });
}

/** Every table a subgraph keeps: its department's entities, its audit trail and the keys that seal what the trail may have to forget. */
export function subgraphEntities(definition: SubgraphDefinition): Function[] {
  return [...definition.entities, AuditEntry, ContentKey, IdempotentWrite, UsedIdentity];
}
