// a command is a composition root: every department registered (shared/core/departments.ts)
import "../subgraphs/departments";
import { parseArgs } from "node:util";
import { CLEARANCES, ROLES, viewerFromClaims } from "../shared/auth/identity";
import { signDevelopmentToken } from "../shared/auth/user-tokens";

/**
 * `npm run --silent token -- --province VN-30 --agency STTTT --role coordinator [--clearance SECRET]`
 * prints a bearer token the locally running hub accepts (development key).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      province: { type: "string" },
      agency: { type: "string" },
      role: { type: "string", default: "viewer" },
      clearance: { type: "string", default: "INTERNAL" },
      user: { type: "string" },
      ttl: { type: "string", default: "8h" },
    },
    strict: true,
  });
  const viewer = viewerFromClaims({
    sub: values.user ?? `${values.agency?.toLowerCase()}.${values.role}@${values.province}`,
    province: values.province,
    agency: values.agency,
    role: values.role,
    clearance: values.clearance,
  });
  if (!viewer) {
    throw new Error(
      `usage: npm run --silent token -- --province VN-30 --agency STTTT --role ${ROLES.join("|")} [--clearance ${CLEARANCES.join("|")}] [--user NAME] [--ttl 8h]`,
    );
  }
  process.stdout.write(`${await signDevelopmentToken(viewer, values.ttl)}\n`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
});
