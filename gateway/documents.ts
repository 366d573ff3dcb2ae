import { randomUUID } from "node:crypto";
import type { ApolloServer } from "@apollo/server";
import express from "express";
import { operates, type Viewer } from "../shared/auth/identity";
import type { UserTokenVerifier } from "../shared/auth/user-tokens";
import { periodDates } from "../shared/core/calendar";
import { todayInVietnam } from "../shared/core/functions";
import {
  documentOptions,
  LETTERS_DATA,
  pickSigner,
  readRequest,
  REPORT_DATA,
  reportData,
  type SignatoryAnswer,
} from "../shared/documents/document-request";
import { provinceReport, reminderLetters } from "../shared/documents/province-report";
import { errorBody } from "../shared/service/http-safety";
import type { GatewayContext } from "./departments";
import { signedIn } from "./report-files";

/**
 * `POST /documents/province-report` and `POST /documents/reminder-letters`:
 * the department in charge of foreign information's documents, generated
 * here from one query through the hub as the requesting official (so they
 * hold only what that official may read) and returned as .docx. One
 * operation per document, the same for the web app and the command line
 * (`npm run document`). A document that prints a state secret is entered
 * in the register of outgoing secret documents before it is returned —
 * refused, and not returned, when its requester may not register it.
 */
const REGISTER = /* GraphQL */ `
  mutation RegisterOutgoingSecretDocument($input: OutgoingSecretDocumentInput!) {
    registerOutgoingSecretDocument(input: $input) {
      id
    }
  }
`;

/** Whether the requester reads every incident the border department keeps (SECRET ones included): only then may "none" be said. */
function readsAllIncidents(viewer: Viewer): boolean {
  return !viewer.anonymous && viewer.clearance === "SECRET" && operates(viewer, "borderSecurity");
}

export function documentRoutes(app: express.Express, apollo: ApolloServer<GatewayContext>, authenticate: UserTokenVerifier): void {
  const handle = (kind: "report" | "letters") => async (req: express.Request, res: express.Response) => {
    const viewer = await signedIn(req, res, authenticate);
    if (!viewer) return;
    const request = readRequest(req.body);
    if (typeof request === "string") {
      res.status(400).json(errorBody(request, "BAD_USER_INPUT"));
      return;
    }
    const contextValue: GatewayContext = { requestId: randomUUID(), viewer };
    const date = request.date ?? todayInVietnam();
    const period = periodDates(request.period, request.year);
    const answer = await apollo.executeOperation(
      kind === "report"
        ? {
            query: REPORT_DATA,
            operationName: "ProvinceReportData",
            variables: { provinceCode: request.provinceCode, year: request.year, on: date, until: period.until },
          }
        : {
            query: LETTERS_DATA,
            operationName: "ReminderLettersData",
            variables: { provinceCode: request.provinceCode, year: request.year, on: date },
          },
      { contextValue },
    );
    const result = answer.body.kind === "single" ? answer.body.singleResult : null;
    if (!result?.data || !(result.data as any).province) {
      const down = (result?.errors ?? []).filter((e) => String(e.extensions?.code).startsWith("DEPARTMENT_"));
      res
        .status(down.length ? 503 : 404)
        .json(
          errorBody(
            down.length
              ? "A department is not answering: the document would leave out what it holds. Try again shortly."
              : "No such province.",
            down.length ? "DEPARTMENT_UNAVAILABLE" : "NOT_FOUND",
          ),
        );
      return;
    }
    // a document with a part missing would say less than is true: none is made while a department does not answer
    const missing = (result.errors ?? []).filter((e) => String(e.extensions?.code).startsWith("DEPARTMENT_"));
    if (missing.length) {
      res
        .status(503)
        .json(
          errorBody(
            `The ${missing.map((e) => e.extensions?.department).join(", ")} department is not answering: no document is made without its part. Try again shortly.`,
            "DEPARTMENT_UNAVAILABLE",
          ),
        );
      return;
    }
    const data = reportData(result.data, readsAllIncidents(viewer));
    const signer = pickSigner(
      data,
      ((result.data as any).province.foreignInformationAuthority.signatories ?? []) as SignatoryAnswer[],
      request,
      date,
    );
    if (typeof signer === "string") {
      res.status(400).json(
        errorBody(signer, "BAD_USER_INPUT", {
          reason: request.signatoryId ? "SIGNATORY_UNKNOWN" : "NO_SIGNATORY",
          agency: data.authority.agencyName ?? "",
          date,
        }),
      );
      return;
    }
    const options = documentOptions(request, date, signer, viewer.userId);
    const made = kind === "report" ? await provinceReport(data, options) : await reminderLetters(data, options);
    if (!made) {
      res.status(204).end();
      return;
    }
    if (made.marked && "title" in made) {
      const registered = await apollo.executeOperation(
        {
          query: REGISTER,
          operationName: "RegisterOutgoingSecretDocument",
          variables: {
            input: {
              provinceCode: request.provinceCode,
              documentNumber: request.documentNumber ?? "",
              issuedOn: date,
              subject: made.title,
              copies: options.copy!.copies,
              recipients: [`UBND tỉnh ${data.province.name}`, data.authority.ministry].join("\n"),
              drafter: options.copy!.drafter,
              copyingAllowed: options.copy!.copyingAllowed,
            },
          },
        },
        { contextValue },
      );
      const entry = registered.body.kind === "single" ? registered.body.singleResult : null;
      if (!entry?.data || entry.errors?.length) {
        const reason = entry?.errors?.[0]?.message ?? "it could not be registered";
        res
          .status(403)
          .json(
            errorBody(
              `The report prints a state secret and must be entered in the register of outgoing secret documents first: ${reason}`,
              "FORBIDDEN",
              { reason: "SECRET_REPORT_NOT_REGISTERED" },
            ),
          );
        return;
      }
      res.set("x-register-entry", String((entry.data as any).registerOutgoingSecretDocument.id));
    }
    res
      .set("content-type", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
      .set("content-disposition", `attachment; filename="${made.fileName}"`)
      .set("x-document-marked", made.marked ? "SECRET" : "none")
      .set("cache-control", "no-store")
      .send(made.file);
  };
  app.post("/documents/province-report", express.json({ limit: "16kb" }), handle("report"));
  app.post("/documents/reminder-letters", express.json({ limit: "16kb" }), handle("letters"));
}
