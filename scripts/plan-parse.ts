// a command is a composition root: every department registered (shared/core/departments.ts)
import "../subgraphs/departments";
import fs from "node:fs";
import { PlanDocumentError } from "../subgraphs/plans/import/parser/parse-plan";
import { readPlan } from "../subgraphs/plans/import/read-plan";

/**
 * `npm run --silent plan:parse -- FILE` (Word, PDF, HTML, Markdown or text): prints the plan as one JSON object
 * (contract/plan-document.schema.json) and nothing else; a file that cannot be
 * read or is not a plan exits 1 with a one-line reason on standard error.
 */
async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) throw new PlanDocumentError("usage: npm run --silent plan:parse -- FILE");
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw new PlanDocumentError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  // Word, PDF, HTML, Markdown or plain text, told apart by the content.
  const { document } = await readPlan({ file: bytes });
  process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error instanceof Error ? error.message : String(error)).split("\n")[0]}\n`);
  process.exit(1);
});
