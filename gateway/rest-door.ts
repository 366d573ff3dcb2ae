import { randomUUID } from "node:crypto";
import path from "node:path";
import type { ApolloServer } from "@apollo/server";
import { filterSchema, pruneSchema } from "@graphql-tools/utils";
import type express from "express";
import {
  getNamedType,
  GraphQLError,
  isObjectType,
  Kind,
  print,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type execute,
} from "graphql";
import { useSofa } from "sofa-api";
import { ANONYMOUS, viewerFromClaims, type Official } from "../shared/auth/identity";
import { REPOSITORY_ROOT } from "../shared/core/config";
import { notFound, scopeMissing, unauthenticated } from "../shared/core/errors";
import { errorBody } from "../shared/service/http-safety";
import type { DepartmentDataSource, GatewayContext } from "./departments";
import { DATASETS } from "./open-data";

/**
 * The REST door: the operations the province shares with other state bodies'
 * platforms (its LGSP, a ministry's), as REST and JSON with an OpenAPI 3
 * description (Decrees 47/2020/NĐ-CP and 194/2025/NĐ-CP). Nothing here is a
 * second API: `sofa-api` makes each route from a root field of the hub's own
 * schema, narrowed to what is shared, and every call runs as a GraphQL
 * operation through the gateway, as the API client, under the departments'
 * one read rule. An API client (a plans-department record, made and revoked
 * by an admin) sends its id and secret by HTTP Basic; the plans department
 * checks them and audits the call before anything is read.
 */
export const REST_PATH = "/api/rest";
export const OPENAPI_PATH = `${REST_PATH}/openapi.json`;

/** The door's OpenAPI description as `npm run compose` writes it from the API schema; the gateway serves the same. */
export const OPENAPI_FILE = path.join(REPOSITORY_ROOT, "gateway", "openapi.json");

/** `ApiScope` in the plans schema: what an API client may read. */
export type Scope = "PLANS_READ" | "COMPLIANCE_READ" | "RECORDS_READ";

const AUDIT_FIELDS = ["id", "classification", "updatedAt"];

/** Plans and their tasks' states: what the plan says and how far each task is, nothing of a person. */
const PLAN_TYPES: Record<string, readonly string[]> = {
  Plan: [
    ...AUDIT_FIELDS,
    "year",
    "title",
    "documentNumber",
    "issuedOn",
    "approvedByNumber",
    "approvedOn",
    "objectives",
    "requirements",
    "province",
    "tasks",
  ],
  Task: [...AUDIT_FIELDS, "ordinal", "outline", "depth", "title", "text", "status", "progressNote", "timeframe", "overdue", "leads"],
  Timeframe: ["label", "startsOn", "endsOn"],
};

/** Agencies' reporting compliance: each agency's figures, never its focal points. */
const COMPLIANCE_TYPES: Record<string, readonly string[]> = {
  AgencyPerformance: ["agency", "current", "previous"],
  AgencyYearFigures: ["*"],
};

/** What every shared type may name of the directory: codes and names. */
const DIRECTORY_TYPES: Record<string, readonly string[]> = {
  Province: ["code", "name"],
  Agency: ["id", "code", "name"],
  Country: ["code", "name"],
};

const lowerFirst = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

/**
 * The root fields the door serves, with the scope each needs, and the fields
 * of each type it shares. The departments' records are those open data
 * publishes, with the same fields (`gateway/open-data.ts`): one list of what
 * of a record is shareable.
 */
