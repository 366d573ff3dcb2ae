import type { DependencyState } from "../shared/service/service";

/** Each department's own readiness (its database included), asked in parallel with a short timeout. */
export async function departmentsReadiness(urls: Record<string, string>, timeoutMs = 2000): Promise<DependencyState[]> {
  return Promise.all(
    Object.entries(urls).map(async ([name, url]) => {
      try {
        const token = process.env.HUB_OPS_TOKEN;
        const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
        const response = await fetch(new URL("/health/ready", url), { headers, signal: AbortSignal.timeout(timeoutMs) });
        if (response.ok) return { name, state: "up" as const };
        const body = (await response.json().catch(() => ({}))) as { dependencies?: { name: string; state: string }[] };
        const down = (body.dependencies ?? []).filter((d) => d.state !== "up").map((d) => d.name);
        return { name, state: "down" as const, error: down.length ? `${down.join(", ")} down` : `status ${response.status}` };
      } catch (error) {
        return { name, state: "down" as const, error: (error as Error).name === "TimeoutError" ? "no answer" : "unreachable" };
      }
    }),
  );
}
