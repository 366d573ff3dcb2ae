import { Button, Space, Typography } from "antd";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../format";
import { STATUS_TONES, TRACKING_TONES } from "../statuses";
import { Label } from "./Label";

export interface Tracked {
  state: string;
  daysOverdue: number;
}

/**
 * The label a tracking state is shown with. A task counted without a deadline
 * because its timeframe was written but no end date can be read from it says
 * so — "deadline unknown — fix it" — not that it has none.
 */
export function trackingLabelKey(tracking: Tracked, timeframe?: { label: string } | null): string {
  if (tracking.state !== "NO_DEADLINE") return `tracking.${tracking.state}`;
  return timeframe?.label?.trim() ? "deadline.unknown" : "tracking.NO_DEADLINE";
}

/** A task's state as the Government's task tracking counts it, with its days overdue, beside the plan's own status. */
export function TrackingBadge({ tracking, timeframe }: { tracking: Tracked; timeframe?: { label: string } | null }) {
  const { t } = useTranslation();
  return (
    <Space direction="vertical" size={2} data-tracking={tracking.state}>
      <Label tone={TRACKING_TONES[tracking.state] ?? "neutral"}>{t(trackingLabelKey(tracking, timeframe))}</Label>
      {tracking.daysOverdue > 0 ? (
        <Typography.Text strong style={{ color: "#820014", whiteSpace: "nowrap" }} data-days-overdue={tracking.daysOverdue}>
          {t("tracking.daysOverdue", { days: tracking.daysOverdue })}
        </Typography.Text>
      ) : null}
    </Space>
  );
}

export interface StatusChange {
  status: string;
  progressNote?: string | null;
  changedOn: string;
  changedAt: string;
  userId?: string | null;
  agencyCode?: string | null;
}

/** Who changed a task's status, when, to what and with what note: opened on request under the task. */
export function StatusHistory({ history }: { history: StatusChange[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const id = useId();
  if (history.length === 0) {
    return (
      <Typography.Text type="secondary" style={{ display: "block", fontSize: 13, marginTop: 4 }}>
        {t("history.none")}
      </Typography.Text>
    );
  }
  return (
    <div style={{ marginTop: 4 }}>
      <Button type="link" size="small" style={{ padding: 0 }} aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {open ? t("history.hide") : t("history.show", { count: history.length })}
      </Button>
      {open ? (
        <ul id={id} aria-label={t("history.title")} style={{ margin: "4px 0 0", paddingLeft: 0, listStyle: "none", fontSize: 13 }}>
          {[...history].reverse().map((change) => (
            <li key={`${change.changedAt}-${change.status}`} style={{ marginBottom: 4 }}>
              <strong>{formatDate(change.changedOn)}</strong>{" "}
              <Label tone={STATUS_TONES[change.status] ?? "neutral"}>{t(`status.${change.status}`)}</Label>
              <Typography.Text type="secondary">
                {change.userId ? [change.userId, change.agencyCode].filter(Boolean).join(" · ") : t("history.unknownUser")}
              </Typography.Text>
              {change.progressNote ? <div>{change.progressNote}</div> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