export function sharedOperations(api: GraphQLSchema): { roots: Map<string, Scope>; types: Record<string, readonly string[]> } {
  const roots = new Map<string, Scope>([
    ["plans", "PLANS_READ"],
    ["plan", "PLANS_READ"],
    ["reportingCompliance", "COMPLIANCE_READ"],
  ]);
  const types: Record<string, readonly string[]> = { ...PLAN_TYPES, ...COMPLIANCE_TYPES, ...DIRECTORY_TYPES };
  const query = api.getQueryType()!.getFields();
  for (const dataset of DATASETS) {
    if (!dataset.list || dataset.list.field === "plans") continue;
    const { field, fields, country } = dataset.list;
    if (!query[field]) continue; // a schema without it (a check of a change) has no route for it
    const type = getNamedType(query[field].type).name;
    roots.set(field, "RECORDS_READ");
    if (query[lowerFirst(type)]) roots.set(lowerFirst(type), "RECORDS_READ");
    types[type] = [...AUDIT_FIELDS, "province", ...fields, ...(country ? ["country"] : [])];
  }
  return { roots, types };
}

/**
 * The hub's API schema narrowed to what the door shares: its root fields, and
 * of each type only the fields listed (a field whose type is not listed goes).
 */
export function sharingSchema(api: GraphQLSchema, shared_ = sharedOperations(api)): GraphQLSchema {
  const { roots, types } = shared_;
  const shared = (typeName: string, fieldName: string, returns: string) => {
    const fields = types[typeName];
    if (!fields || !(fields.includes("*") || fields.includes(fieldName))) return false;
    const target = api.getType(returns);
    return !isObjectType(target) || target.name in types;
  };
  return pruneSchema(
    filterSchema({
      schema: api,
      rootFieldFilter: (operation, fieldName) => operation === "Query" && roots.has(fieldName!),
      objectFieldFilter: (typeName, fieldName) => {
        const type = api.getType(typeName);
        const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
        return !!field && shared(typeName, fieldName, getNamedType(field.type).name);
      },
    }),
  );
}

const DESCRIPTION = [
  "The hub's data shared with other state bodies' platforms (the province's LGSP, ministries' systems): plans and their tasks' states, agencies' reporting compliance, and the departments' shared records.",
  "Each route is a query of the hub's GraphQL API, answered under the same read rules: a client reads as a viewer of its agency and province, never cleared for state secrets.",
  "Authenticate with the client id and secret an admin issued, by HTTP Basic. Every call is audited. Errors are `{ errors: [{ message, extensions: { code } }] }` with the HTTP status of the code.",
].join("\n\n");

/** The door's routes and their OpenAPI document, from the API schema. */
export function restRouter(
  api: GraphQLSchema,
  run?: (context: DoorContext, document: DocumentNode, variables: Record<string, unknown>) => Promise<ExecutionResult>,
) {
  const operations = sharedOperations(api);
  const schema = sharingSchema(api, operations);
  const { roots } = operations;
  return useSofa({
    basePath: REST_PATH,
    schema,
    depthLimit: 4,
    customScalars: {
      Date: { type: "string", format: "date" },
      DateTime: { type: "string", format: "date-time" },
    },
    routes: Object.fromEntries([...roots].map(([field, scope]) => [`Query.${field}`, { tags: [scope], description: undefined }])),
    context: ({ req }: any) => doors.get(req),
    execute: (async ({ document, variableValues, contextValue }) => {
      if (!run || !contextValue) return { errors: [unauthenticated()] };
      const context = contextValue as DoorContext;
      const field = rootField(document);
      const scope = roots.get(field)!;
      if (!context.scopes.includes(scope)) return { errors: [scopeMissing(field, scope)] };
      const variables = (variableValues ?? {}) as Record<string, unknown>;
      const result = await run(context, document, variables);
      // one record the client may not read is absent, as in GraphQL: here that is a 404
      if (!result.errors?.length && result.data && (result.data as Record<string, unknown>)[field] === null)
        return { errors: [notFound(field, String(variables.id ?? ""))] };
      return result;
    }) as typeof execute,
    errorHandler: (errors) => {
      const list = errors.map((error: any) => ({
        message: String(error?.message ?? "The request failed."),
        extensions: {
          ...(error?.extensions ?? {}),
          code: error?.extensions?.code ?? (error?.extensions?.http?.status === 400 ? "BAD_USER_INPUT" : "INTERNAL_SERVER_ERROR"),
        },
      }));
      for (const error of list) delete (error.extensions as Record<string, unknown>).http;
      const status = Math.max(...list.map((error) => STATUS[String(error.extensions.code)] ?? 500));
      return Response.json({ errors: list }, { status, headers: { "content-type": "application/json; charset=utf-8" } }) as any;
    },
    openAPI: {
      endpoint: "/openapi.json",
      info: { title: "Provincial agency federation hub: REST door", version: "1", description: DESCRIPTION },
      components: { securitySchemes: { apiClient: { type: "http", scheme: "basic", description: "The API client's id and secret." } } },
      security: [{ apiClient: [] }],
    } as any,
  });
}

