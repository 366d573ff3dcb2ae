import { randomUUID } from "node:crypto";
import { exportJWK } from "jose";
import type { Official } from "../shared/auth/identity";
import { createIdentitySigner, IDENTITY_HEADER, identityClaims, type IdentitySigner } from "../shared/auth/internal-identity";
import { developmentKey } from "../shared/auth/keys";
import { signDevelopmentToken } from "../shared/auth/user-tokens";
import type { IdentityJob } from "./drive";

/** Requests come from an administrator, who may read every PUBLIC and INTERNAL record. */
export const BENCH_ADMIN: Official = {
  anonymous: false,
  userId: "bench.admin",
  provinceCode: "VN-30",
  agencyCode: "STTTT",
  role: "admin",
  clearance: "INTERNAL",
};

const JSON_BODY = { "content-type": "application/json" };

/** Headers for the gateway: a bearer token signed with this run's development key. */
export async function gatewayHeaders(): Promise<Record<string, string>> {
  return { ...JSON_BODY, authorization: `Bearer ${await signDevelopmentToken(BENCH_ADMIN, "2h")}` };
}

let signer: Promise<IdentitySigner> | undefined;

/** Headers for one request sent straight to a subgraph: the identity the gateway would forward for this body. */
export async function subgraphHeaders(subgraph: string, body: string): Promise<Record<string, string>> {
  signer ??= createIdentitySigner();
  return { ...JSON_BODY, [IDENTITY_HEADER]: await (await signer)(BENCH_ADMIN, subgraph, `bench-${randomUUID()}`, body) };
}

/**
 * What a load worker needs to sign a fresh identity for every request it
 * sends to a subgraph, as the gateway does (an identity is accepted once).
 */
export async function subgraphIdentity(subgraph: string, body: string): Promise<IdentityJob> {
  const key = await developmentKey("gateway-identity");
  return {
    jwk: (await exportJWK(key.privateKey)) as unknown as Record<string, unknown>,
    audience: subgraph,
    claims: identityClaims(BENCH_ADMIN, "bench", body),
  };
}
