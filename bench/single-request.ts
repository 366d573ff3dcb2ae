import type { BenchHub } from "./hub";
import { checkpoint } from "./lifecycle";

export interface SingleRequest {
  status: number;
  /** SQL statements the five databases ran for it. */
  sqlQueries: number;
  /** Requests the subgraphs received for it. */
  subgraphFetches: number;
  responseBytes: number;
  milliseconds: number;
  errors: string[];
  /** Top-level fields of `data` that came back null or empty. */
  emptyFields: string[];
}

/** Sends one request once the hub is idle, and reads what it cost from the databases' counters. */
export async function singleRequest(hub: BenchHub, url: string, headers: Record<string, string>, body: string): Promise<SingleRequest> {
  await checkpoint();
  await hub.idle();
  const queriesBefore = hub.totalQueries();
  const fetchesBefore = hub.subgraphRequests();
  const started = performance.now();
  const response = await fetch(url, { method: "POST", headers, body });
  const text = await response.text();
  const milliseconds = performance.now() - started;
  const errors: string[] = [];
  let data: Record<string, unknown> | null = null;
  try {
    const parsed = JSON.parse(text) as { data?: Record<string, unknown> | null; errors?: { message: string }[] };
    errors.push(...(parsed.errors ?? []).map((e) => e.message));
    data = parsed.data ?? null;
  } catch {
    errors.push(`unreadable response: ${text.slice(0, 200)}`);
  }
  if (!response.ok) errors.unshift(`HTTP ${response.status}`);
  const emptyFields = Object.entries(data ?? {})
    .filter(([, value]) => value === null || (Array.isArray(value) && value.length === 0))
    .map(([field]) => field);
  return {
    status: response.status,
    sqlQueries: hub.totalQueries() - queriesBefore,
    subgraphFetches: hub.subgraphRequests() - fetchesBefore,
    responseBytes: Buffer.byteLength(text),
    milliseconds,
    errors,
    emptyFields,
  };
}