/** The OpenAPI document of the door over `api`, as the gateway serves it. */
export async function openApiDocument(api: GraphQLSchema): Promise<Record<string, any>> {
  const response = await restRouter(api).fetch(`http://hub${OPENAPI_PATH}`);
  return (await response.json()) as Record<string, any>;
}

/** The HTTP status of each error code the door answers with. */
const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  GRAPHQL_PARSE_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  RATE_LIMITED: 429,
  QUERY_TOO_COSTLY: 400,
  DEPARTMENT_UNAVAILABLE: 503,
  DEPARTMENT_BUSY: 503,
  DEPARTMENT_TIMEOUT: 504,
  DATABASE_UNAVAILABLE: 503,
};

function rootField(document: DocumentNode): string {
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const selection = operation.selectionSet.selections[0];
  return selection.kind === Kind.FIELD ? selection.name.value : "";
}

/** Who is calling through the door: the API client as a viewer, its scopes, the request's id. */
export interface DoorContext {
  hub: GatewayContext;
  clientId: string;
  scopes: Scope[];
}
const doors = new WeakMap<object, DoorContext>();

/** The API client a door request was authenticated as; undefined elsewhere (for the rate limits). */
export function doorViewer(req: express.Request): Official | undefined {
  const viewer = doors.get(req)?.hub.viewer;
  return viewer && !viewer.anonymous ? viewer : undefined;
}

