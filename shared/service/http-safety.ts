import express, { type ErrorRequestHandler, type RequestHandler } from "express";
import { Kind, parse, type OperationDefinitionNode } from "graphql";
import helmet from "helmet";
import type { Logger } from "pino";

/**
 * What every service's HTTP layer does before and after GraphQL: security
 * headers, a JSON body read strictly, and one coded JSON answer for anything
 * that goes wrong — never an HTML page, a stack trace or a file path, in
 * development as in production.
 */

/** One error in the shape GraphQL clients already read. */
export function errorBody(
  message: string,
  code: string,
  /** `reason` and figures, as GraphQL errors carry them, for a reader's own wording. */
  extensions: Record<string, unknown> = {},
): { errors: { message: string; extensions: { code: string } & Record<string, unknown> }[] } {
  return { errors: [{ message, extensions: { code, ...extensions } }] };
}

/**
 * `helmet`'s headers. The only HTML the hub serves (GraphiQL, the web app)
 * loads scripts and styles from its own origin; GraphiQL's editor sets
 * inline styles and data: images, nothing else. `connectSources` adds
 * origins the page may call and frame (the OIDC provider the web app signs
 * in with, which renews a session in a hidden frame).
 */
export function securityHeaders(connectSources: string[] = []): RequestHandler {
  const headers = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'", ...connectSources],
        ...(connectSources.length ? { frameSrc: ["'self'", ...connectSources] } : {}),
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: "deny" },
    referrerPolicy: { policy: "no-referrer" },
    // Plain HTTP on a closed network is a supported deployment: HSTS goes with HTTPS only (below).
    strictTransportSecurity: false,
  });
  return (req, res, next) => {
    // Served over HTTPS (HUB_TLS_CERT_FILE): browsers are told to keep to it. A TLS edge in front of the hub sends its own.
    if (req.secure) res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    headers(req, res, next);
  };
}

/** The largest request body a service reads: room for a long plan document sent to `importPlan` as text. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** The largest document file a service takes (an importer reads no more). */
export const UPLOAD_FILE_BYTES = 5 * 1024 * 1024;

/** The largest request carrying a document's file: the file in base64 (8 characters for 6 bytes), with room for the query. */
export const UPLOAD_BODY_BYTES = Math.ceil((UPLOAD_FILE_BYTES * 4) / 3) + 64 * 1024;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function wellFormed(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return !LONE_SURROGATE.test(value);
  if (depth > 64 || value === null || typeof value !== "object") return true;
  for (const [key, item] of Object.entries(value)) if (LONE_SURROGATE.test(key) || !wellFormed(item, depth + 1)) return false;
  return true;
}

export interface JsonBodyOptions {
  /** Sees the body's bytes as they came (the subgraph checks the gateway's signature over them). */
  onRaw?: (req: express.Request, raw: Buffer) => void;
  /** Root fields that take a document's file: a request of them alone may be up to UPLOAD_BODY_BYTES. */
  documentUploads?: readonly string[];
  /** The header a larger request must carry (a signed-in caller's, the gateway's identity): nobody anonymous sends megabytes. */
  uploadsNeedHeader?: string;
}

/** Whether a GraphQL request asks only for `fields` at its root (a document the size of a file, nothing else). */
function asksOnly(body: unknown, fields: readonly string[]): boolean {
  const { query, operationName } = (body ?? {}) as { query?: unknown; operationName?: unknown };
  if (typeof query !== "string") return false;
  try {
    const document = parse(query, { maxTokens: 2000 });
    const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    const operation = typeof operationName === "string" ? operations.find((o) => o.name?.value === operationName) : operations[0];
    if (!operation || (operations.length > 1 && typeof operationName !== "string")) return false;
    return operation.selectionSet.selections.every(
      (s) => s.kind === Kind.FIELD && (fields.includes(s.name.value) || s.name.value === "__typename"),
    );
  } catch {
    return false;
  }
}

