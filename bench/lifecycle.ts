import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** What the benchmark must undo on the way out, newest first. */
const steps: { label: string; run: () => unknown }[] = [];

export function atExit(label: string, run: () => unknown): void {
  steps.push({ label, run });
}

/** Runs every registered step once, in reverse order; a failing step does not stop the others. */
export async function runExitSteps(): Promise<void> {
  while (steps.length > 0) {
    const step = steps.pop()!;
    try {
      await step.run();
    } catch (error) {
      process.stderr.write(`[bench] could not stop ${step.label}: ${(error as Error).message}\n`);
    }
  }
}

/** On SIGINT or SIGTERM: stop everything started, then exit (a second signal exits at once). */
export function stopOnSignals(): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    const code = signal === "SIGINT" ? 130 : 143;
    if (stopping) process.exit(code);
    stopping = true;
    process.stderr.write(`\n[bench] ${signal}: stopping everything it started…\n`);
    void runExitSteps().finally(() => process.exit(code));
  };
  process.on("SIGINT", handler);
  process.on("SIGTERM", handler);
}

/**
 * A temporary folder for the run's embedded databases and development keys
 * (tokens are signed with keys made for this run only); removed at exit.
 */
export function createWorkspace(): string {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "hub-bench-"));
  atExit("temporary files", () => fs.rmSync(directory, { recursive: true, force: true }));
  process.env.HUB_KEYS_DIR = path.join(directory, "keys");
  return directory;
}
