// a command is a composition root: every department registered (shared/core/departments.ts)
import "../subgraphs/departments";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

/**
 * `npm run --silent document -- report|letters --province VN-30 --year 2026 --period SEMI_ANNUAL|ANNUAL
 *   [--date YYYY-MM-DD] [--signatory ID] [--respond-by YYYY-MM-DD] [--out FILE] [--hub URL] [--token TOKEN]`
 * asks a running hub for the six-month or annual report, or the reminder
 * letters, through the same endpoints the web app uses (POST
 * /documents/province-report, /documents/reminder-letters) as the official
 * whose token it sends (--token, else HUB_TOKEN), writes the .docx and
 * prints its path and its marking. The hub makes the document: the file is
 * the one the web app would download for the same request.
 */
const USAGE = `usage: npm run --silent document -- report|letters --province VN-30 --year 2026 --period SEMI_ANNUAL|ANNUAL
    [--date YYYY-MM-DD] [--signatory ID] [--respond-by YYYY-MM-DD] [--out FILE] [--hub URL] [--token TOKEN]
  report   the department in charge's six-month or annual report on the province's foreign-information work
  letters  the reminder letters to the agencies whose report for the period is owed
  --date        the document's date (today in Vietnam when not given)
  --signatory   who signs, by directory id (the head of the department in charge when not given)
  --respond-by  the new deadline a reminder letter sets (five working days after its date when not given)
  --out         the file to write (the hub's file name, in this folder, when not given)
  --hub         the hub's address (http://localhost:4000)
  --token       a bearer token (else HUB_TOKEN; npm run --silent token -- --province VN-30 --agency SVHTTDL --role coordinator)`;

const ENDPOINT = { report: "/documents/province-report", letters: "/documents/reminder-letters" } as const;

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

/** The hub's own words for a refusal: its JSON error message, else the body as sent. */
function hubMessage(body: string): string {
  try {
    const parsed = JSON.parse(body) as { errors?: { message?: string; extensions?: { code?: string } }[] };
    const error = parsed.errors?.[0];
    if (error?.message) return error.extensions?.code ? `${error.message} (${error.extensions.code})` : error.message;
  } catch {
    // not JSON: say what came
  }
  return body.trim().slice(0, 500) || "no message";
}

/** The file name the hub gives the document (content-disposition), kept to a plain name. */
function suggestedName(disposition: string | null, kind: keyof typeof ENDPOINT): string {
  const name = /filename="([^"]+)"/.exec(disposition ?? "")?.[1];
  return name ? path.basename(name) : `${kind}.docx`;
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      strict: true,
      options: {
        province: { type: "string" },
        year: { type: "string" },
        period: { type: "string" },
        date: { type: "string" },
        signatory: { type: "string" },
        "respond-by": { type: "string" },
        out: { type: "string" },
        hub: { type: "string", default: "http://localhost:4000" },
        token: { type: "string" },
      },
    });
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`, 2);
  }
  const { values, positionals } = parsed;
  const kind = positionals[0];
  if (positionals.length !== 1 || (kind !== "report" && kind !== "letters")) fail(USAGE, 2);
  if (!values.province || !values.year || !values.period) fail(`--province, --year and --period are required.\n${USAGE}`, 2);
  if (!/^\d{4}$/.test(values.year)) fail(`--year must be a year, not "${values.year}".`, 2);
  const token = values.token ?? process.env.HUB_TOKEN;
  if (!token)
    fail(
      "No token: give --token TOKEN or set HUB_TOKEN (npm run --silent token -- --province VN-30 --agency SVHTTDL --role coordinator).",
      2,
    );

  const request = {
    provinceCode: values.province,
    year: Number(values.year),
    period: values.period,
    ...(values.date ? { date: values.date } : {}),
    ...(values.signatory ? { signatoryId: values.signatory } : {}),
    ...(values["respond-by"] ? { respondBy: values["respond-by"] } : {}),
  };
  let url: URL;
  try {
    url = new URL(ENDPOINT[kind], values.hub);
  } catch {
    fail(`--hub must be the hub's address, such as http://localhost:4000, not "${values.hub}".`, 2);
  }
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify(request),
  }).catch(() => fail(`Nothing answers at ${url.origin}: start the hub (npm start) or give its address with --hub.`));

  if (response.status === 204) {
    console.error(`No agency owes a report for ${request.period} ${request.year} in ${request.provinceCode}: there is no letter to write.`);
    return;
  }
  if (!response.ok) fail(`The hub made no document (HTTP ${response.status}): ${hubMessage(await response.text())}`);

  const file = Buffer.from(await response.arrayBuffer());
  const out = path.resolve(values.out ?? suggestedName(response.headers.get("content-disposition"), kind));
  fs.writeFileSync(out, file);
  const marked = response.headers.get("x-document-marked") === "SECRET";
  const entry = response.headers.get("x-register-entry");
  process.stdout.write(
    `${out}\n${
      marked
        ? `marking: MẬT (prints a state secret; entered in the register of outgoing secret documents${entry ? ` as ${entry}` : ""})`
        : "marking: none (prints no state secret)"
    }\n`,
  );
}

main().catch((error) => fail(error instanceof Error ? error.message : String(error)));
