import { execFile, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { signDevelopmentToken } from "../shared/auth/user-tokens";
import { REPOSITORY_ROOT } from "../shared/core/config";
import { describeWithoutDatabase } from "./support/database-free";
import { official } from "./support/graphql-client";
import { temporaryDataDirectory } from "./support/temporary-folder";

const run = promisify(execFile);

/** A sixth department, written as the README's "Add a department" says, and nothing more. */
const CUSTOMS = {
  "department.ts": `import type { DepartmentManifest } from "../../shared/core/departments";

export const department = {
  name: "customs",
  folder: "customs",
  port: 4006,
  env: "CUSTOMS",
  label: "Customs (HQ)",
  function: { name: "CUSTOMS", label: "hải quan", holders: [{ agency: "HQ" }] },
  benchmark: { name: "inspections", query: "query Inspections { inspections { id } }", variables: () => ({}) },
} as const satisfies DepartmentManifest;
`,
  "references.ts": `import { departmentRecord } from "../../shared/records/records";
import { codeKeyedEntity, idKeyedEntity } from "../../shared/federation/references";

export const CustomsProvince = codeKeyedEntity("Province", "CustomsProvince");
export const CustomsAgency = idKeyedEntity("Agency", "CustomsAgency");
export const CustomsTask = idKeyedEntity("Task", "CustomsTask");
export const CustomsRecord = departmentRecord({ Province: CustomsProvince, Task: CustomsTask, Agency: CustomsAgency });
`,
  "inspection.ts": `import { InputType, ObjectType } from "type-graphql";
import { Entity } from "typeorm";
import { DateInput, DateOnly, Text, TextInput } from "../../shared/records/fields";
import { DepartmentRecordInput } from "../../shared/records/records";
import { CustomsRecord } from "./references";

@ObjectType()
@Entity()
export class Inspection extends CustomsRecord {
  @Text(200, { searchable: true })
  goods!: string;

  @DateOnly()
  inspectedOn!: string | null;
}

@InputType()
export class InspectionInput extends DepartmentRecordInput {
  @TextInput(200)
  goods!: string;

  @DateInput()
  inspectedOn?: string | null;
}
`,
  "policy.ts": `import { departmentWritePolicy } from "../../shared/auth/policies";
import { department } from "./department";

export const customsWritePolicy = departmentWritePolicy(department.name);
`,
  "demo.ts": `import type { EntityManager } from "typeorm";
import { Inspection } from "./inspection";

export async function seedCustomsDemo(manager: EntityManager): Promise<void> {
  await manager.save(manager.create(Inspection, { id: "demo-customs-1", provinceCode: "VN-30", goods: "Cà phê nhân", inspectedOn: "2019-05-02", classification: "PUBLIC", isDemo: true } as never));
}
`,
  "migrations/index.ts": `export const customsMigrations: Function[] = [];
`,
  "index.ts": `import type { SubgraphDefinition } from "../../shared/federation/subgraph";
import { recordResolvers } from "../../shared/records/record-resolvers";
import { seedCustomsDemo } from "./demo";
import { department } from "./department";
import { Inspection, InspectionInput } from "./inspection";
import { customsMigrations } from "./migrations";
import { customsWritePolicy } from "./policy";
import { CustomsAgency, CustomsProvince, CustomsTask } from "./references";

export const customsSubgraph: SubgraphDefinition = {
  name: department.name,
  department,
  entities: [Inspection],
  migrations: customsMigrations,
  resolvers: [recordResolvers(Inspection, InspectionInput, { one: "inspection", many: "inspections" }, "goods")],
  orphanedTypes: [CustomsAgency, CustomsTask, CustomsProvince],
  policy: customsWritePolicy,
  seedDemoData: seedCustomsDemo,
};

export default customsSubgraph;
`,
  "main.ts": `import "reflect-metadata";
import { runSubgraph } from "../../shared/federation/subgraph-main";
import { customsSubgraph } from "./index";

runSubgraph(customsSubgraph);
`,
};

const GENERATOR = `import type { DataSource } from "typeorm";
import type { Progress } from "./bulk";
import type { World } from "./world";

export async function seedDepartment(_db: DataSource, _world: World, _progress: Progress): Promise<void> {}
`;

function copyProject(to: string): void {
  const skip = new Set(["node_modules", "dist", "data", ".git", "coverage", "bench/results"]);
  fs.cpSync(REPOSITORY_ROOT, to, { recursive: true, filter: (source) => !skip.has(path.relative(REPOSITORY_ROOT, source)) });
  fs.symlinkSync(path.join(REPOSITORY_ROOT, "node_modules"), path.join(to, "node_modules"));
}

// the steps and the files they write do not depend on the departments' database: once, in the first pass
describeWithoutDatabase("adding a department takes the README's steps and no others", () => {
  const folder = temporaryDataDirectory("sixth-department");
  let copy = "";
  beforeAll(() => (copy = folder.directory));
  afterAll(() => folder.cleanup());

  it("composes, generates its deployment files, serves through the gateway and passes the project's own checks", async () => {
    copyProject(copy);
    // 1. The department's folder.
    for (const [file, text] of Object.entries(CUSTOMS)) {
      fs.mkdirSync(path.dirname(path.join(copy, "subgraphs/customs", file)), { recursive: true });
      fs.writeFileSync(path.join(copy, "subgraphs/customs", file), text);
    }
    // 2. Its manifest in the one list.
    const list = path.join(copy, "subgraphs/manifests.ts");
    fs.writeFileSync(
      list,
      fs
        .readFileSync(list, "utf8")
        .replace(
          "import { department as borderSecurity }",
          'import { department as customs } from "./customs/department";\nimport { department as borderSecurity }',
        )
        .replace("borderSecurity] as const", "borderSecurity, customs] as const"),
    );
    // 3. Its benchmark generator.
    fs.writeFileSync(path.join(copy, "bench/generation/customs.ts"), GENERATOR);
    // 4. The composed supergraph and the generated files.
    const npm = (...args: string[]) =>
      run("npm", ["run", "--silent", ...args], {
        cwd: copy,
        env: { ...process.env, HUB_DATA_DIR: path.join(copy, "data") },
        // compose builds the web app too, compressing every file and sizing every address
        timeout: 240_000,
      });
    await npm("compose");
    await npm("generate");
    // 5. Its MySQL schema, generated against a scratch database on the test server (CI always has one).
    if (process.env.HUB_TEST_MYSQL_URL) {
      await npm("migration:generate", "--", "customs", "CustomsInitial");
      const migrations = fs
        .readdirSync(path.join(copy, "subgraphs/customs/migrations"))
        .filter((file) => file.startsWith("CustomsInitial"));
      expect(migrations).toHaveLength(1);
      expect(fs.readFileSync(path.join(copy, "subgraphs/customs/migrations", migrations[0]), "utf8")).toContain(
        "CREATE TABLE \\`inspection\\`",
      );
    }

    expect(fs.readFileSync(path.join(copy, "gateway/supergraph.graphql"), "utf8")).toMatch(/type Inspection\b[\s\S]*CUSTOMS/);
    expect(fs.readFileSync(path.join(copy, "docker-compose.yml"), "utf8")).toContain("dist/subgraphs/customs/main.js");
    expect(fs.readFileSync(path.join(copy, "deploy/mysql-init/create-databases.sh"), "utf8")).toContain(" customs; do");
    expect(fs.readFileSync(path.join(copy, ".env.example"), "utf8")).toContain("HUB_CUSTOMS_DB_PASSWORD=");
    expect(fs.readFileSync(path.join(copy, "deploy/kubernetes/production/customs/resources.yaml"), "utf8")).toContain(
      "dist/subgraphs/customs/main.js",
    );
    expect(fs.readFileSync(path.join(copy, "deploy/kubernetes/production/gateway/resources.yaml"), "utf8")).toContain("name: CUSTOMS_URL");
    expect(fs.readFileSync(path.join(copy, "README.md"), "utf8")).toContain("| customs | 4006 | `CUSTOMS_PORT` | `CUSTOMS_URL` | HQ |");
    // the project's type check of the copy, tests included, runs on one core while the copied hub starts on the other
    const typecheck = run("npx", ["tsc", "-p", "tsconfig.json", "--noEmit"], { cwd: copy, timeout: 120_000 });
    typecheck.catch(() => undefined); // awaited below; a failure before then must not surface as an unhandled rejection

    // The whole hub from the copy, the sixth department included.
    const ports = {
      GATEWAY_PORT: 4800,
      PLANS_PORT: 4801,
      TRADE_PORT: 4802,
      TOURISM_PORT: 4803,
      FOREIGN_AFFAIRS_PORT: 4804,
      BORDER_SECURITY_PORT: 4805,
      CUSTOMS_PORT: 4806,
    };
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      HUB_DATA_DIR: path.join(copy, "data"),
      HUB_LOG_LEVEL: "warn",
      NODE_ENV: "development",
    };
    for (const [name, port] of Object.entries(ports)) env[name] = String(port);
    for (const name of Object.keys(env)) if (name.endsWith("_DATABASE_URL")) delete env[name];
    const hub = spawn(process.execPath, [path.join(copy, "dist/scripts/start.js")], { cwd: copy, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    hub.stdout.on("data", (chunk) => (output += chunk));
    hub.stderr.on("data", (chunk) => (output += chunk));
    try {
      for (let i = 0; !output.includes("The hub is up"); i++) {
        if (i > 600 || hub.exitCode !== null) throw new Error(`the copied hub did not come up:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(output).toContain("customs          http://127.0.0.1:4806/graphql");
      const token = await signDevelopmentToken(official({ provinceCode: "VN-30", agencyCode: "HQ", role: "editor" }));
      const response = await fetch(`http://127.0.0.1:${ports.GATEWAY_PORT}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({
          query: /* GraphQL */ `
            {
              inspections(provinceCode: "VN-30") {
                goods
                province {
                  name
                }
              }
            }
          `,
        }),
      });
      expect(await response.json()).toEqual({ data: { inspections: [{ goods: "Cà phê nhân", province: { name: "Gia Lai" } }] } });
    } finally {
      hub.kill("SIGTERM");
      await new Promise((resolve) => hub.once("exit", resolve));
    }
    await typecheck;
  }, 480_000);
});
