import type { Official, Viewer } from "../../shared/auth/identity";
import { createIdentitySigner, IDENTITY_HEADER, type IdentitySigner } from "../../shared/auth/internal-identity";
import { signDevelopmentToken } from "../../shared/auth/user-tokens";

/** A GraphQL response as a client sees it over HTTP. */
export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
  extensions?: Record<string, any>;
}

/**
 * Unless a test says who is asking, requests come from an admin cleared for
 * SECRET in the Gia Lai border guard: someone who may read and write nearly
 * everything, so tests about behaviour are not tests about permissions.
 */
export const TEST_ADMIN: Official = {
  anonymous: false,
  userId: "test.admin",
  provinceCode: "VN-30",
  agencyCode: "BDBP",
  role: "admin",
  clearance: "SECRET",
};

export function official(overrides: Partial<Omit<Official, "anonymous">>): Official {
  return {
    ...TEST_ADMIN,
    userId: `test.${overrides.agencyCode ?? "user"}.${overrides.role ?? "viewer"}`,
    role: "viewer",
    clearance: "INTERNAL",
    ...overrides,
  };
}

/** Subgraph URLs started by the tests, so a request to one carries the gateway's signed identity. */
const subgraphs = new Map<string, string>();
export function registerSubgraphUrl(url: string, name: string): void {
  subgraphs.set(url, name);
}

let signer: Promise<IdentitySigner> | undefined;

export interface RequestOptions {
  /** Who is asking; "anonymous" sends no credentials. */
  as?: Viewer | "anonymous";
  headers?: Record<string, string>;
}

/**
 * Credentials as the real caller of `url` would send them: a bearer token to
 * the gateway; to a subgraph, the gateway's identity made for this `body`.
 */
export async function credentialsFor(url: string, as: Viewer | "anonymous" = TEST_ADMIN, body = ""): Promise<Record<string, string>> {
  const viewer: Viewer = as === "anonymous" ? { anonymous: true } : as;
  const subgraph = subgraphs.get(url);
  if (subgraph) {
    signer ??= createIdentitySigner();
    return { [IDENTITY_HEADER]: await (await signer)(viewer, subgraph, "test-request", body) };
  }
  return viewer.anonymous ? {} : { authorization: `Bearer ${await signDevelopmentToken(viewer)}` };
}

/** Posts one operation to a real HTTP endpoint. */
export async function postGraphQL<T = any>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: RequestOptions = {},
): Promise<GraphQLResponse<T>> {
  return (await postGraphQLOverHttp<T>(url, query, variables, options)).body;
}

/** Posts one operation and keeps the HTTP answer's status and headers beside its body. */
export async function postGraphQLOverHttp<T = any>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: RequestOptions = {},
): Promise<{ status: number; headers: Headers; body: GraphQLResponse<T> }> {
  const body = JSON.stringify({ query, variables });
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(await credentialsFor(url, options.as, body)), ...options.headers },
    body,
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as GraphQLResponse<T> };
}

/** Posts an operation and fails the test on any GraphQL error. */
export async function queryData<T = any>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: RequestOptions = {},
): Promise<T> {
  const result = await postGraphQL<T>(url, query, variables, options);
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
  return result.data as T;
}