/** `Authorization: Basic base64(id:secret)` (RFC 7617); null when absent or malformed. */
function basicCredentials(header: string | undefined): { clientId: string; secret: string } | null {
  const match = /^Basic ([A-Za-z0-9+/=]{1,1000})$/i.exec(header?.trim() ?? "");
  if (!match) return null;
  const decoded = Buffer.from(match[1], "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon <= 0 || colon === decoded.length - 1) return null;
  return { clientId: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
}

const AUTHENTICATE = /* GraphQL */ `
  mutation AuthenticateApiClient($clientId: String!, $secret: String!, $call: String!) {
    authenticateApiClient(clientId: $clientId, secret: $secret, call: $call) {
      id
      provinceCode
      agencyCode
      scopes
    }
  }
`;

function refuse(res: express.Response, status: number, message: string, code: string, extensions: Record<string, unknown> = {}) {
  if (status === 401) res.set("www-authenticate", 'Basic realm="hub REST door", charset="UTF-8"');
  res.status(status).json(errorBody(message, code, extensions));
}

/**
 * The door's authentication: the plans department checks the client's
 * credentials and audits the call (let through or refused) in one step; only
 * then is anything read. The OpenAPI description is public.
 */
function authenticateClients(
  plans: () => DepartmentDataSource | undefined,
  chargeAddress: (req: express.Request, points: number) => Promise<void>,
): express.RequestHandler {
  return async (req, res, next) => {
    if (req.method === "GET" && req.path === "/openapi.json") {
      await chargeAddress(req, 1);
      return next();
    }
    const credentials = basicCredentials(req.header("authorization"));
    if (!credentials) {
      await chargeAddress(req, 1);
      refuse(res, 401, "Send the API client's id and secret by HTTP Basic (Authorization: Basic …).", "UNAUTHENTICATED");
      return;
    }
    const requestId = randomUUID();
    const source = plans();
    let answer: Awaited<ReturnType<DepartmentDataSource["fetchInternal"]>> = null;
    try {
      answer = source
        ? await source.fetchInternal({ requestId, viewer: ANONYMOUS }, AUTHENTICATE, {
            ...credentials,
            call: `${req.method} ${req.originalUrl}`,
          })
        : null;
    } catch (error) {
      const busy = error instanceof GraphQLError && error.extensions?.code === "DEPARTMENT_BUSY" ? error : null;
      if (!busy) throw error;
      res.set("retry-after", String(busy.extensions.retryAfter));
      refuse(res, 503, busy.message, "DEPARTMENT_BUSY", { department: "plans", retryAfter: busy.extensions.retryAfter });
      return;
    }
    if (!answer) {
      refuse(
        res,
        503,
        "The plans department, which keeps the API clients, is not answering: try again shortly.",
        "DEPARTMENT_UNAVAILABLE",
        {
          department: "plans",
        },
      );
      return;
    }
    const client = (
      answer.data as { authenticateApiClient?: { id: string; provinceCode: string; agencyCode: string; scopes: Scope[] } } | null
    )?.authenticateApiClient;
    const viewer = client
      ? viewerFromClaims({ sub: `api-client:${client.id}`, province: client.provinceCode, agency: client.agencyCode, role: "viewer" })
      : null;
    if (!client || !viewer) {
      await chargeAddress(req, 1);
      refuse(res, 401, "The API client's id or secret is wrong, or the client was revoked.", "UNAUTHENTICATED");
      return;
    }
    doors.set(req, { hub: { requestId, viewer }, clientId: client.id, scopes: client.scopes });
    next();
  };
}

/**
 * Mounts the door. An address out of points is refused before its
 * credentials are checked, and pays for each call it makes without valid
 * ones, so a flood of wrong credentials costs the plans department little; a
 * client's calls are charged to its own budget (`byClient`).
 */
export function restDoorRoutes(
  app: express.Express,
  apollo: ApolloServer<GatewayContext>,
  api: () => GraphQLSchema,
  departments: Map<string, DepartmentDataSource>,
  limits: {
    addressGuard: express.RequestHandler;
    chargeAddress: (req: express.Request, points: number) => Promise<void>;
    byClient: express.RequestHandler;
  },
): void {
  // made at the first call, once the gateway has loaded its schema: the router and the paths it serves
  let door: Promise<{ router: ReturnType<typeof restRouter>; paths: RegExp[] }> | null = null;
  const open = async () => {
    const router = restRouter(api(), run);
    const description = (await (await router.fetch(`http://hub${OPENAPI_PATH}`)).json()) as { paths: Record<string, unknown> };
    const paths = [...Object.keys(description.paths), "/openapi.json"].map(
      (route) => new RegExp(`^${route.replace(/\{[^}]+\}/g, "[^/]+").replace(/[.]/g, "\\.")}$`),
    );
    return { router, paths };
  };
  const run = async (context: DoorContext, document: DocumentNode, variables: Record<string, unknown>): Promise<ExecutionResult> => {
    const answer = await apollo.executeOperation({ query: print(document), variables }, { contextValue: context.hub });
    if (answer.body.kind !== "single") throw new Error("an incremental answer: the door reads single answers only");
    return answer.body.singleResult as ExecutionResult;
  };
  app.use(
    REST_PATH,
    limits.addressGuard,
    authenticateClients(() => departments.get("plans"), limits.chargeAddress),
    limits.byClient,
    async (req, res, next) => {
      const { router, paths } = await (door ??= open());
      // only the routes described: no landing page, no Swagger UI (its scripts would come from a CDN)
      if (!["GET", "HEAD"].includes(req.method) || !paths.some((route) => route.test(req.path))) return next();
      return (router as unknown as express.RequestHandler)(req, res, next);
    },
  );
  // anything else under the door is a coded 404, never the web app's page
  app.use(REST_PATH, (_req, res) => {
    refuse(res, 404, `No such route: the routes are described at ${OPENAPI_PATH}.`, "NOT_FOUND");
  });
}
