import "reflect-metadata";
// a command is a composition root: every department registered (shared/core/departments.ts)
import "../subgraphs/departments";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { CriticalityLevel, diff, validate, type Change } from "@graphql-inspector/core";
import { buildSchema, parse, printSchema, Source, type GraphQLSchema } from "graphql";
import { diffSpecs } from "openapi-diff";
import { openApiDocument } from "../gateway/rest-door";
import { apiSchemaSdl, readSupergraph } from "../gateway/supergraph";
import { MANIFEST_FILE, TrustedManifest } from "../gateway/trusted-documents";
import { REPOSITORY_ROOT } from "../shared/core/config";

/** The API schema of the last release, committed; `npm run schema:release` writes it. */
export const BASELINE_FILE = path.join(REPOSITORY_ROOT, "schema", "released.graphql");
export const CHANGELOG_FILE = path.join(REPOSITORY_ROOT, "CHANGELOG.md");
/** The REST door's OpenAPI description of the last release, committed beside it; written with it. */
export const OPENAPI_BASELINE_FILE = path.join(REPOSITORY_ROOT, "schema", "released-openapi.json");

const BASELINE_HEADER =
  "# The hub's API schema as last released. `npm run schema:release` writes it; `npm run schema:check` compares the composed schema with it (docs/schema-changes.md).\n";

/** One GraphQL document a known client sends. */
export interface ClientOperation {
  /** Which client sends it: "contract", "web app" or "trusted manifest (…)". */
  client: string;
  /** The operation's (or fragment's) name. */
  name: string;
  /** Where it was read, relative to the repository. */
  file: string;
  body: string;
  /** A whole document with its fragments (a trusted one), validated on its own rather than with the client's other documents. */
  standalone?: boolean;
}

export interface OperationError {
  client: string;
  operation: string;
  file: string;
  message: string;
}

/** The committed baseline and CHANGELOG.md, as the last commit holds them and as they are now; null where absent. */
export interface ReleaseRecord {
  baselineBefore: string | null;
  baselineNow: string | null;
  changelogBefore: string | null;
  changelogNow: string | null;
  openApiBefore?: string | null;
  openApiNow?: string | null;
}

export interface SchemaCheckInput {
  baselineSdl: string;
  currentSdl: string;
  operations: ClientOperation[];
  /** Left out where there is no git history to compare with. */
  release?: ReleaseRecord;
  /** The REST door's OpenAPI description as released and as the current schema makes it (JSON). */
  openApi?: { baseline: string; current: string };
}

export interface SchemaCheckResult {
  breaking: Change[];
  dangerous: Change[];
  safe: Change[];
  operationsValidated: number;
  operationErrors: OperationError[];
  /** Uses of deprecated fields or arguments: reported, not failed. */
  deprecatedUses: OperationError[];
  /** Changes of the REST door's OpenAPI description that break its clients, and the others (to read). */
  openApiBreaking: string[];
  openApiOther: string[];
  releaseProblems: string[];
  ok: boolean;
}

/** A baseline that changed since the last commit needs a CHANGELOG.md entry in the same commit. */
export function releaseProblems(record: ReleaseRecord): string[] {
  const changed = [
    record.baselineBefore !== record.baselineNow && BASELINE_FILE,
    (record.openApiBefore ?? null) !== (record.openApiNow ?? null) && OPENAPI_BASELINE_FILE,
  ].filter((file): file is string => !!file);
  if (changed.length === 0) return [];
  if (record.changelogNow !== null && record.changelogNow !== record.changelogBefore) return [];
  return changed.map(
    (file) =>
      `${path.relative(REPOSITORY_ROOT, file)} changed since the last commit but CHANGELOG.md did not: add an entry that says what changed in the API and what clients must do.`,
  );
}

/** One OpenAPI difference in a line: what changed, where. */
function describeDifference(difference: {
  code: string;
  sourceSpecEntityDetails: { location: string }[];
  destinationSpecEntityDetails: { location: string }[];
}): string {
  const where = [...difference.sourceSpecEntityDetails, ...difference.destinationSpecEntityDetails].map((d) => d.location);
  return `${difference.code} at ${[...new Set(where)].join(", ") || "(document)"}`;
}

