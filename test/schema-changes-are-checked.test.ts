import fs from "node:fs";
import { parse, print, visit } from "graphql";
import {
  BASELINE_FILE,
  checkSchema,
  contractOperations,
  currentApiSchema,
  currentOpenApi,
  formatReport,
  OPENAPI_BASELINE_FILE,
  releaseProblems,
  trustedManifestOperations,
  webAppOperations,
  type ClientOperation,
} from "../scripts/schema-check";
import { describeWithoutDatabase } from "./support/database-free";

describeWithoutDatabase("a change to the API schema is checked against the last release and the clients' operations", () => {
  let baseline: string;
  let current: string;
  let operations: ClientOperation[];

  beforeAll(async () => {
    baseline = fs.readFileSync(BASELINE_FILE, "utf8");
    current = await currentApiSchema();
    operations = [...contractOperations(), ...webAppOperations()];
  });

  /** The current schema with one piece of text replaced, failing loudly if that text is not there. */
  const edited = (from: string, to: string): string => {
    expect(current).toContain(from);
    return current.replace(from, to);
  };

  it("reads the contract's operations and every document of the web app", () => {
    const names = (client: string) => operations.filter((o) => o.client === client).map((o) => o.name);
    expect(names("contract")).toEqual(
      expect.arrayContaining(["AgencyCompliance", "BorderGateDossier", "CountryView", "PlanDossier", "ProvinceDashboard"]),
    );
    expect(names("web app").length).toBeGreaterThan(50);
    expect(names("web app")).toContain("YearFigures");
  });

  it("passes the composed schema against the committed baseline", async () => {
    const result = await checkSchema({ baselineSdl: baseline, currentSdl: current, operations });
    expect(result.breaking.map((c) => c.message)).toEqual([]);
    expect(result.operationErrors).toEqual([]);
    expect(result.operationsValidated).toBe(operations.length);
    expect(result.ok).toBe(true);
    expect(formatReport(result)).toMatch(/Breaking changes: 0[\s\S]*Schema check passed\./);
  });

  it("fails when a field a client uses is removed, naming the field and the operations that use it", async () => {
    // Province.borderSummary is read by the contract's ProvinceDashboard
    const result = await checkSchema({
      baselineSdl: baseline,
      currentSdl: edited(/\n {2}borderSummary\(year: Int!\): [^\n]+/.exec(current)![0], ""),
      operations,
    });
    expect(result.ok).toBe(false);
    expect(result.breaking.map((c) => c.message)).toContain("Field 'borderSummary' was removed from object type 'Province'");
    expect(result.operationErrors).toContainEqual(
      expect.objectContaining({ client: "contract", operation: "ProvinceDashboard", message: expect.stringContaining("borderSummary") }),
    );
    const report = formatReport(result);
    expect(report).toContain("Field 'borderSummary' was removed from object type 'Province'");
    expect(report).toContain("npm run schema:release");
    expect(report).toContain("Schema check FAILED.");
  });

  it("validates each document of the trusted manifest on its own, as the gateway runs it", async () => {
    const trusted = trustedManifestOperations();
    expect(trusted.length).toBeGreaterThan(50);
    const passing = await checkSchema({ baselineSdl: baseline, currentSdl: current, operations: trusted });
    expect(passing.operationErrors).toEqual([]);
    const failing = await checkSchema({
      baselineSdl: baseline,
      currentSdl: edited(/\n {2}borderSummary\(year: Int!\): [^\n]+/.exec(current)![0], ""),
      operations: trusted,
    });
    expect(failing.operationErrors).toContainEqual(
      expect.objectContaining({
        client: "trusted manifest (contract)",
        operation: "ProvinceDashboard",
        message: expect.stringContaining("borderSummary"),
      }),
    );
  });

  it("calls a new nullable field safe and passes", async () => {
    // additions not yet released are safe too (docs/schema-changes.md): the new field is one more
    const unreleased = (await checkSchema({ baselineSdl: baseline, currentSdl: current, operations })).safe.map((c) => c.message);
    const result = await checkSchema({
      baselineSdl: baseline,
      currentSdl: edited("type Province {\n", "type Province {\n  motto: String\n"),
      operations,
    });
    expect(result.breaking).toEqual([]);
    expect(result.safe.map((c) => c.message).sort()).toEqual([...unreleased, "Field 'motto' was added to object type 'Province'"].sort());
    expect(result.ok).toBe(true);
  });

  it("fails an argument change the differ does not call breaking when a known client's operation no longer validates", async () => {
    // Query.agencies(limit: Int! = 200): dropping the default is only "dangerous" to the differ, but the
    // contract's AgencyCompliance leaves `limit` out, so the argument becomes one it must send.
    const currentSdl = edited("    limit: Int! = 200\n", "    limit: Int!\n");
    const result = await checkSchema({ baselineSdl: baseline, currentSdl, operations });
    expect(result.breaking).toEqual([]);
    expect(result.dangerous.map((c) => c.message)).toContain(
      "Default value for argument 'limit' on field 'Query.agencies' changed from '200' to 'undefined'",
    );
    expect(result.operationErrors).toContainEqual({
      client: "contract",
      operation: "AgencyCompliance",
      file: "test/contract/operations/AgencyCompliance.graphql",
      message: 'Field "agencies" argument "limit" of type "Int!" is required, but it was not provided.',
    });
    expect(result.ok).toBe(false);
    expect(formatReport(result)).toContain(
      'contract AgencyCompliance (test/contract/operations/AgencyCompliance.graphql): Field "agencies" argument "limit" of type "Int!" is required',
    );
  });

  it("fails a baseline change committed without a CHANGELOG.md entry, and passes it with one", async () => {
    const changelog = "# Changelog\n\n## 0.1.0\n";
    const release = { baselineBefore: baseline, baselineNow: `${baseline}\n`, changelogBefore: changelog, changelogNow: changelog };
    expect(releaseProblems(release)).toEqual([expect.stringContaining("CHANGELOG.md did not")]);
    const result = await checkSchema({ baselineSdl: baseline, currentSdl: current, operations, release });
    expect(result.ok).toBe(false);
    expect(formatReport(result)).toContain("Release: schema/released.graphql changed since the last commit but CHANGELOG.md did not");

    expect(releaseProblems({ ...release, changelogNow: `${changelog}\n## 0.2.0\n` })).toEqual([]);
    expect(releaseProblems({ ...release, baselineNow: baseline })).toEqual([]);
    expect(releaseProblems({ ...release, changelogNow: null })).toHaveLength(1);

    // the REST door's OpenAPI baseline follows the same rule
    const rest = fs.readFileSync(OPENAPI_BASELINE_FILE, "utf8");
    const restRelease = {
      ...release,
      baselineNow: baseline,
      openApiBefore: rest,
      openApiNow: rest.replace('"version": "1"', '"version": "2"'),
    };
    expect(releaseProblems(restRelease)).toEqual([expect.stringContaining("schema/released-openapi.json changed since the last commit")]);
    expect(releaseProblems({ ...restRelease, changelogNow: `${changelog}\n## 0.2.0\n` })).toEqual([]);
  });
});

