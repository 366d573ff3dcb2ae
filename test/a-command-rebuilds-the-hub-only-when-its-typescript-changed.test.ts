import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { REPOSITORY_ROOT } from "../shared/core/config";
import { describeWithoutDatabase } from "./support/database-free";
import { temporaryDataDirectory } from "./support/temporary-folder";

const run = promisify(execFile);

/**
 * `npm run token`, `generate` and the other commands run from the build
 * through scripts/run-built.js, which compiles first only when a source is
 * newer than the build. Shown on a project of one command, with the real
 * launcher and the project's TypeScript.
 */
describeWithoutDatabase("a command rebuilds the hub only when its TypeScript changed", () => {
  const folder = temporaryDataDirectory("run-built");
  let project = "";
  const write = (file: string, text: string, secondsAgo = 0) => {
    const full = path.join(project, file);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, text);
    const when = new Date(Date.now() - secondsAgo * 1000);
    fs.utimesSync(full, when, when);
  };
  const command = async () => {
    const { stdout, stderr } = await run(process.execPath, [path.join(project, "scripts/run-built.js"), "hello"], { cwd: project });
    return { said: stdout.trim(), rebuilt: stderr.includes("Building the hub") };
  };

  beforeAll(() => {
    project = folder.directory;
    write("scripts/run-built.js", fs.readFileSync(path.join(REPOSITORY_ROOT, "scripts/run-built.js"), "utf8"), 60);
    fs.symlinkSync(path.join(REPOSITORY_ROOT, "node_modules"), path.join(project, "node_modules"));
    write(
      "tsconfig.build.json",
      JSON.stringify({
        compilerOptions: { module: "commonjs", target: "ES2022", rootDir: ".", outDir: "dist", types: [] },
        include: ["scripts"],
      }),
      60,
    );
    write("package.json", "{}", 60);
    write("tsconfig.json", "{}", 60);
    write("gateway/openapi.json", "{}", 60);
    write("scripts/hello.ts", 'console.log("first words");\n', 60);
  });
  afterAll(() => folder.cleanup());

  it("builds a project that was never built, then runs the command from the build", async () => {
    expect(await command()).toEqual({ said: "first words", rebuilt: true });
    expect(fs.existsSync(path.join(project, "dist/scripts/hello.js"))).toBe(true);
    expect(await command()).toEqual({ said: "first words", rebuilt: false });
  });

  it("does not rebuild when a data file among the sources was written after the build", async () => {
    write("gateway/openapi.json", '{ "openapi": "3.1.0" }');
    write("gateway/trusted-documents/manifest.json", "{}");
    write("subgraphs/plans/demo/documents/plan.txt", "Kế hoạch");
    expect(await command()).toEqual({ said: "first words", rebuilt: false });
  });

  it("rebuilds when a TypeScript source is newer than the build, and runs what it now says", async () => {
    write("scripts/hello.ts", 'console.log("second words");\n');
    expect(await command()).toEqual({ said: "second words", rebuilt: true });
    expect(await command()).toEqual({ said: "second words", rebuilt: false });
  });
});
