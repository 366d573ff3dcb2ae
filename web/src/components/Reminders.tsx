import { Button, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { download } from "../files";
import { formatDate } from "../format";
import { useSession } from "../session";
import { Label, type Tone } from "./Label";

interface Reminder {
  step: string;
  daysBefore?: number | null;
  status: string;
  recipients: string[];
  createdAt: string;
  sentAt?: string | null;
  respondBy?: string | null;
  error?: string | null;
}

const TONES: Record<string, Tone> = {
  SENT: "success",
  SENDING: "info",
  FAILED: "error",
  TO_SEND_BY_HAND: "warning",
  NO_RECIPIENT: "warning",
};

/** The reminders the hub sent an agency (or listed for the coordinator to send by hand), each with its step, day and recipients. */
export function ReminderList({ reminders }: { reminders: Reminder[] }) {
  const { t } = useTranslation();
  if (reminders.length === 0) return <Typography.Text type="secondary">{t("reminders.none")}</Typography.Text>;
  return (
    <ul style={{ margin: 0, paddingLeft: 0, listStyle: "none" }} aria-label={t("reminders.title")}>
      {reminders.map((r, i) => (
        <li key={i} style={{ marginBottom: 4 }}>
          <Label tone={TONES[r.status] ?? "neutral"}>{t(`reminders.status.${r.status}`)}</Label>
          <span>
            {`${formatDate(r.sentAt ?? r.createdAt)}: ${t(`reminders.step.${r.step}`, { days: r.daysBefore ?? 0 })}`}
            {r.recipients.length ? ` — ${r.recipients.join(", ")}` : ""}
            {r.respondBy ? ` (${t("reminders.respondBy", { date: formatDate(r.respondBy) })})` : ""}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** A link-like button that downloads a report's file with the official's token. */
export function ReportFileLink({ report }: { report: { id: string; documentNumber?: string | null; fileName?: string | null } }) {
  const { t } = useTranslation();
  const session = useSession();
  const [problem, setProblem] = useState<string | null>(null);
  if (!report.fileName) return <Typography.Text type="secondary">{t("report.noFile")}</Typography.Text>;
  return (
    <>
      <Button
        type="link"
        size="small"
        style={{ padding: 0 }}
        onClick={() => {
          setProblem(null);
          download(`/reports/${encodeURIComponent(report.id)}/file`, session?.token).catch((error: Error) => setProblem(error.message));
        }}
      >
        {t("report.download", { number: report.documentNumber ?? report.fileName })}
      </Button>
      {problem ? <Typography.Text type="danger">{problem}</Typography.Text> : null}
    </>
  );
}
