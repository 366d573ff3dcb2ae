import { randomUUID } from "node:crypto";
import type { Official } from "../shared/identity";
import { createIdentitySigner, IDENTITY_HEADER, type IdentitySigner } from "../shared/internal-identity";
import { signDevelopmentToken } from "../shared/user-tokens";

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

/** Headers for one subgraph reached directly: the identity the gateway would forward (valid 60 s, so sign it per run). */
export async function subgraphHeaders(subgraph: string): Promise<Record<string, string>> {
  signer ??= createIdentitySigner();
  return { ...JSON_BODY, [IDENTITY_HEADER]: await (await signer)(BENCH_ADMIN, subgraph, `bench-${randomUUID()}`) };
}
