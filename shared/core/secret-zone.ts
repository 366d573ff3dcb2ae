import { isProduction } from "./config";

/**
 * Where the hub runs, as the Law on Protection of State Secrets sees it
 * (117/2025/QH15, in force 1 March 2026, Art. 5(2): no drafting or keeping of
 * state secrets on a computer connected to a network other than an
 * independent LAN — "mạng LAN độc lập", confined to one agency's premises and
 * linked to nothing reaching outside — unless protected under the law on
 * cipher). `HUB_SECRET_ZONE` names it:
 *
 *   network          the province's shared hub, joining several agencies'
 *                    offices: it stores no state-secret content (the default
 *                    in production);
 *   independent-lan  a hub confined to one agency's independent LAN, which
 *                    the operator certifies: SECRET records allowed, and the
 *                    services refuse to start on what contradicts it;
 *   development      a developer's machine, with its fictional SECRET demo
 *                    records marked as such (the default outside production,
 *                    refused in it).
 */
export type SecretZone = "network" | "independent-lan" | "development";

const ZONES: SecretZone[] = ["network", "independent-lan", "development"];

export function secretZone(): SecretZone {
  const raw = process.env.HUB_SECRET_ZONE?.trim();
  if (!raw) return isProduction() ? "network" : "development";
  if (!ZONES.includes(raw as SecretZone)) throw new Error(`HUB_SECRET_ZONE must be network or independent-lan, got "${raw}"`);
  if (raw === "development" && isProduction())
    throw new Error("HUB_SECRET_ZONE=development is refused in production: choose network or independent-lan");
  return raw as SecretZone;
}

/** Whether this deployment may hold SECRET records at all. */
export function holdsStateSecrets(): boolean {
  return secretZone() !== "network";
}

/** The law a refusal cites. */
export const STATE_SECRETS_LAW = {
  law: "Luật Bảo vệ bí mật nhà nước số 117/2025/QH15",
  article: "Điều 5 khoản 2",
} as const;
