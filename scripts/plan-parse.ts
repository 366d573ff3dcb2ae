import fs from "node:fs";
import { parsePlanDocument, PlanDocumentError } from "../subgraphs/plans/import/parser/parse-plan";

/**
 * `npm run --silent plan:parse -- FILE`: prints the plan as one JSON object
 * (contract/plan-document.schema.json) and nothing else; a file that cannot be
 * read or is not a plan exits 1 with a one-line reason on standard error.
 */
function main(): void {
  const file = process.argv[2];
  if (!file) throw new PlanDocumentError("usage: npm run --silent plan:parse -- FILE");
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    throw new PlanDocumentError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  process.stdout.write(`${JSON.stringify(parsePlanDocument(text), null, 2)}\n`);
}

try {
  main();
} catch (error) {
  process.stderr.write(`${(error instanceof Error ? error.message : String(error)).split("\n")[0]}\n`);
  process.exit(1);
}
