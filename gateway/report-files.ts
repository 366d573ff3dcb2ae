import { randomUUID } from "node:crypto";
import type { ApolloServer } from "@apollo/server";
import type express from "express";
import type { Official } from "../shared/auth/identity";
import type { UserTokenVerifier } from "../shared/auth/user-tokens";
import { errorBody } from "../shared/service/http-safety";
import type { GatewayContext } from "./departments";

/** The signed-in official a REST route acts as; null once it has answered 401 itself. */
export async function signedIn(req: express.Request, res: express.Response, authenticate: UserTokenVerifier): Promise<Official | null> {
  let viewer;
  try {
    viewer = await authenticate(req.header("authorization"));
  } catch {
    res.status(401).json(errorBody("The bearer token was not accepted.", "UNAUTHENTICATED"));
    return null;
  }
  if (viewer.anonymous) {
    res.status(401).json(errorBody("Sign in: documents are read and written as the official you are.", "UNAUTHENTICATED"));
    return null;
  }
  return viewer;
}

const FILE = /* GraphQL */ `
  query ReportFileDownload($reportId: ID!) {
    reportFile(reportId: $reportId) {
      fileName
      fileType
      fileSha256
      content
    }
  }
`;

/**
 * `GET /reports/:id/file`: a report's document as the agency sent it, for
 * whoever may read the report (the plans department's read rule decides,
 * through the hub, as for any other read).
 */
export function reportFileRoute(app: express.Express, apollo: ApolloServer<GatewayContext>, authenticate: UserTokenVerifier): void {
  app.get("/reports/:id/file", async (req, res) => {
    const viewer = await signedIn(req, res, authenticate);
    if (!viewer) return;
    const answer = await apollo.executeOperation(
      { query: FILE, operationName: "ReportFileDownload", variables: { reportId: req.params.id } },
      { contextValue: { requestId: randomUUID(), viewer } },
    );
    const result = answer.body.kind === "single" ? answer.body.singleResult : null;
    const error = result?.errors?.[0];
    if (error) {
      const code = String(error.extensions?.code ?? "INTERNAL_SERVER_ERROR");
      const status = code === "NOT_FOUND" ? 404 : code.startsWith("DEPARTMENT_") ? 503 : code === "FORBIDDEN" ? 403 : 500;
      res.status(status).json(errorBody(error.message, code));
      return;
    }
    const file = (result?.data as { reportFile: { fileName: string; fileType: string; fileSha256: string; content: string } | null })
      ?.reportFile;
    if (!file) {
      res.status(404).json(errorBody("This report was recorded without its file.", "NOT_FOUND"));
      return;
    }
    res
      .set("content-type", file.fileType)
      .set("content-disposition", `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
      .set("x-content-sha256", file.fileSha256)
      .set("x-content-type-options", "nosniff")
      .set("cache-control", "no-store")
      .send(Buffer.from(file.content, "base64"));
  });
}