describeWithoutDatabase("a change to the REST door's OpenAPI description is checked against the last release", () => {
  let baseline: string;
  let current: string;
  let restBaseline: string;

  beforeAll(async () => {
    baseline = fs.readFileSync(BASELINE_FILE, "utf8");
    current = await currentApiSchema();
    restBaseline = fs.readFileSync(OPENAPI_BASELINE_FILE, "utf8");
  });

  const check = async (currentSdl: string) =>
    checkSchema({
      baselineSdl: baseline,
      currentSdl,
      operations: [],
      openApi: { baseline: restBaseline, current: await currentOpenApi(currentSdl) },
    });

  it("passes the composed schema's door against the committed baseline", async () => {
    expect(await currentOpenApi(current)).toBe(restBaseline);
    const result = await check(current);
    expect(result.openApiBreaking).toEqual([]);
    expect(result.ok).toBe(true);
    expect(formatReport(result)).toContain("REST door (OpenAPI) breaking changes: 0");
  });

  /** The schema without one field of one type (its description too). */
  const withoutField = (sdl: string, typeName: string, fieldName: string): string =>
    print(
      visit(parse(sdl), {
        ObjectTypeDefinition: (node) =>
          node.name.value === typeName ? { ...node, fields: node.fields?.filter((f) => f.name.value !== fieldName) } : undefined,
      }),
    );

  it("fails when a shared field leaves a record the door returns, though GraphQL clients do not use it", async () => {
    // BorderGate.oppositeGate: shared by the door and open data; no GraphQL client here reads it
    const result = await check(withoutField(current, "BorderGate", "oppositeGate"));
    expect(result.ok).toBe(false);
    expect(result.openApiBreaking).toEqual(
      expect.arrayContaining([expect.stringMatching(/^response\.body\.scope\.add at paths\.\/border-gates\.get\.responses/)]),
    );
    expect(formatReport(result)).toMatch(/REST door \(OpenAPI\) breaking changes: [1-9][\s\S]*Schema check FAILED\./);
  });

  it("fails when a route goes, and when a route comes to need a parameter it did not", async () => {
    // Query.partnerLocalities leaves the schema: its route goes
    const gone = await check(withoutField(current, "Query", "partnerLocalities"));
    expect(gone.openApiBreaking).toEqual(expect.arrayContaining(["path.remove at paths./partner-localities"]));
    // Query.reportingCompliance gains a required argument
    const from = "reportingCompliance(year: Int!, provinceCode: String!)";
    expect(current).toContain(from);
    const needs = await check(current.replace(from, "reportingCompliance(year: Int!, provinceCode: String!, quarter: Int!)"));
    expect(needs.openApiBreaking).toEqual(["request.parameter.required.add at paths./reporting-compliance.get.parameters.quarter"]);
    expect(needs.ok).toBe(false);
  });
});
