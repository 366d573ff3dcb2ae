import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Request, RequestHandler } from "express";
import { parse, print } from "graphql";
import { ROLES, type Role, type Viewer } from "../shared/auth/identity";
import { REPOSITORY_ROOT } from "../shared/core/config";
import { errorBody } from "../shared/service/http-safety";
import { REQUEST_LIMITS } from "./request-limits";

/**
 * Trusted documents: the operations the hub's own clients send (the web
 * app's, the public contract's, and those a department registered), listed
 * by SHA-256 in a manifest built with the web app. A client sends the id
 * instead of the text; in production the gateway runs only the manifest's
 * documents, so a caller cannot probe the schema or craft an expensive query.
 */

/** One document of the manifest (`gateway/trusted-documents/manifest.json`). */
export interface TrustedDocument {
  /** SHA-256 of `body`, in hexadecimal: what a client sends as `documentId`. */
  id: string;
  /** Which client sends it: "web app", "contract" or a registered client's folder name. */
  client: string;
  name: string;
  body: string;
}

export const MANIFEST_FILE = path.join(REPOSITORY_ROOT, "gateway/trusted-documents/manifest.json");

export const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** A document's text in graphql-js's printed form, so a client's own spacing, comments or field order of arguments do not matter. */
function normalised(text: string): string | null {
  try {
    return print(parse(text, { noLocation: true, maxTokens: REQUEST_LIMITS.maxTokens }));
  } catch {
    return null;
  }
}

export class TrustedManifest {
  private readonly byId = new Map<string, TrustedDocument>();
  private readonly printed = new Set<string>();

  constructor(readonly documents: readonly TrustedDocument[]) {
    for (const document of documents) {
      if (sha256(document.body) !== document.id)
        throw new Error(`Trusted document ${document.name}: its id is not the SHA-256 of its text.`);
      this.byId.set(document.id, document);
      const printed = normalised(document.body);
      if (printed) this.printed.add(sha256(printed));
    }
  }

  static read(file = MANIFEST_FILE): TrustedManifest {
    if (!fs.existsSync(file)) throw new Error(`There is no ${path.relative(REPOSITORY_ROOT, file)}: npm run codegen writes it.`);
    return new TrustedManifest((JSON.parse(fs.readFileSync(file, "utf8")) as { documents: TrustedDocument[] }).documents);
  }

  /** The text of the document with this id (`sha256:` prefix or not), if it is trusted. */
  textOf(id: string): string | undefined {
    return this.byId.get(id.replace(/^sha256:/, ""))?.body;
  }

  /** Whether a client's text is one of the manifest's documents, however it is spaced. */
  trusts(text: string): boolean {
    if (this.byId.has(sha256(text))) return true;
    const printed = normalised(text);
    return printed !== null && this.printed.has(sha256(printed));
  }
}

export interface TrustedDocumentsOptions {
  /** Refuse every document outside the manifest (`HUB_TRUSTED_DOCUMENTS=enforce`; the default in production). */
  enforce: boolean;
  /** Roles that may still send any document, for example admins in GraphiQL (`HUB_TRUSTED_DOCUMENTS_ANY_FOR_ROLES=admin`). */
  anyDocumentRoles: ReadonlySet<Role>;
}

/** The settings, read once at start: a bad value stops the gateway naming the variable. */
export function trustedDocumentsSettings(env: NodeJS.ProcessEnv = process.env): TrustedDocumentsOptions {
  const mode = env.HUB_TRUSTED_DOCUMENTS ?? "";
  if (mode !== "" && mode !== "enforce" && mode !== "off")
    throw new Error(`HUB_TRUSTED_DOCUMENTS must be "enforce" or "off", got "${mode}"`);
  const roles = (env.HUB_TRUSTED_DOCUMENTS_ANY_FOR_ROLES ?? "")
    .split(",")
    .map((role) => role.trim())
    .filter(Boolean);
  for (const role of roles)
    if (!ROLES.includes(role as Role))
      throw new Error(`HUB_TRUSTED_DOCUMENTS_ANY_FOR_ROLES lists "${role}", which is not a role (${ROLES.join(", ")})`);
  return { enforce: mode === "" ? env.NODE_ENV === "production" : mode === "enforce", anyDocumentRoles: new Set(roles as Role[]) };
}

function objectOrEmpty(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/**
 * Apollo Server's persisted-query store, holding the manifest and nothing
 * else: an id runs its manifest document, and a client's attempt to register
 * a new one (Apollo's automatic persisted queries) stores nothing.
 */
export function manifestStore(manifest: TrustedManifest) {
  return {
    cache: {
      // Apollo prefixes its keys ("apq:"); the id is what follows.
      get: async (key: string) => manifest.textOf(key.slice(key.lastIndexOf(":") + 1)),
      set: async () => undefined,
      delete: async () => false,
    },
  };
}

/**
 * Before Apollo reads a request: `documentId` (the GraphQL-over-HTTP form)
 * becomes Apollo's `extensions.persistedQuery`, and a document sent as text
 * must be in the manifest — unless the signed-in caller's role may send any —
 * or it is refused with `OPERATION_NOT_TRUSTED` before it is even parsed.
 */
export function trustedDocuments(
  manifest: TrustedManifest,
  options: TrustedDocumentsOptions,
  /** Who is asking: the request's one verification of its bearer token, shared with the rate limits and the context. */
  viewerOf: (req: Request) => Promise<Viewer>,
): RequestHandler {
  return async (req, res, next) => {
    let text: unknown;
    if (req.method === "POST") {
      const body = objectOrEmpty(req.body);
      if (typeof body.documentId === "string") {
        body.extensions = {
          ...objectOrEmpty(body.extensions),
          persistedQuery: { version: 1, sha256Hash: body.documentId.replace(/^sha256:/, "") },
        };
        delete body.documentId;
      }
      text = body.query;
    } else text = objectOrEmpty(req.query).query;
    // Without text, Apollo runs the manifest's document with that id, or answers PersistedQueryNotFound.
    if (!options.enforce || typeof text !== "string" || text === "" || manifest.trusts(text)) return next();
    if (options.anyDocumentRoles.size > 0) {
      const viewer = await viewerOf(req).catch(() => null);
      if (viewer && !viewer.anonymous && options.anyDocumentRoles.has(viewer.role)) return next();
    }
    res
      .status(400)
      .json(
        errorBody(
          "This operation is not one of the hub's trusted documents: send the id of a registered document (docs/api.md, “Trusted documents”).",
          "OPERATION_NOT_TRUSTED",
        ),
      );
  };
}
