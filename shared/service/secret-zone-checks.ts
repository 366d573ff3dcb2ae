import { lookup } from "node:dns/promises";
import net from "node:net";
import os from "node:os";
import { secretZone } from "../core/secret-zone";

/** Addresses that stay inside a site: loopback, the private ranges (RFC 1918, RFC 4193) and link-local. */
const INSIDE = new net.BlockList();
INSIDE.addSubnet("127.0.0.0", 8, "ipv4");
INSIDE.addSubnet("10.0.0.0", 8, "ipv4");
INSIDE.addSubnet("172.16.0.0", 12, "ipv4");
INSIDE.addSubnet("192.168.0.0", 16, "ipv4");
INSIDE.addSubnet("169.254.0.0", 16, "ipv4");
INSIDE.addAddress("::1", "ipv6");
INSIDE.addSubnet("fc00::", 7, "ipv6");
INSIDE.addSubnet("fe80::", 10, "ipv6");

export function isInsideAddress(address: string): boolean {
  const family = net.isIPv6(address) ? "ipv6" : "ipv4";
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? INSIDE.check(mapped[1], "ipv4") : INSIDE.check(address, family);
}

const LOOPBACK = (host: string) => host === "localhost" || host === "::1" || host === "[::1]" || /^127\./.test(host);

/** Every setting naming a place the service talks to: databases, departments, the identity provider, telemetry. */
function configuredUrls(env: NodeJS.ProcessEnv): [string, string][] {
  return Object.entries(env).filter(
    (entry): entry is [string, string] => typeof entry[1] === "string" && entry[1] !== "" && /(_URL|_ISSUER|_ENDPOINT)$/.test(entry[0]),
  );
}

async function outside(host: string): Promise<string | null> {
  const bare = host.replace(/^\[|\]$/g, "");
  if (net.isIP(bare)) return isInsideAddress(bare) ? null : bare;
  try {
    const found = await lookup(bare, { all: true });
    const public_ = found.find((a) => !isInsideAddress(a.address));
    return public_ ? `${bare} (${public_.address})` : null;
  } catch {
    return `${bare} (which cannot be resolved here to check it)`;
  }
}

/**
 * What software can see that contradicts an independent LAN (Law
 * 117/2025/QH15, Art. 5(2); Art. 2 defines the "mạng LAN độc lập": confined
 * to one agency's premises, linked to no network reaching outside): a
 * listening address outside the private ranges, a configured URL (identity
 * provider, telemetry, database, department) that leads outside them, and
 * plain HTTP between services on different hosts. Empty when nothing does;
 * the operator certifies the rest (docs/security.md).
 */
export async function independentLanProblems(listenHost: string | undefined, env: NodeJS.ProcessEnv = process.env): Promise<string[]> {
  const problems: string[] = [];
  if (!listenHost || listenHost === "0.0.0.0" || listenHost === "::") {
    const addresses = Object.values(os.networkInterfaces())
      .flat()
      .filter((a): a is os.NetworkInterfaceInfo => !!a);
    const public_ = addresses.find((a) => !isInsideAddress(a.address));
    if (public_)
      problems.push(`it listens on every interface, and this machine has the address ${public_.address}, outside the private ranges`);
  } else if (!isInsideAddress(listenHost) && !LOOPBACK(listenHost)) {
    problems.push(`it listens on ${listenHost}, outside the private ranges`);
  }
  for (const [name, value] of configuredUrls(env)) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      continue; // the setting's own check names a malformed URL
    }
    const away = await outside(url.hostname);
    if (away) problems.push(`${name} leads to ${away}, outside the private ranges`);
    else if (url.protocol === "http:" && !LOOPBACK(url.hostname) && /^[A-Z_]+_URL$/.test(name) && !name.endsWith("_DATABASE_URL"))
      problems.push(`${name} reaches another host over plain HTTP (${url.host}): use HTTPS between services`);
  }
  return problems;
}

/** Stops a service from starting in an independent-LAN deployment that software can see is not one. */
export async function checkSecretZone(service: string, listenHost: string | undefined): Promise<void> {
  if (secretZone() !== "independent-lan") return;
  const problems = await independentLanProblems(listenHost);
  if (problems.length > 0)
    throw new Error(
      `${service} does not start with HUB_SECRET_ZONE=independent-lan: ${problems.join("; ")}. An independent LAN (Law 117/2025/QH15) reaches nothing outside its premises.`,
    );
}
