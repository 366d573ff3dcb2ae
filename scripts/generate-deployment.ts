import fs from "node:fs";
import path from "node:path";
import { REPOSITORY_ROOT } from "../shared/core/config";
import { DEPARTMENTS } from "../subgraphs/departments";
import { applyGenerated, deploymentFiles } from "./deployment-files";

/** `npm run generate`: rewrites the deployment files and README tables from the departments' manifests. */
const written = new Set<string>();
for (const file of deploymentFiles(DEPARTMENTS)) {
  const target = path.join(REPOSITORY_ROOT, file.path);
  const current = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : null;
  const next = applyGenerated(current, file);
  if (next !== current) {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, next, { mode: file.path.endsWith(".sh") ? 0o755 : 0o644 });
    written.add(file.path);
  }
}
console.log(written.size ? `Wrote ${[...written].join(", ")}.` : "Every generated file is current.");