type Operations = { paths?: Record<string, Record<string, { parameters?: { name: string; in: string; required?: boolean }[] }>> };

/**
 * `openapi-diff` leaves parameters unclassified; a parameter a route now
 * requires (and a client may not send) breaks it.
 */
function newRequiredParameters(baseline: string, current: string): string[] {
  const before = JSON.parse(baseline) as Operations;
  const after = JSON.parse(current) as Operations;
  const found: string[] = [];
  for (const [route, methods] of Object.entries(after.paths ?? {}))
    for (const [method, operation] of Object.entries(methods)) {
      const old = before.paths?.[route]?.[method];
      if (!old) continue;
      for (const parameter of operation.parameters ?? []) {
        const was = old.parameters?.find((p) => p.name === parameter.name && p.in === parameter.in);
        if (parameter.required && !was?.required)
          found.push(`request.parameter.required.add at paths.${route}.${method}.parameters.${parameter.name}`);
      }
    }
  return found;
}

/** The REST door's OpenAPI changes, by `openapi-diff`: breaking ones, and the rest. */
export async function checkOpenApi(baseline: string, current: string): Promise<{ breaking: string[]; other: string[] }> {
  const outcome = await diffSpecs({
    sourceSpec: { content: baseline, location: "released", format: "openapi3" },
    destinationSpec: { content: current, location: "current", format: "openapi3" },
  });
  return {
    breaking: [
      ...(outcome.breakingDifferencesFound ? outcome.breakingDifferences.map(describeDifference) : []),
      ...newRequiredParameters(baseline, current),
    ],
    other: [...outcome.nonBreakingDifferences, ...outcome.unclassifiedDifferences].map(
      (difference) => `${difference.type}: ${describeDifference(difference)}`,
    ),
  };
}

export function documentName(body: string): string {
  for (const definition of parse(body).definitions) {
    if ((definition.kind === "OperationDefinition" || definition.kind === "FragmentDefinition") && definition.name)
      return definition.name.value;
  }
  return "(anonymous)";
}

/** Compares the current API schema with the released one and validates every known client operation against the current one. */
export async function checkSchema(input: SchemaCheckInput): Promise<SchemaCheckResult> {
  const baseline: GraphQLSchema = buildSchema(input.baselineSdl);
  const current: GraphQLSchema = buildSchema(input.currentSdl);
  const changes = await diff(baseline, current);
  const at = (level: CriticalityLevel) => changes.filter((change) => change.criticality.level === level);

  // one name per source (a module may hold several documents), by which an error finds its operation
  const sources = input.operations.map(
    (operation, i) => new Source(operation.body, `${i}: ${operation.client} ${operation.name} (${operation.file})`),
  );
  const byName = new Map(sources.map((source, i) => [source.name, input.operations[i]]));
  const operationErrors: OperationError[] = [];
  const deprecatedUses: OperationError[] = [];
  // each stored document holds its own fragments, which may share names with another's: each is validated alone
  const invalids = [
    ...validate(
      current,
      sources.filter((_, i) => !input.operations[i].standalone),
      { strictDeprecated: true },
    ),
    ...sources
      .filter((_, i) => input.operations[i].standalone)
      .flatMap((source) => validate(current, [source], { strictDeprecated: true })),
  ];
  for (const invalid of invalids) {
    const operation = byName.get(invalid.source.name)!;
    const entry = (message: string): OperationError => ({
      client: operation.client,
      operation: operation.name,
      file: operation.file,
      message,
    });
    // an error inside a fragment the operation spreads is told once per spread; once is enough
    operationErrors.push(...[...new Set(invalid.errors.map((error) => error.message))].map(entry));
    deprecatedUses.push(...[...new Set(invalid.deprecated.map((error) => error.message))].map(entry));
  }

  const breaking = at(CriticalityLevel.Breaking);
  const problems = input.release ? releaseProblems(input.release) : [];
  const rest = input.openApi ? await checkOpenApi(input.openApi.baseline, input.openApi.current) : { breaking: [], other: [] };
  return {
    breaking,
    dangerous: at(CriticalityLevel.Dangerous),
    safe: at(CriticalityLevel.NonBreaking),
    operationsValidated: input.operations.length,
    operationErrors,
    deprecatedUses,
    openApiBreaking: rest.breaking,
    openApiOther: rest.other,
    releaseProblems: problems,
    ok: breaking.length === 0 && operationErrors.length === 0 && problems.length === 0 && rest.breaking.length === 0,
  };
}

