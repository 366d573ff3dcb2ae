import type express from "express";
import { agencyId, operates } from "../shared/auth/identity";
import { oidcSettings } from "../shared/auth/oidc";
import type { UserTokenVerifier } from "../shared/auth/user-tokens";
import { holds } from "../shared/core/functions";
import { holdsStateSecrets } from "../shared/core/secret-zone";
import { errorBody } from "../shared/service/http-safety";
import { DEPARTMENTS } from "../subgraphs/departments";
import { developmentSignInEnabled } from "./development-sign-in";
import { sessionRules } from "./sessions";

/**
 * `GET /auth/options`: how the web app signs officials in here — the demo
 * officials (development), or the configured OpenID Connect provider, with
 * the claim names that carry the hub's identity. Nothing in it is secret: a
 * browser app's client id is public, and PKCE replaces a client secret.
 */
export function signInOptions(app: express.Express, authenticate: UserTokenVerifier): void {
  const oidc = oidcSettings();
  // Who a bearer token names, as the gateway reads it: the web app asks before it calls anyone signed in,
  // so an account the hub does not accept (claims missing or not the hub's) is told so at once.
  app.get("/auth/identity", async (req, res) => {
    try {
      const viewer = await authenticate(req.header("authorization"));
      if (viewer.anonymous) {
        res.status(401).json(errorBody("Send a bearer token.", "UNAUTHENTICATED"));
        return;
      }
      const { userId, provinceCode, agencyCode, role, clearance } = viewer;
      // Which departments the official's agency operates today, and which it did before (its functions passed on in 2025):
      // where the app offers editing (the subgraphs' policies decide, and say per plan who coordinates it).
      const departments = DEPARTMENTS.map((s) => s.name).filter((name) => operates(viewer, name));
      const formerDepartments = DEPARTMENTS.filter((s) => !departments.includes(s.name) && holds(agencyCode, s.function, provinceCode)).map(
        (s) => s.name,
      );
      res.set("cache-control", "no-store").json({
        identity: {
          userId,
          provinceCode,
          agencyCode,
          agencyId: agencyId(provinceCode, agencyCode),
          role,
          clearance,
          departments,
          formerDepartments,
          // where the hub keeps no state secret (HUB_SECRET_ZONE=network), nobody is offered SECRET
          stateSecrets: holdsStateSecrets(),
        },
      });
    } catch {
      res.status(401).json(errorBody("The bearer token was not accepted.", "UNAUTHENTICATED"));
    }
  });
  app.get("/auth/options", (_req, res) => {
    res.set("cache-control", "no-cache").json({
      development: developmentSignInEnabled(),
      oidc: oidc ? { authority: oidc.issuer, clientId: oidc.clientId, scope: oidc.scope, claims: oidc.claims } : null,
      session: sessionRules(),
    });
  });
  // A silent renewal (prompt=none) runs in a hidden frame of the app, which the provider sends back to /signed-in:
  // that page alone may be framed, and only by the app itself.
  if (oidc)
    app.get("/signed-in", (_req, res, next) => {
      const policy = res.getHeader("content-security-policy");
      if (typeof policy === "string")
        res.setHeader("content-security-policy", policy.replace("frame-ancestors 'none'", "frame-ancestors 'self'"));
      res.setHeader("x-frame-options", "SAMEORIGIN");
      next();
    });
}

/** Origins the web app's page may call, and frame (the silent renewal), besides its own: the OIDC provider's (discovery, token endpoint). */
export function signInConnectSources(): string[] {
  const oidc = oidcSettings();
  return oidc ? [new URL(oidc.issuer).origin] : [];
}
