import { spawn } from "node:child_process";
import path from "node:path";
import { createIdentitySigner, IDENTITY_HEADER } from "../shared/auth/internal-identity";
import { REPOSITORY_ROOT } from "../shared/core/config";
import { TEST_ADMIN } from "./support/graphql-client";
import { temporaryDataDirectory } from "./support/temporary-folder";

const PORT = 4761;
const URL = `http://127.0.0.1:${PORT}/graphql`;

describe("graceful shutdown", () => {
  it("on SIGTERM stops accepting, finishes the requests in flight, and exits cleanly", async () => {
    const data = temporaryDataDirectory("shutdown");
    const env: NodeJS.ProcessEnv = { ...process.env, HUB_DATA_DIR: data.directory, PLANS_PORT: String(PORT), HUB_LOG_LEVEL: "silent" };
    delete env.PLANS_DATABASE_URL;
    const plans = spawn(process.execPath, [path.join(REPOSITORY_ROOT, "dist/subgraphs/plans/main.js")], { env, stdio: "ignore" });
    const exited = new Promise<number | null>((resolve) => plans.once("exit", resolve));
    try {
      for (let i = 0; ; i++) {
        if (
          (await fetch(`http://127.0.0.1:${PORT}/health/ready`).then(
            (r) => r.status,
            () => 0,
          )) === 200
        )
          break;
        if (i > 200) throw new Error("plans did not start");
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const signer = await createIdentitySigner();
      const body = JSON.stringify({
        query: /* GraphQL */ `
          {
            plans(provinceCode: "VN-44") {
              tasks {
                title
                leads {
                  name
                }
                coordinators {
                  name
                }
              }
              legalBases {
                text
              }
              assignments {
                duties
              }
            }
          }
        `,
      });
      const identities = await Promise.all(Array.from({ length: 20 }, () => signer(TEST_ADMIN, "plans", "shutdown-test", body)));
      const ask = (_: unknown, i: number) =>
        fetch(URL, {
          method: "POST",
          headers: { "content-type": "application/json", [IDENTITY_HEADER]: identities[i] },
          body,
        }).then(async (r) => ({ status: r.status, tasks: ((await r.json()) as any).data?.plans?.[0]?.tasks?.length }));

      const inFlight = Array.from({ length: 20 }, ask);
      await new Promise((resolve) => setTimeout(resolve, 15));
      plans.kill("SIGTERM");
      const answers = await Promise.all(inFlight.map((p) => p.catch((error: Error) => ({ status: 0, tasks: error.message }))));
      // Each request either completed in full or was never accepted; none was cut off half-way.
      expect(answers.filter((a) => a.status === 200).every((a) => a.tasks === 28)).toBe(true);
      expect(answers.some((a) => a.status === 200)).toBe(true);
      expect(await exited).toBe(0);
      await expect(fetch(`http://127.0.0.1:${PORT}/health/live`)).rejects.toThrow();
    } finally {
      if (plans.exitCode === null) plans.kill("SIGKILL");
      data.cleanup();
    }
  });
});
