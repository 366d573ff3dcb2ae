import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import type { Official } from "../../shared/auth/identity";
import { createLogger } from "../../shared/service/logging";
import type { PlansService } from "../../subgraphs/plans/reminders/scheduler";
import { postGraphQL } from "./graphql-client";
import type { RunningHub } from "./hub";

/** A real SMTP server on localhost that keeps every message it receives, parsed. */
export async function startSmtpServer(): Promise<{ url: string; messages: ParsedMail[]; stop(): Promise<void> }> {
  const messages: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, messages, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** The running hub's plans department as its scheduler sees it: its database, and its schema asked over HTTP as an official. */
export function plansService(hub: RunningHub): PlansService {
  const plans = hub.subgraphs.plans;
  return {
    db: plans.database.dataSource,
    logger: createLogger("plans-reminders-test", { level: "silent" }),
    execute: (query: string, variables: Record<string, unknown>, viewer: Official) =>
      postGraphQL(plans.url, query, variables, { as: viewer }),
  };
}
