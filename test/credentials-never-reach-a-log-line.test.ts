import { Writable } from "node:stream";
import { createLogger } from "../shared/service/logging";

describe("credentials never reach a log line", () => {
  it("redacts the caller's bearer token and every identity token the gateway sends a department, and never logs a request's variables", () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString("utf8"));
        done();
      },
    });
    const logger = createLogger("gateway", { level: "info", destination });
    const secrets = ["bearer-secret", "identity-secret", "also-first-secret", "also-second-secret", "password-secret", "0912345678"];
    logger.info(
      {
        headers: {
          authorization: "Bearer bearer-secret",
          "x-hub-identity": "identity-secret",
          "x-hub-identity-also": "also-first-secret,also-second-secret",
          "x-request-id": "request-1",
        },
        password: "password-secret",
        variables: { phone: "0912345678" },
      },
      "department request",
    );
    const [line] = lines.map((text) => JSON.parse(text));
    expect(line).toMatchObject({
      msg: "department request",
      headers: {
        authorization: "[redacted]",
        "x-hub-identity": "[redacted]",
        "x-hub-identity-also": "[redacted]",
        "x-request-id": "request-1",
      },
    });
    expect(secrets.filter((secret) => lines.join("").includes(secret))).toEqual([]);
  });
});
