import { runWorkerTask, type WorkerTask } from "../../../shared/service/worker-pool";
import { PlanDocumentError } from "./parser/errors";
import type { PlanDocument } from "./plan-document";
import { readPlan, type PlanSource } from "./read-plan";

/** What the worker answers: the plan, or why the file is refused (an error's class does not cross threads, so it is data). */
export type PlanReading =
  | { document: PlanDocument; refusal?: undefined }
  | { refusal: { message: string; code: string; params: Record<string, string | number> }; document?: undefined };

/**
 * The plan-reading worker (`plan-reader.ts` runs it in a pool): reads one
 * document. A scan asks the pool for OCR's time before OCR starts: its own
 * limits (pages, each page's time, the whole scan's) stop it well before.
 */
export default function readPlanInWorker(task: WorkerTask<PlanSource>): Promise<PlanReading> {
  return runWorkerTask(task, async (source, control) => {
    try {
      return { document: (await readPlan(source, { beforeOcr: (limitMs) => control.extendTimeLimit(limitMs) })).document };
    } catch (error) {
      if (!(error instanceof PlanDocumentError)) throw error;
      return { refusal: { message: error.message, code: error.code, params: error.params } };
    }
  });
}