/**
 * Reads a UTF-8 JSON body of at most MAX_BODY_BYTES — or UPLOAD_BODY_BYTES
 * for a request of `documentUploads` alone, announced by its length and
 * carrying `uploadsNeedHeader` — and refuses text that is not Unicode (a
 * lone surrogate) before any resolver or database sees it.
 */
export function jsonBody(options: JsonBodyOptions = {}): RequestHandler[] {
  const verify = options.onRaw ? (req: unknown, _res: unknown, raw: Buffer) => options.onRaw!(req as express.Request, raw) : undefined;
  const small = express.json({ limit: MAX_BODY_BYTES, verify });
  const large = express.json({ limit: UPLOAD_BODY_BYTES, verify });
  const uploads = options.documentUploads ?? [];
  return [
    (req, res, next) => {
      const length = Number(req.header("content-length"));
      const mayUpload =
        uploads.length > 0 &&
        length > MAX_BODY_BYTES &&
        length <= UPLOAD_BODY_BYTES &&
        (!options.uploadsNeedHeader || Boolean(req.header(options.uploadsNeedHeader)));
      if (!mayUpload) return small(req, res, next);
      large(req, res, (error?: unknown) => {
        if (error) return next(error);
        if (asksOnly(req.body, uploads)) return next();
        next(Object.assign(new Error("request entity too large"), { type: "entity.too.large", status: 413 }));
      });
    },
    (req, res, next) => {
      if (wellFormed(req.body) && wellFormed(req.query)) return next();
      res.status(400).json(errorBody("The request holds text that is not valid Unicode (a lone surrogate).", "BAD_REQUEST"));
    },
  ];
}

/** What the body reader and the router may raise, as a status and a sentence for the client. */
function describe(error: {
  type?: string;
  status?: number;
  statusCode?: number;
  code?: string;
}): { status: number; message: string; code: string } | null {
  switch (error.type) {
    case "entity.too.large":
      return {
        status: 413,
        message: `The request is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB; one that sends a document's file, signed in and alone, may carry a file of up to ${UPLOAD_FILE_BYTES / 1024 / 1024} MB.`,
        code: "PAYLOAD_TOO_LARGE",
      };
    case "entity.parse.failed":
      return { status: 400, message: "The request body is not valid JSON.", code: "BAD_REQUEST" };
    case "charset.unsupported":
      return { status: 415, message: "The request body must be JSON in UTF-8.", code: "UNSUPPORTED_MEDIA_TYPE" };
    case "encoding.unsupported":
      return {
        status: 415,
        message: "The request's Content-Encoding is not supported (use gzip, deflate, br or none).",
        code: "UNSUPPORTED_MEDIA_TYPE",
      };
    case "request.aborted":
    case "request.size.invalid":
      return { status: 400, message: "The request body was cut short.", code: "BAD_REQUEST" };
  }
  if (typeof error.code === "string" && error.code.startsWith("Z_")) {
    return { status: 400, message: "The request body could not be decompressed.", code: "BAD_REQUEST" };
  }
  const status = error.status ?? error.statusCode;
  if (typeof status === "number" && status >= 400 && status < 500)
    return { status, message: "The request could not be read.", code: "BAD_REQUEST" };
  return null;
}

/** The last handler: every error becomes coded JSON; anything unforeseen is logged and answered as a bare 500. */
export function jsonErrors(logger: Logger): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    const known = describe(error ?? {});
    if (known) {
      res.status(known.status).json(errorBody(known.message, known.code));
      return;
    }
    logger.error({ error: error instanceof Error ? error.message : String(error) }, "http request failed");
    res.status(500).json(errorBody("Internal server error.", "INTERNAL_SERVER_ERROR"));
  };
}

/** Unknown paths: a JSON 404 rather than the framework's HTML page. */
export function notFoundJson(): RequestHandler {
  return (_req, res) => {
    res.status(404).json(errorBody("Nothing is served at this address.", "NOT_FOUND"));
  };
}
