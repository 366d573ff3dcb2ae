import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** What the benchmark must undo on the way out, newest first. */
const steps: { label: string; run: () => unknown }[] = [];
let exiting: Promise<void> | undefined;
let stopping = false;

export class Interrupted extends Error {
  constructor() {
    super("interrupted");
  }
}

export function atExit(label: string, run: () => unknown): void {
  steps.push({ label, run });
}

/** Runs every registered step once, newest first; a failing step does not stop the others. Safe to call twice. */
export function runExitSteps(): Promise<void> {
  exiting ??= (async () => {
    while (steps.length > 0) {
      const step = steps.pop()!;
      try {
        await step.run();
      } catch (error) {
        process.stderr.write(`[bench] could not stop ${step.label}: ${(error as Error).message}\n`);
      }
    }
  })();
  return exiting;
}

export function interrupted(): boolean {
  return stopping;
}

/** Long loops call this between steps, so a signal stops them; it also lets the event loop see the signal. */
export async function checkpoint(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  if (stopping) throw new Interrupted();
}

const SIGNALS: NodeJS.Signals[] = ["SIGINT", "SIGTERM"];

function onSignal(signal: NodeJS.Signals): void {
  const code = signal === "SIGINT" ? 130 : 143;
  if (stopping) process.exit(code);
  stopping = true;
  process.stderr.write(`\n[bench] ${signal}: stopping everything it started…\n`);
  void runExitSteps().finally(() => process.exit(code));
}

/** On SIGINT or SIGTERM: stop everything started, then exit (a second signal exits at once). */
export function stopOnSignals(): void {
  for (const signal of SIGNALS) process.on(signal, onSignal);
}

/**
 * Removes the signal handlers servers install (Apollo Server stops itself and
 * re-sends the signal, which would end the run before the databases are
 * emptied): the exit steps stop every server in order.
 */
export function claimSignals(): void {
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) if (listener !== onSignal) process.removeListener(signal, listener as never);
  }
}

/**
 * A temporary folder for the run's embedded databases and development keys
 * (tokens are signed with keys made for this run only), removed at exit
 * whichever way the process ends.
 */
export function createWorkspace(): string {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "hub-bench-"));
  const remove = () => fs.rmSync(directory, { recursive: true, force: true });
  atExit("temporary files", remove);
  process.on("exit", remove);
  process.env.HUB_KEYS_DIR = path.join(directory, "keys");
  return directory;
}
