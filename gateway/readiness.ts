import { departmentFetch, isTimeout } from "../shared/core/transport";
import type { DependencyState } from "../shared/service/service";

/** Each department's own readiness (its database included), asked in parallel with a short timeout. */
export async function departmentsReadiness(urls: Record<string, string>, timeoutMs = 2000): Promise<DependencyState[]> {
  return Promise.all(
    Object.entries(urls).map(async ([name, url]) => {
      try {
        const token = process.env.HUB_OPS_TOKEN;
        const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
        const response = await departmentFetch()(new URL("/health/ready", url), { headers, timeoutMs });
        const body = (await response.json().catch(() => ({}))) as {
          status?: string;
          dependencies?: { name: string; state: string; reasons?: string[] }[];
        };
        if (response.ok && body.status === "degraded") {
          // it serves, not fully: the gateway says so, with the department's reasons
          const reasons = (body.dependencies ?? []).flatMap((d) => (d.reasons ?? []).map((reason) => `${d.name}: ${reason}`));
          return { name, state: "degraded" as const, reasons };
        }
        if (response.ok) return { name, state: "up" as const };
        const down = (body.dependencies ?? []).filter((d) => d.state === "down").map((d) => d.name);
        return { name, state: "down" as const, error: down.length ? `${down.join(", ")} down` : `status ${response.status}` };
      } catch (error) {
        return { name, state: "down" as const, error: isTimeout(error) ? "no answer" : "unreachable" };
      }
    }),
  );
}
