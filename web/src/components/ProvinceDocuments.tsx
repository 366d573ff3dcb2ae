import { Alert, Button, Space } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useClient } from "urql";
import { downloadBlob } from "../export";
import { graphql } from "../gql";

/**
 * What the province's six-month and annual reports on foreign-information
 * work are written from. Asked as the requesting official, so the document
 * holds only what they may read: a SECRET record appears only for one
 * cleared to read it, and then the document is marked MẬT.
 */
export const ProvinceReportData = graphql(/* GraphQL */ `
  query ProvinceReportData($provinceCode: String!, $year: Int!) {
    province(code: $provinceCode) {
      code
      name
    }
    plans(provinceCode: $provinceCode, year: $year) {
      id
      title
      documentNumber
      approvedByNumber
      classification
      legalBases {
        text
      }
      reportingDeadlines {
        id
        period
        dueOn
        rawText
      }
      tasks {
        id
        outline
        depth
        title
        status
        progressNote
        classification
        leads {
          code
          name
        }
        tradeEvents {
          name
          classification
        }
        investmentProjects {
          name
          classification
        }
        culturalEvents {
          name
          classification
        }
        promotionCampaigns {
          name
          classification
        }
        publications {
          title
          classification
        }
        pressVisits {
          outlet
          classification
        }
        delegations {
          name
          classification
        }
        outreachSessions {
          topic
          attendees
          classification
        }
        informationPoints {
          name
          classification
        }
      }
    }
    agencies(provinceCode: $provinceCode) {
      id
      code
      name
      reports(year: $year) {
        deadlineId
        period
        dueOn
        dueText
        submittedOn
        state
      }
    }
    borderIncidents(provinceCode: $provinceCode, limit: 200) {
      title
      occurredOn
      classification
    }
  }
`);

type Period = "SEMI_ANNUAL" | "ANNUAL";

/** The province's report for a period, and the reminder letters to agencies whose report is missing, as .docx files. */
export function ProvinceDocuments({ provinceCode, year }: { provinceCode: string; year: number }) {
  const { t } = useTranslation();
  const client = useClient();
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const make = async (kind: "report" | "reminders", period: Period) => {
    setBusy(`${kind}-${period}`);
    setNotice(null);
    try {
      const result = await client.query(ProvinceReportData, { provinceCode, year }, { requestPolicy: "network-only" }).toPromise();
      if (!result.data) throw result.error ?? new Error("no data");
      const documents = await import("../documents/province-report");
      const made =
        kind === "report"
          ? await documents.provinceReport(result.data, period, year)
          : await documents.reminderLetters(result.data, period, year);
      if (!made) setNotice(t("docs.noneMissing"));
      else downloadBlob(made.blob, made.fileName);
    } catch (error) {
      setNotice(t("error.generic", { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(null);
    }
  };
  return (
    <Space direction="vertical" style={{ marginBottom: 16 }}>
      <Space wrap>
        {(["SEMI_ANNUAL", "ANNUAL"] as const).map((period) => (
          <Button key={period} loading={busy === `report-${period}`} onClick={() => void make("report", period)}>
            {t("docs.report", { period: t(`period.${period}`) })}
          </Button>
        ))}
        {(["SEMI_ANNUAL", "ANNUAL"] as const).map((period) => (
          <Button key={`r-${period}`} loading={busy === `reminders-${period}`} onClick={() => void make("reminders", period)}>
            {`${t("docs.reminders")} — ${t(`period.${period}`)}`}
          </Button>
        ))}
      </Space>
      {notice ? <Alert type="info" showIcon role="status" message={notice} /> : null}
    </Space>
  );
}
