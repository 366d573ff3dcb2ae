import { randomUUID } from "node:crypto";
import type { ApolloServer } from "@apollo/server";
import express from "express";
import { operates, type Viewer } from "../shared/auth/identity";
import type { UserTokenVerifier } from "../shared/auth/user-tokens";
import { periodDates, workingDaysAfter } from "../shared/core/calendar";
import { todayInVietnam } from "../shared/core/functions";
import { holdsStateSecrets } from "../shared/core/secret-zone";
import {
  provinceReport,
  reminderLetters,
  type DocumentOptions,
  type Period,
  type ReportData,
  type ReportTask,
} from "../shared/documents/province-report";
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
const DATA = /* GraphQL */ `
  query ProvinceReportData($provinceCode: String!, $year: Int!, $on: Date!, $until: Date!) {
    province(code: $provinceCode) {
      code
      name
      foreignInformationAuthority(on: $on) {
        agencyCode
        agencyName
        ministry
        ministryOffice
        signatories {
          id
          isHead
          signature {
            authority
            name
          }
        }
      }
    }
    plans(provinceCode: $provinceCode, year: $year) {
      title
      documentNumber
      issuedOn
      classification
      legalBases {
        text
      }
      tasks {
        outline
        depth
        title
        progressNote
        classification
        tracking(asOf: $until) {
          status
          state
          daysOverdue
        }
        leads {
          name
        }
        tradeEvents {
          name
          classification
          on: startsOn
        }
        investmentProjects {
          name
          classification
          on: registeredOn
        }
        culturalEvents {
          name
          classification
          on: startsOn
        }
        promotionCampaigns {
          name
          classification
          on: startsOn
        }
        publications {
          title
          classification
          on: publishedOn
        }
        pressVisits {
          outlet
          classification
          on: arrivesOn
        }
        delegations {
          name
          classification
          on: startsOn
        }
        outreachSessions {
          topic
          classification
          on: heldOn
        }
        informationPoints {
          name
          classification
          on: installedOn
        }
      }
    }
    agencies(provinceCode: $provinceCode) {
      name
      reports(year: $year) {
        period
        state
        dueOn
        dueText
        submittedOn
      }
    }
    borderIncidents(provinceCode: $provinceCode, limit: 500) {
      title
      occurredOn
      classification
    }
  }
`;

const REGISTER = /* GraphQL */ `
  mutation RegisterOutgoingSecretDocument($input: OutgoingSecretDocumentInput!) {
    registerOutgoingSecretDocument(input: $input) {
      id
    }
  }
`;

type Named = { classification: string; name?: string; title?: string; outlet?: string; topic?: string; on?: string | null };
const KINDS: [string, string][] = [
  ["tradeEvents", "hoạt động xúc tiến thương mại"],
  ["investmentProjects", "dự án đầu tư"],
  ["culturalEvents", "sự kiện văn hóa"],
  ["promotionCampaigns", "chiến dịch quảng bá"],
  ["publications", "ấn phẩm"],
  ["pressVisits", "đoàn phóng viên nước ngoài"],
  ["delegations", "đoàn ra, đoàn vào"],
  ["outreachSessions", "buổi tuyên truyền"],
  ["informationPoints", "điểm thông tin đối ngoại"],
];

interface Request {
  provinceCode: string;
  year: number;
  period: Period;
  date?: string;
  documentNumber?: string;
  /** Who signs, from the directory's signatories of the department in charge (its head when not given). */
  signatoryId?: string;
  /** The new deadline a reminder sets (five working days after the letter when not given). */
  respondBy?: string;
  copy?: { copy?: number; copies?: number; drafter?: string; copyingAllowed?: boolean };
}

function readRequest(raw: unknown): Request | string {
  const r = (raw ?? {}) as Record<string, unknown>;
  if (typeof r.provinceCode !== "string" || !/^VN-[0-9A-Z]{2}$/.test(r.provinceCode)) return "provinceCode must be an ISO 3166-2:VN code";
  if (!Number.isInteger(r.year) || (r.year as number) < 2000 || (r.year as number) > 2100) return "year must be a year";
  if (r.period !== "SEMI_ANNUAL" && r.period !== "ANNUAL") return "period must be SEMI_ANNUAL or ANNUAL";
  for (const field of ["date", "respondBy"])
    if (r[field] !== undefined && (typeof r[field] !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(r[field] as string)))
      return `${field} must be YYYY-MM-DD`;
  return r as unknown as Request;
}

/** Whether the requester reads every incident the border department keeps (SECRET ones included): only then may "none" be said. */
function readsAllIncidents(viewer: Viewer): boolean {
  return !viewer.anonymous && viewer.clearance === "SECRET" && operates(viewer, "borderSecurity");
}

function reportData(data: any, viewer: Viewer): ReportData {
  const plan = data.plans?.[0] ?? null;
  return {
    province: { code: data.province.code, name: data.province.name },
    authority: data.province.foreignInformationAuthority,
    plan: plan && {
      ...plan,
      tasks: plan.tasks.map((task: any): ReportTask => ({
        ...task,
        leads: task.leads ?? [],
        records: KINDS.map(([field, kind]) => ({
          kind,
          items: ((task[field] ?? []) as Named[]).map((r) => ({
            classification: r.classification,
            label: r.name ?? r.title ?? r.outlet ?? r.topic ?? "",
          })),
        })),
      })),
    },
    owed: data.agencies.flatMap((agency: any) => agency.reports.map((report: any) => ({ ...report, agency: { name: agency.name } }))),
    incidents: data.borderIncidents ?? [],
    incidentsComplete: readsAllIncidents(viewer),
    stateSecretsKept: holdsStateSecrets(),
  };
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
      {
        query: DATA,
        operationName: "ProvinceReportData",
        variables: { provinceCode: request.provinceCode, year: request.year, on: date, until: period.until },
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
    const data = reportData(result.data, viewer);
    const signatories = ((result.data as any).province.foreignInformationAuthority.signatories ?? []) as {
      id: string;
      isHead: boolean;
      signature: { authority: string[]; name: string };
    }[];
    const signer = request.signatoryId
      ? signatories.find((s) => s.id === request.signatoryId)
      : (signatories.find((s) => s.isHead) ?? signatories[0]);
    if (!signer) {
      const message = request.signatoryId
        ? "signatoryId names no signatory of the department in charge on the document's date."
        : `The directory names nobody who signs for ${data.authority.agencyName ?? "the department in charge"} on ${date}: add its head (signatories) first, so the document carries a name.`;
      res.status(400).json(errorBody(message, "BAD_USER_INPUT"));
      return;
    }
    const options: DocumentOptions = {
      period: request.period,
      year: request.year,
      dataFrom: period.from,
      dataUntil: period.until,
      respondBy: request.respondBy ?? workingDaysAfter(date, 5),
      date,
      documentNumber: request.documentNumber ?? null,
      signature: signer.signature,
      copy: {
        copy: request.copy?.copy ?? 1,
        copies: request.copy?.copies ?? 1,
        drafter: request.copy?.drafter ?? viewer.userId,
        copyingAllowed: request.copy?.copyingAllowed ?? false,
      },
    };
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
