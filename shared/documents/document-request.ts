import { periodDates, workingDaysAfter } from "../core/calendar";
import { holdsStateSecrets } from "../core/secret-zone";
import type { DocumentOptions, Period, ReportData, ReportTask } from "./province-report";

/**
 * A request for one of the province's documents, as the gateway's
 * `/documents/…` routes, the command line and the reminder scheduler send
 * it, and the one query each document is written from: one operation per
 * document, the same file whoever asks with the same rights.
 */
export const REPORT_DATA = /* GraphQL */ `
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
      id
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

/** What a reminder letter prints: only the plans department's data, so the scheduler asks the same of that department alone. */
export const LETTERS_DATA = /* GraphQL */ `
  query ReminderLettersData($provinceCode: String!, $year: Int!, $on: Date!) {
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
    }
    agencies(provinceCode: $provinceCode) {
      id
      name
      reports(year: $year) {
        deadlineId
        period
        state
        dueOn
        dueText
        submittedOn
      }
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

export interface DocumentRequest {
  provinceCode: string;
  year: number;
  period: Period;
  date?: string;
  documentNumber?: string;
  /** Who signs, from the directory's signatories of the department in charge (its head when not given). */
  signatoryId?: string;
  /** The new deadline a reminder sets (five working days after the letter when not given). */
  respondBy?: string;
  /** Letters only to this agency (its directory id). */
  agencyId?: string;
  copy?: { copy?: number; copies?: number; drafter?: string; copyingAllowed?: boolean };
}

export function readRequest(raw: unknown): DocumentRequest | string {
  const r = (raw ?? {}) as Record<string, unknown>;
  if (typeof r.provinceCode !== "string" || !/^VN-[0-9A-Z]{2}$/.test(r.provinceCode)) return "provinceCode must be an ISO 3166-2:VN code";
  if (!Number.isInteger(r.year) || (r.year as number) < 2000 || (r.year as number) > 2100) return "year must be a year";
  if (r.period !== "SEMI_ANNUAL" && r.period !== "ANNUAL") return "period must be SEMI_ANNUAL or ANNUAL";
  if (r.agencyId !== undefined && (typeof r.agencyId !== "string" || r.agencyId.length > 120)) return "agencyId must be an agency's id";
  for (const field of ["date", "respondBy"])
    if (r[field] !== undefined && (typeof r[field] !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(r[field] as string)))
      return `${field} must be YYYY-MM-DD`;
  return r as unknown as DocumentRequest;
}

/** The answer to REPORT_DATA or LETTERS_DATA as the documents read it; `incidentsComplete` when the requester reads every incident. */
export function reportData(data: any, incidentsComplete: boolean): ReportData {
  const plan = data.plans?.[0] ?? null;
  return {
    province: { code: data.province.code, name: data.province.name },
    authority: data.province.foreignInformationAuthority,
    plan: plan && {
      ...plan,
      tasks: (plan.tasks ?? []).map((task: any): ReportTask => ({
        ...task,
        leads: task.leads ?? [],
        records: KINDS.map(([field, kind]) => ({
          kind,
          items: ((task[field] ?? []) as Named[]).map((r) => ({
            classification: r.classification,
            label: r.name ?? r.title ?? r.outlet ?? r.topic ?? "",
            on: r.on ?? null,
          })),
        })),
      })),
    },
    owed: data.agencies.flatMap((agency: any) =>
      agency.reports.map((report: any) => ({ ...report, agency: { id: agency.id, name: agency.name } })),
    ),
    incidents: data.borderIncidents ?? [],
    incidentsComplete,
    stateSecretsKept: holdsStateSecrets(),
  };
}

export interface SignatoryAnswer {
  id: string;
  isHead: boolean;
  signature: { authority: string[]; name: string };
}

/** Who signs: the signatory asked for, else the head of the department in charge; a message when the directory names nobody. */
export function pickSigner(
  data: ReportData,
  signatories: SignatoryAnswer[],
  request: DocumentRequest,
  date: string,
): SignatoryAnswer | string {
  const signer = request.signatoryId
    ? signatories.find((s) => s.id === request.signatoryId)
    : (signatories.find((s) => s.isHead) ?? signatories[0]);
  if (signer) return signer;
  return request.signatoryId
    ? "signatoryId names no signatory of the department in charge on the document's date."
    : `The directory names nobody who signs for ${data.authority.agencyName ?? "the department in charge"} on ${date}: add its head (signatories) first, so the document carries a name.`;
}

/** The document's options from the request: its period's data dates (Decree 09/2019/NĐ-CP, Art. 12), signer, new deadline and copy. */
export function documentOptions(request: DocumentRequest, date: string, signer: SignatoryAnswer, drafter: string): DocumentOptions {
  const period = periodDates(request.period, request.year);
  return {
    period: request.period,
    year: request.year,
    dataFrom: period.from,
    dataUntil: period.until,
    respondBy: request.respondBy ?? workingDaysAfter(date, 5),
    agencyIds: request.agencyId ? [request.agencyId] : undefined,
    date,
    documentNumber: request.documentNumber ?? null,
    signature: signer.signature,
    copy: {
      copy: request.copy?.copy ?? 1,
      copies: request.copy?.copies ?? 1,
      drafter: request.copy?.drafter ?? drafter,
      copyingAllowed: request.copy?.copyingAllowed ?? false,
    },
  };
}
