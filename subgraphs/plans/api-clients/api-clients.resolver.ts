import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { Arg, Ctx, Directive, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import { In } from "typeorm";
import { ANONYMOUS, type Official, type Viewer } from "../../../shared/auth/identity";
import { Classification } from "../../../shared/core/domain";
import { conflict, forbidden, unauthenticated } from "../../../shared/core/errors";
import { territoryOf } from "../../../shared/core/national-directory";
import type { HubContext } from "../../../shared/records/context";
import { auditEvent, createRecord, updateRecord } from "../../../shared/records/writes";
import { ApiClient, ApiClientCredentials, ApiClientInput } from "./api-client";

const hashOf = (secret: string) => createHash("sha256").update(secret, "utf8").digest("hex");

/** Who an API client is when it reads: a viewer of its agency and province, cleared for nothing secret. */
export function apiClientViewer(client: ApiClient): Official {
  return {
    anonymous: false,
    userId: `api-client:${client.id}`,
    provinceCode: client.provinceCode,
    agencyCode: client.agencyCode,
    role: "viewer",
    clearance: "INTERNAL",
  };
}

function requireAdmin(viewer: Viewer): void {
  if (viewer.anonymous) throw unauthenticated("Sign in: API clients are managed by admins.");
  if (viewer.role !== "admin") throw forbidden("Only admins see, create and revoke the REST door's API clients.");
}

/** Why a call's credentials are refused, for the audit entry; the caller is told only that they are. */
function refusal(client: ApiClient | null, secret: string): string | null {
  if (!client) return "no client has this id";
  if (client.revokedAt) return `revoked at ${client.revokedAt}`;
  const given = Buffer.from(hashOf(secret), "hex");
  const kept = Buffer.from(client.secretHash, "hex");
  return given.length === kept.length && timingSafeEqual(given, kept) ? null : "wrong secret";
}

@Resolver(() => ApiClient)
export class ApiClientResolver {
  @Query(() => [ApiClient], {
    description: "The REST door's clients, newest first, of a province (and those merged into it) or all; admins only.",
  })
  async apiClients(
    @Arg("provinceCode", () => String, { nullable: true }) provinceCode: string | null,
    @Ctx() ctx: HubContext,
  ): Promise<ApiClient[]> {
    requireAdmin(ctx.viewer);
    return ctx.db.getRepository(ApiClient).find({
      where: provinceCode ? { provinceCode: In(territoryOf(provinceCode)) } : {},
      order: { createdAt: "DESC", id: "ASC" },
    });
  }

  @Mutation(() => ApiClientCredentials, {
    description: "Registers a platform's client of the REST door; admins only. The secret is shown this once.",
  })
  async createApiClient(@Arg("input") input: ApiClientInput, @Ctx() ctx: HubContext): Promise<ApiClientCredentials> {
    const secret = randomBytes(32).toString("base64url");
    const client = await createRecord(
      ctx,
      ApiClient,
      { ...input, classification: Classification.INTERNAL, secretHash: hashOf(secret), revokedAt: null },
      {
        idempotencyInput: { ...input },
        replay: (made) => {
          throw conflict(
            `The first request with this Idempotency-Key made API client ${made.id}; its secret was shown only then. If it was lost, revoke the client and make another.`,
            { reason: "SECRET_SHOWN_ONCE", clientId: made.id },
          );
        },
      },
    );
    return { client, clientId: client.id, secret };
  }

  @Mutation(() => ApiClient, {
    description: "Revokes an API client: its calls are refused from now on. Revoking it again changes nothing.",
  })
  async revokeApiClient(
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int) version: number,
    @Ctx() ctx: HubContext,
  ): Promise<ApiClient> {
    const stored = await ctx.db.getRepository(ApiClient).findOneBy({ id });
    return updateRecord(
      ctx,
      ApiClient,
      id,
      version,
      { revokedAt: stored?.revokedAt ?? new Date().toISOString() },
      { operation: "revokeApiClient" },
    );
  }

  /**
   * The gateway's check of one REST call's credentials. Kept out of the API
   * (`@inaccessible`): only the gateway asks it, with its own signed
   * identity. Every call is audited here, let through or refused, in the
   * same chain as every write.
   */
  @Directive("@inaccessible")
  @Mutation(() => ApiClient, {
    description: "Checks a REST call's client credentials and audits the call (the gateway's own; not in the API).",
  })
  async authenticateApiClient(
    @Arg("clientId") clientId: string,
    @Arg("secret") secret: string,
    @Arg("call") call: string,
    @Ctx() ctx: HubContext,
  ): Promise<ApiClient> {
    const client = clientId.length <= 120 ? await ctx.db.getRepository(ApiClient).findOneBy({ id: clientId }) : null;
    const reason = refusal(client, secret);
    const state = client
      ? { id: client.id, provinceCode: client.provinceCode, classification: client.classification, call: call.slice(0, 2000) }
      : { id: clientId.slice(0, 120), call: call.slice(0, 2000) };
    await auditEvent(
      { ...ctx, viewer: client ? apiClientViewer(client) : ANONYMOUS },
      "callRestApi",
      "ApiClient",
      state,
      reason ? `UNAUTHENTICATED: ${reason}` : undefined,
    );
    if (reason) throw unauthenticated("The API client's id or secret is wrong, or the client was revoked.");
    return client!;
  }
}
