// A real OpenID Connect provider (oidc-provider, a certified implementation)
// for the sign-in tests: authorization code with PKCE for one public client,
// the web app. Its accounts and their claims come from OIDC_ACCOUNTS (JSON,
// login → claims). Started as its own process because oidc-provider is an
// ES module; it prints its issuer URL on the first line of stdout.
import { exportJWK, generateKeyPair } from "jose";
import { URL } from "node:url";
import Provider from "oidc-provider";

const accounts = JSON.parse(process.env.OIDC_ACCOUNTS ?? "{}");
const redirectUri = process.env.OIDC_REDIRECT_URI;
const clientId = process.env.OIDC_CLIENT_ID ?? "hub-web";
const port = Number(process.env.OIDC_PORT ?? 0);

const { privateKey } = await generateKeyPair("RS256", { extractable: true });
const signingKey = { ...(await exportJWK(privateKey)), kid: "test-rs256", alg: "RS256", use: "sig" };

const server = (await import("node:http")).createServer();
await new Promise((resolve) => server.listen(port, "127.0.0.1", resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: clientId,
      token_endpoint_auth_method: "none",
      redirect_uris: [redirectUri],
      post_logout_redirect_uris: [new URL(redirectUri).origin + "/"],
      grant_types: ["authorization_code"],
      response_types: ["code"],
    },
  ],
  jwks: { keys: [signingKey] },
  pkce: { required: () => true },
  scopes: ["openid", "profile", "hub"],
  claims: { openid: ["sub"], profile: ["name"], hub: ["hub_province", "hub_agency", "hub_role", "hub_clearance"] },
  // The hub reads its claims from the ID token, as many providers are configured to issue them.
  conformIdTokenClaims: false,
  cookies: { keys: ["oidc-test-cookie-key"] },
  features: { devInteractions: { enabled: true } },
  clientBasedCORS: (_ctx, origin) => origin === new URL(redirectUri).origin,
  async findAccount(_ctx, id) {
    const claims = accounts[id];
    if (!claims) return undefined;
    return { accountId: id, claims: async () => ({ sub: id, ...claims }) };
  },
  // An account may carry `id_token_seconds` (never a claim of any scope) for a session short enough for a test to see it end.
  ttl: {
    IdToken: (_ctx, token) => accounts[token.available?.sub]?.id_token_seconds ?? 3600,
    AccessToken: 3600,
    Session: 3600,
    Interaction: 600,
    Grant: 3600,
    AuthorizationCode: 60,
  },
});
provider.proxy = false;
server.on("request", provider.callback());
console.log(issuer);
process.on("SIGTERM", () => server.close(() => process.exit(0)));
