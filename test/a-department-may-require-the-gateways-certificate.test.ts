import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import https from "node:https";
import { ALL_SUBGRAPHS } from "../subgraphs";
import { DEPARTMENTS } from "../subgraphs/departments";
import { describeWithoutDatabase } from "./support/database-free";
import { gatewayProcess } from "./support/gateway-process";
import { startHub, type RunningHub } from "./support/hub";
import { startTestSubgraph } from "./support/running-subgraph";
import { temporaryDataDirectory } from "./support/temporary-folder";
import { certificates, httpsGet, withEnv } from "./support/tls";

type Pem = { ca: string; cert: string; key: string };

/** POSTs a query straight to the department over HTTPS, with a client certificate or none. */
function askDirectly(url: string, ca: string, client?: Pem): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = https.request(
      url,
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        ca: fs.readFileSync(ca),
        ...(client ? { cert: fs.readFileSync(client.cert), key: fs.readFileSync(client.key) } : {}),
      },
      (res) => {
        let body = "";
        res.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on("error", reject);
    req.end(JSON.stringify({ query: "{ provinces { code } }" }));
  });
}

// transport between processes, whatever the departments' database: once, in the first pass
describeWithoutDatabase("a department may require the gateway's client certificate (mutual TLS)", () => {
  const data = temporaryDataDirectory("mtls");
  let hub: RunningHub;
  let plans: Awaited<ReturnType<typeof startTestSubgraph>>;
  let department: Pem; // the department's own certificate, from its CA
  let province: Pem; // the gateway's client certificate, from the province's CA
  let stranger: Pem; // a client certificate from a CA nobody trusts
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    department = certificates(data.directory, "department");
    province = certificates(data.directory, "province");
    stranger = certificates(data.directory, "stranger");
    hub = await startHub();
    plans = await withEnv(
      { HUB_TLS_CERT_FILE: department.cert, HUB_TLS_KEY_FILE: department.key, HUB_TLS_CLIENT_CA_FILE: province.ca },
      () =>
        startTestSubgraph(
          ALL_SUBGRAPHS.find((definition) => definition.name === "plans")!,
          data.directory,
        ),
    );
  }, 120_000);

  afterAll(async () => {
    for (const child of children) child.kill("SIGKILL");
    await plans?.stop();
    await hub?.stop();
    data.cleanup();
  });

  /** The gateway in its own process, trusting the department's CA, with plans at its HTTPS address. */
  function gateway(extra: NodeJS.ProcessEnv) {
    const env: NodeJS.ProcessEnv = { NODE_EXTRA_CA_CERTS: department.ca, ...extra };
    for (const subgraph of DEPARTMENTS) env[`${subgraph.env}_URL`] = hub.subgraphs[subgraph.name].url;
    env.PLANS_URL = plans.url.replace("127.0.0.1", "localhost");
    return gatewayProcess(env, children);
  }

  const provinces = async (url: string) =>
    (await (
      await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ provinces { code } }" }),
      })
    ).json()) as { data?: { provinces: { code: string }[] } | null; errors?: { extensions: { code: string } }[] };

  it("answers a client whose certificate the province's CA signed, refuses one without or from another CA, and lets anyone reach its health", async () => {
    const signed = await askDirectly(plans.url, department.ca, province);
    // past the certificate, the department still wants the gateway's signed identity
    expect(signed.status).not.toBe(403);
    expect(signed.body).not.toContain("CLIENT_CERTIFICATE_REQUIRED");

    for (const client of [undefined, stranger]) {
      const refused = await askDirectly(plans.url, department.ca, client);
      expect(refused.status).toBe(403);
      expect(JSON.parse(refused.body).errors[0].extensions.code).toBe("CLIENT_CERTIFICATE_REQUIRED");
    }
    // an orchestrator's probes carry no certificate
    expect((await httpsGet(plans.url.replace("/graphql", "/health/live"), department.ca)).status).toBe(200);
    expect((await httpsGet(plans.url.replace("/graphql", "/health/ready"), department.ca)).status).toBe(200);
  });

  it("is reached through the gateway presenting the province's certificate, and not by a gateway without one", async () => {
    const withCertificate = await gateway({ HUB_TLS_CLIENT_CERT_FILE: province.cert, HUB_TLS_CLIENT_KEY_FILE: province.key });
    const answer = await provinces(withCertificate.url!);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.provinces.map((p) => p.code)).toContain("VN-30");

    const without = await gateway({});
    const refused = await provinces(without.url!);
    expect(refused.data?.provinces ?? null).toBeNull();
    expect(refused.errors?.[0].extensions.code).toBe("DEPARTMENT_UNAVAILABLE");

    const strangers = await gateway({ HUB_TLS_CLIENT_CERT_FILE: stranger.cert, HUB_TLS_CLIENT_KEY_FILE: stranger.key });
    expect((await provinces(strangers.url!)).errors?.[0].extensions.code).toBe("DEPARTMENT_UNAVAILABLE");
  }, 60_000);

  it("stops, naming the variable, when half of a certificate pair is set or a client CA is set without HTTPS", async () => {
    const half = await gateway({ HUB_TLS_CLIENT_CERT_FILE: province.cert });
    expect(half.url).toBeUndefined();
    expect(half.output).toContain("HUB_TLS_CLIENT_CERT_FILE and HUB_TLS_CLIENT_KEY_FILE go together: set both, or neither");

    const noHttps = await gateway({ HUB_TLS_CLIENT_CA_FILE: province.ca });
    expect(noHttps.url).toBeUndefined();
    expect(noHttps.output).toContain("HUB_TLS_CLIENT_CA_FILE needs HTTPS: set HUB_TLS_CERT_FILE and HUB_TLS_KEY_FILE too");
  }, 60_000);
});
