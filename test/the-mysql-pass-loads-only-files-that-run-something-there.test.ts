import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import mysqlPassFilter from "../scripts/mysql-pass-filter";
import { REPOSITORY_ROOT } from "../shared/core/config";
import { describeWithoutDatabase } from "./support/database-free";

const run = promisify(execFile);

const { runsNothingOnMysql } = mysqlPassFilter;
const file = (...lines: string[]) =>
  ['import { describeWithoutDatabase } from "./support/database-free";', "const run = promisify(execFile);", ...lines].join("\n");

describeWithoutDatabase("the MySQL pass loads only the test files that run something there", () => {
  it("leaves out a file whose tests are all in describes the MySQL pass skips", () => {
    expect(runsNothingOnMysql("a.test.ts", file('describeWithoutDatabase("parses", () => { it("x", () => {}); });'))).toBe(true);
    expect(
      runsNothingOnMysql(
        "b.test.ts",
        file('describeInBrowserOnce("signs in", () => {});', 'describeInBrowser("fits a phone", () => {}, { layoutOnly: true });'),
      ),
    ).toBe(true);
    expect(runsNothingOnMysql("c.test.ts", file('describeInBrowser("reads", () => {}, { mysqlPass: false });'))).toBe(true);
  });

  it("keeps a file with anything else at its top level, or whose describe is chosen as it runs", () => {
    const kept = [
      'describe("on both databases", () => {});',
      'it("on both databases", () => {});',
      "beforeAll(() => undefined);",
      'recordWriteContract("TradeEvent");',
      'describeOnceOnMysqlIfAny("the benchmark", () => {});',
      'describeInBrowser("a workflow", () => {});',
      'describeInBrowser("a workflow", () => {}, { layoutOnly: false });',
      'describeInBrowser("a workflow", () => {}, options);',
      '(ON_MYSQL ? describe.skip : describe)("chosen", () => {});',
      'describeWithoutDatabase.each([1, 2])("case %i", () => {});',
    ];
    for (const statement of kept) {
      expect([statement, runsNothingOnMysql("d.test.ts", file('describeWithoutDatabase("once", () => {});', statement))]).toEqual([
        statement,
        false,
      ]);
    }
    expect(runsNothingOnMysql("e.test.ts", file())).toBe(false);
  });

  it("keeps the suite's files that run something on MySQL and leaves out those that run nothing there, when the pass asks jest for its files", async () => {
    const named = [
      "test/plans.test.ts",
      "test/browser/workflows.test.ts",
      "test/the-kernel-imports-no-department.test.ts",
      "test/browser/every-view-and-dialog-fits-a-phone.test.ts",
    ];
    const { stdout, stderr } = await run(
      process.execPath,
      [path.join(REPOSITORY_ROOT, "dist/scripts/test-on-mysql.js"), "--listTests", ...named],
      {
        cwd: REPOSITORY_ROOT,
        // jest only lists the files: no server is reached
        env: { ...process.env, HUB_TEST_MYSQL_URL: process.env.HUB_TEST_MYSQL_URL ?? "mysql://nobody@127.0.0.1:9/none" },
      },
    );
    const listed = stdout
      .split("\n")
      .filter((line) => line.endsWith(".test.ts"))
      .map((line) => path.relative(REPOSITORY_ROOT, line))
      .sort();
    expect(listed).toEqual(["test/browser/workflows.test.ts", "test/plans.test.ts"]);
    expect(stderr).toContain(
      "2 test files run nothing on MySQL and are not loaded: every-view-and-dialog-fits-a-phone.test.ts, the-kernel-imports-no-department.test.ts",
    );
  });

  it("succeeds, saying so, when every file named runs nothing on MySQL", async () => {
    const { stdout, stderr } = await run(
      process.execPath,
      [path.join(REPOSITORY_ROOT, "dist/scripts/test-on-mysql.js"), "test/the-kernel-imports-no-department.test.ts"],
      {
        cwd: REPOSITORY_ROOT,
        env: { ...process.env, HUB_TEST_MYSQL_URL: process.env.HUB_TEST_MYSQL_URL ?? "mysql://nobody@127.0.0.1:9/none" },
      },
    );
    expect(stderr).toContain("1 test files run nothing on MySQL and are not loaded: the-kernel-imports-no-department.test.ts");
    expect(`${stdout}${stderr}`).toContain("No tests found");
  });

  it("leaves out only files whose every test the MySQL pass does skip", async () => {
    // what the filter reads in the code, jest shows by running the files on MySQL without it
    const { stdout } = await run(
      process.execPath,
      [
        path.join(REPOSITORY_ROOT, "node_modules/jest/bin/jest.js"),
        "--json",
        "test/the-kernel-imports-no-department.test.ts",
        "test/browser/every-view-and-dialog-fits-a-phone.test.ts",
      ],
      {
        cwd: REPOSITORY_ROOT,
        env: { ...process.env, HUB_TEST_DATABASE: "mysql", HUB_TEST_MYSQL_URL: "mysql://nobody@127.0.0.1:9/none" },
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    const results = JSON.parse(stdout) as { numTotalTests: number; numPendingTests: number; testResults: { name: string }[] };
    expect(results.testResults).toHaveLength(2);
    expect(results.numTotalTests).toBeGreaterThan(10);
    expect(results.numPendingTests).toBe(results.numTotalTests);
  }, 60_000);
});
