import { problemWording } from "./problems";

/** A file's bytes in base64, as the API takes uploaded documents (a plan to import, a report's file). */
export async function base64Of(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Why the server refused a file or document request, in the reader's language (its JSON error's code, or its status). */
export async function refusalOf(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as { errors?: { extensions?: Record<string, unknown> }[] } | null;
  return problemWording(body?.errors?.[0]?.extensions ?? { code: `HTTP_${response.status}` });
}

/** Saves bytes fetched with the official's token (a link could not carry it) under the server's file name. */
export async function download(url: string, token: string | undefined): Promise<void> {
  const response = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!response.ok) {
    throw new Error(await refusalOf(response));
  }
  const disposition = response.headers.get("content-disposition") ?? "";
  const name = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1] ?? /filename="([^"]+)"/.exec(disposition)?.[1] ?? "document";
  const link = document.createElement("a");
  link.href = URL.createObjectURL(await response.blob());
  link.download = decodeURIComponent(name);
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
