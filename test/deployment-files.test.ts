import fs from "node:fs";
import path from "node:path";
import { applyGenerated, deploymentFiles } from "../scripts/deployment-files";
import { REPOSITORY_ROOT } from "../shared/core/config";
import { DEPARTMENTS } from "../subgraphs/departments";
import { describeWithoutDatabase } from "./support/database-free";

describeWithoutDatabase("files that cannot import TypeScript are generated from the departments' manifests", () => {
  it.each(deploymentFiles(DEPARTMENTS).map((file) => [`${file.path}${file.section ? ` (${file.section})` : ""}`, file] as const))(
    "keeps %s current (npm run generate rewrites it)",
    (_name, file) => {
      const current = fs.readFileSync(path.join(REPOSITORY_ROOT, file.path), "utf8");
      expect(applyGenerated(current, file)).toBe(current);
    },
  );
});