export function formatReport(result: SchemaCheckResult): string {
  const lines: string[] = [];
  const changes = (title: string, list: Change[], withReason = false) => {
    lines.push(`${title}: ${list.length}`);
    for (const change of list)
      lines.push(`  - ${change.message}${withReason && change.criticality.reason ? ` (${change.criticality.reason})` : ""}`);
  };
  changes("Breaking changes", result.breaking);
  changes("Dangerous changes", result.dangerous, true);
  changes("Safe changes", result.safe);
  lines.push(
    `Client operations validated: ${result.operationsValidated}, invalid against the new schema: ${result.operationErrors.length}`,
  );
  for (const error of result.operationErrors) lines.push(`  - ${error.client} ${error.operation} (${error.file}): ${error.message}`);
  if (result.deprecatedUses.length) {
    lines.push(`Uses of deprecated fields or arguments: ${result.deprecatedUses.length}`);
    for (const use of result.deprecatedUses) lines.push(`  - ${use.client} ${use.operation}: ${use.message}`);
  }
  lines.push(`REST door (OpenAPI) breaking changes: ${result.openApiBreaking.length}`);
  for (const change of result.openApiBreaking) lines.push(`  - ${change}`);
  if (result.openApiOther.length) {
    lines.push(`REST door (OpenAPI) other changes: ${result.openApiOther.length}`);
    for (const change of result.openApiOther) lines.push(`  - ${change}`);
  }
  for (const problem of result.releaseProblems) lines.push(`Release: ${problem}`);
  if (result.breaking.length || result.openApiBreaking.length) {
    lines.push(
      "The API schema breaks the released one. If the break is meant, release it: `npm run schema:release` rewrites schema/released.graphql; commit it with a CHANGELOG.md entry.",
    );
  }
  if (result.operationErrors.length) lines.push("A client's operation no longer validates: keep what it uses, or change the client first.");
  lines.push(result.ok ? "Schema check passed." : "Schema check FAILED.");
  return lines.join("\n");
}

function relative(file: string): string {
  return path.relative(REPOSITORY_ROOT, file);
}

/** The public contract's operations: the project's copy, and the shared contract beside the repository where there is one. */
export function contractOperations(
  directories = [path.join(REPOSITORY_ROOT, "test/contract/operations"), path.join(REPOSITORY_ROOT, "../shared/contract/operations")],
): ClientOperation[] {
  const seen = new Set<string>();
  const operations: ClientOperation[] = [];
  for (const directory of directories) {
    if (!fs.existsSync(directory)) continue;
    for (const entry of fs.readdirSync(directory).sort()) {
      if (!entry.endsWith(".graphql")) continue;
      const file = path.join(directory, entry);
      const body = fs.readFileSync(file, "utf8");
      if (seen.has(body)) continue;
      seen.add(body);
      operations.push({ client: "contract", name: documentName(body), file: relative(file), body });
    }
  }
  return operations;
}

/**
 * The web app's documents, each as written in web/src: graphql-codegen lists
 * every one in web/src/gql/gql.ts (kept current by a test) as a string key.
 */
export function webAppOperations(): ClientOperation[] {
  const file = path.join(REPOSITORY_ROOT, "web/src/gql/gql.ts");
  const generated = fs.readFileSync(file, "utf8");
  const start = generated.indexOf("const documents: Documents = {");
  const end = generated.indexOf("\n};", start);
  if (start < 0 || end < 0) throw new Error(`No document list in ${relative(file)}: run npm run codegen.`);
  const modules = webSources(path.join(REPOSITORY_ROOT, "web/src"));
  return [...generated.slice(start, end).matchAll(/^ {4}("(?:[^"\\]|\\.)*"): types\.\w+,$/gm)].map((match) => {
    const body = JSON.parse(match[1]) as string;
    const writtenIn = modules.find((module) => module.code.includes(body))?.file ?? file;
    return { client: "web app", name: documentName(body), file: relative(writtenIn), body };
  });
}

