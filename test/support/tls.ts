import { execFileSync } from "node:child_process";
import fs from "node:fs";
import https from "node:https";
import path from "node:path";

/** A throwaway CA and a certificate it signs for localhost and 127.0.0.1, made with openssl. */
export function certificates(directory: string, name: string): { ca: string; cert: string; key: string } {
  const file = (suffix: string) => path.join(directory, `${name}-${suffix}`);
  const run = (args: string[]) => execFileSync("openssl", args, { stdio: "ignore" });
  run([
    "req",
    "-x509",
    "-newkey",
    "rsa:2048",
    "-nodes",
    "-days",
    "2",
    "-subj",
    `/CN=${name} CA`,
    "-keyout",
    file("ca-key.pem"),
    "-out",
    file("ca.pem"),
  ]);
  run(["req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost", "-keyout", file("key.pem"), "-out", file("csr.pem")]);
  fs.writeFileSync(file("san.cnf"), "subjectAltName=DNS:localhost,IP:127.0.0.1\n");
  run([
    "x509",
    "-req",
    "-in",
    file("csr.pem"),
    "-CA",
    file("ca.pem"),
    "-CAkey",
    file("ca-key.pem"),
    "-CAcreateserial",
    "-days",
    "2",
    "-extfile",
    file("san.cnf"),
    "-out",
    file("cert.pem"),
  ]);
  return { ca: file("ca.pem"), cert: file("cert.pem"), key: file("key.pem") };
}

/** Runs `work` with these variables set in this process, as a service reads them at start. */
export async function withEnv<T>(variables: Record<string, string | undefined>, work: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(variables).map((key) => [key, process.env[key]]));
  const apply = (values: Record<string, string | undefined>) => {
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
  apply(variables);
  try {
    return await work();
  } finally {
    apply(saved);
  }
}

export function httpsGet(
  url: string,
  ca: string,
  client?: { cert: string; key: string },
): Promise<{ status: number; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    https
      .get(
        url,
        { ca: fs.readFileSync(ca), ...(client ? { cert: fs.readFileSync(client.cert), key: fs.readFileSync(client.key) } : {}) },
        (response) => {
          response.resume();
          resolve({ status: response.statusCode ?? 0, headers: response.headers });
        },
      )
      .on("error", reject);
  });
}
