import path from "node:path";
import { MessageChannel, type MessagePort } from "node:worker_threads";
import { Piscina } from "piscina";
import { busy } from "../core/errors";

/**
 * Work on untrusted input (reading an uploaded file) off the service's event
 * loop: a pool of worker threads (piscina) with a time limit counted from the
 * moment a worker takes the task, a memory limit per worker, and a bounded
 * queue. The service keeps answering its reads however hostile the input;
 * work beyond the queue is refused at once with `BUSY` and a `retryAfter`.
 */
export interface WorkerPoolOptions {
  /** What the pool does, for messages: "plan reading". */
  name: string;
  /** The worker module: its default export takes the task and returns the result. `.ts` when running from the sources (tests). */
  filename: string;
  /** Worker threads (each can use a core). */
  threads: number;
  /** Tasks that may wait for a thread; more are refused with BUSY. */
  queue: number;
  /** How long one task may run once a worker has taken it. */
  timeoutMs: number;
  /**
   * The longest a task may run when it asks for more time, finding its input
   * needs slow work of its own limits (a scan read by OCR): from the start,
   * at most this. Without it a task's time is `timeoutMs`, whatever it asks.
   */
  longestTimeoutMs?: number;
  /** The heap one worker may grow to; beyond it the worker is stopped. */
  memoryMb: number;
}

/** A task stopped at one of the pool's limits: the input is what the caller should be told about. */
export class WorkLimitExceeded extends Error {
  constructor(
    readonly limit: "time" | "memory" | "stack",
    message: string,
  ) {
    super(message);
    this.name = "WorkLimitExceeded";
  }
}

/** What a worker module receives: the caller's input, and a port it signals on when it starts (and when it needs more time). */
export interface WorkerTask<I> {
  input: I;
  started: MessagePort;
}

/** What a task may ask of its pool while it runs. */
export interface WorkerTaskControl {
  /** `ms` more than the pool's time limit, counted from the task's start, up to the pool's `longestTimeoutMs`. */
  extendTimeLimit(ms: number): void;
}

/** For a worker module: tells the pool the task has started (its time limit runs from here), then does the work. */
export async function runWorkerTask<I, O>(task: WorkerTask<I>, work: (input: I, control: WorkerTaskControl) => Promise<O> | O): Promise<O> {
  task.started.postMessage("started");
  try {
    return await work(task.input, { extendTimeLimit: (ms) => task.started.postMessage({ extendMs: ms }) });
  } finally {
    task.started.close();
  }
}

/** A module the pool can load: compiled JavaScript as it is; TypeScript sources through a small loader (tests run the sources). */
function loadable(filename: string): { filename: string; workerData?: unknown } {
  if (!filename.endsWith(".ts")) return { filename };
  return { filename: path.join(__dirname, "typescript-worker.cjs"), workerData: { module: filename } };
}

export interface WorkerPool<I, O> {
  run(input: I): Promise<O>;
  close(): Promise<void>;
}

export function createWorkerPool<I, O>(options: WorkerPoolOptions): WorkerPool<I, O> {
  const pool = new Piscina({
    ...loadable(options.filename),
    minThreads: 0,
    maxThreads: options.threads,
    idleTimeout: 60_000,
    resourceLimits: { maxOldGenerationSizeMb: options.memoryMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
  });
  // Counted here, not left to piscina's maxQueue, which lets tasks with an abort signal past it.
  let accepted = 0;
  return {
    async run(input: I): Promise<O> {
      if (accepted >= options.threads + options.queue) throw busy(options.name, Math.ceil(options.timeoutMs / 1000));
      accepted += 1;
      const { port1, port2 } = new MessageChannel();
      const controller = new AbortController();
      let timer: NodeJS.Timeout | undefined;
      let startedAt = 0;
      let limitMs = options.timeoutMs;
      const stopAt = (ms: number) => {
        clearTimeout(timer);
        limitMs = ms;
        timer = setTimeout(() => controller.abort(), Math.max(0, startedAt + ms - Date.now()));
      };
      port1.on("message", (message: "started" | { extendMs: number }) => {
        if (message === "started") {
          startedAt = Date.now();
          stopAt(options.timeoutMs);
        } else if (startedAt && typeof message?.extendMs === "number" && options.longestTimeoutMs)
          stopAt(Math.min(options.longestTimeoutMs, Math.max(limitMs, options.timeoutMs + message.extendMs)));
      });
      try {
        const task: WorkerTask<I> = { input, started: port2 };
        return (await pool.run(task, { transferList: [port2] as never, signal: controller.signal })) as O;
      } catch (error) {
        throw refusalOf(error, { ...options, timeoutMs: limitMs });
      } finally {
        accepted -= 1;
        clearTimeout(timer);
        port1.close();
      }
    },
    close: () => pool.close({ force: true }),
  };
}

/** The pool's own refusals in words for the caller; anything else (a defect) as it is. */
function refusalOf(error: unknown, options: WorkerPoolOptions): unknown {
  const { name, code, message } = (error ?? {}) as { name?: string; code?: string; message?: string };
  if (name === "AbortError") return new WorkLimitExceeded("time", `it took longer than ${Math.round(options.timeoutMs / 1000)} s`);
  if (code === "ERR_WORKER_OUT_OF_MEMORY") return new WorkLimitExceeded("memory", `it needed more than ${options.memoryMb} MB of memory`);
  if (name === "RangeError" && /call stack/i.test(message ?? "")) return new WorkLimitExceeded("stack", "it is nested too deeply");
  return error;
}