/** What the gateway runs in production: every document of the committed trusted-documents manifest, as stored. */
export function trustedManifestOperations(file = MANIFEST_FILE): ClientOperation[] {
  return TrustedManifest.read(file).documents.map(({ client, name, body }) => ({
    client: `trusted manifest (${client})`,
    name,
    file: relative(file),
    body,
    standalone: true,
  }));
}

function webSources(directory: string): { file: string; code: string }[] {
  return fs
    .readdirSync(directory, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const file = path.join(directory, entry.name);
      if (entry.isDirectory()) return entry.name === "gql" ? [] : webSources(file);
      return /\.tsx?$/.test(entry.name) ? [{ file, code: fs.readFileSync(file, "utf8") }] : [];
    });
}

function gitShow(revisionPath: string): string | null {
  try {
    return execFileSync("git", ["show", revisionPath], { cwd: REPOSITORY_ROOT, stdio: ["ignore", "pipe", "ignore"], encoding: "utf8" });
  } catch {
    return null;
  }
}

function readIfThere(file: string): string | null {
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8") : null;
}

/** The baseline and changelog at HEAD and in the working tree; null without git or a commit to compare with. */
export function releaseRecordFromGit(): ReleaseRecord | undefined {
  try {
    execFileSync("git", ["rev-parse", "--verify", "HEAD"], { cwd: REPOSITORY_ROOT, stdio: "ignore" });
  } catch {
    return undefined;
  }
  return {
    baselineBefore: gitShow(`HEAD:${relative(BASELINE_FILE)}`),
    baselineNow: readIfThere(BASELINE_FILE),
    changelogBefore: gitShow(`HEAD:${relative(CHANGELOG_FILE)}`),
    changelogNow: readIfThere(CHANGELOG_FILE),
    openApiBefore: gitShow(`HEAD:${relative(OPENAPI_BASELINE_FILE)}`),
    openApiNow: readIfThere(OPENAPI_BASELINE_FILE),
  };
}

/** The API schema clients see, from the checked-in supergraph, as the baseline file holds it. */
export async function currentApiSchema(): Promise<string> {
  const sdl = await apiSchemaSdl(readSupergraph());
  return `${BASELINE_HEADER}${printSchema(buildSchema(sdl))}\n`;
}

/** The REST door's OpenAPI description over the current API schema, as the baseline file holds it. */
export async function currentOpenApi(apiSdl: string): Promise<string> {
  return `${JSON.stringify(await openApiDocument(buildSchema(apiSdl)), null, 2)}\n`;
}

async function main(): Promise<void> {
  const current = await currentApiSchema();
  const currentRest = await currentOpenApi(current);
  if (process.argv.includes("--release")) {
    fs.mkdirSync(path.dirname(BASELINE_FILE), { recursive: true });
    fs.writeFileSync(BASELINE_FILE, current);
    fs.writeFileSync(OPENAPI_BASELINE_FILE, currentRest);
    console.log(
      `Wrote ${relative(BASELINE_FILE)} and ${relative(OPENAPI_BASELINE_FILE)}. Add a CHANGELOG.md entry for this release and commit them together.`,
    );
    return;
  }
  for (const file of [BASELINE_FILE, OPENAPI_BASELINE_FILE])
    if (!fs.existsSync(file)) throw new Error(`There is no ${relative(file)}: npm run schema:release writes it.`);
  const operations = [...contractOperations(), ...webAppOperations(), ...trustedManifestOperations()];
  const result = await checkSchema({
    baselineSdl: fs.readFileSync(BASELINE_FILE, "utf8"),
    currentSdl: current,
    operations,
    release: releaseRecordFromGit(),
    openApi: { baseline: fs.readFileSync(OPENAPI_BASELINE_FILE, "utf8"), current: currentRest },
  });
  const clients = [...new Set(operations.map((operation) => operation.client))];
  console.log(`Schema check: ${relative(BASELINE_FILE)} against the composed API schema; clients: ${clients.join(", ")}.`);
  console.log(formatReport(result));
  if (!result.ok) process.exitCode = 1;
}

// run as a command (directly, or through scripts/run-built.js, which names this file in argv); not when a test imports it
if (require.main === module || path.resolve(process.argv[1] ?? "") === __filename) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
