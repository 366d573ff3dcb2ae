import { Space, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { formatDate } from "../format";
import { graphql } from "../gql";
import type { YearFiguresFragment } from "../gql/graphql";
import { agencyPath } from "../links";
import { ResponsiveTable } from "./ResponsiveTable";

/** An agency's figures of one year, as the dashboard and the compliance view ask for them. */
export const YearFigures = graphql(/* GraphQL */ `
  fragment YearFigures on AgencyYearFigures {
    year
    asOf
    tasksLed
    tasksOnTime
    tasksLate
    tasksOverdue
    taskOnTimeShare
    reportsDue
    reportsOnTime
    reportsDeadlineUnknown
    reportOnTimeShare
  }
`);

export type Figures = YearFiguresFragment;
export interface Performance {
  current: Figures;
  previous: Figures;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** The share of tasks done on time, with what it counts; with nothing to count, why — never 0 % or empty. */
export function TaskShare({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  if (figures.taskOnTimeShare === null || figures.taskOnTimeShare === undefined) {
    return (
      <Typography.Text type="secondary">{figures.tasksLed === 0 ? t("performance.leadsNone") : t("performance.noTaskDue")}</Typography.Text>
    );
  }
  const counted = figures.tasksOnTime + figures.tasksLate + figures.tasksOverdue;
  return (
    <span data-share={figures.taskOnTimeShare} style={{ whiteSpace: "nowrap" }}>
      <strong>{percent(figures.taskOnTimeShare)}</strong> ({figures.tasksOnTime}/{counted})
    </span>
  );
}

/** The share of reports sent on time, with what it counts, and the reports owed against a deadline no one can read. */
export function ReportShare({ figures, unknown = true }: { figures: Figures; unknown?: boolean }) {
  const { t } = useTranslation();
  return (
    <Space direction="vertical" size={0}>
      {figures.reportOnTimeShare === null || figures.reportOnTimeShare === undefined ? (
        <Typography.Text type="secondary">{t("performance.noReportDue")}</Typography.Text>
      ) : (
        <span data-share={figures.reportOnTimeShare} style={{ whiteSpace: "nowrap" }}>
          <strong>{percent(figures.reportOnTimeShare)}</strong> ({figures.reportsOnTime}/{figures.reportsDue})
        </span>
      )}
      {unknown && figures.reportsDeadlineUnknown > 0 ? (
        <Typography.Text style={{ color: "#22075e", fontSize: 13 }}>
          {t("performance.deadlineUnknown", { count: figures.reportsDeadlineUnknown })}
        </Typography.Text>
      ) : null}
    </Space>
  );
}

/** Shares compared for sorting: those with nothing to count stay last, whichever way the column is sorted. */
function byShare<T>(share: (row: T) => number | null | undefined) {
  return (a: T, b: T, order?: "ascend" | "descend" | null) => {
    const x = share(a);
    const y = share(b);
    if ((x ?? null) === null && (y ?? null) === null) return 0;
    if (x === null || x === undefined) return order === "descend" ? -1 : 1;
    if (y === null || y === undefined) return order === "descend" ? 1 : -1;
    return x - y;
  };
}

/** Bands of an on-time share, for filtering: nothing to count, under half, half or more, all. */
const SHARE_BANDS = ["NONE", "LOW", "MID", "FULL"] as const;

function inBand(share: number | null | undefined, band: unknown): boolean {
  if (share === null || share === undefined) return band === "NONE";
  if (band === "FULL") return share >= 1;
  if (band === "MID") return share >= 0.5 && share < 1;
  return band === "LOW" && share < 0.5;
}

/**
 * The columns of an agency's on-time shares — tasks, then reports, each this
 * year beside the year before — sortable by clicking a year. `hidden` is what
 * a cell shows where the reader may not see the figures; `unknown: false`
 * leaves out the count of reports owed against an unreadable deadline, for a
 * view that shows those reports itself. With `filtered` (the filter values of
 * a column by its key, as the view keeps them), each column also filters by
 * share: nothing to count, under 50 %, 50–99 %, 100 %.
 */
export function performanceColumns<T>(
  t: (key: string, options?: Record<string, unknown>) => string,
  year: number,
  performance: (row: T) => Performance | null | undefined,
  { hidden, unknown = true, filtered }: { hidden?: ReactNode; unknown?: boolean; filtered?: (key: string) => string[] | null } = {},
): ColumnsType<T> {
  const cell = (render: (p: Performance) => ReactNode) => (_: unknown, row: T) => {
    const p = performance(row);
    return p ? render(p) : (hidden ?? null);
  };
  const filter = (key: string, share: (row: T) => number | null | undefined) =>
    filtered
      ? {
          filters: SHARE_BANDS.map((band) => ({ text: t(`performance.band.${band}`), value: band })),
          filteredValue: filtered(key),
          onFilter: (band: unknown, row: T) => inBand(share(row), band),
        }
      : {};
  return [
    {
      title: t("performance.tasks"),
      key: "tasks",
      children: [
        {
          title: String(year),
          key: "tasks-current",
          width: 120,
          sorter: byShare((row: T) => performance(row)?.current.taskOnTimeShare),
          ...filter("tasks-current", (row: T) => performance(row)?.current.taskOnTimeShare),
          render: cell((p) => <TaskShare figures={p.current} />),
        },
        {
          title: String(year - 1),
          key: "tasks-previous",
          width: 120,
          sorter: byShare((row: T) => performance(row)?.previous.taskOnTimeShare),
          ...filter("tasks-previous", (row: T) => performance(row)?.previous.taskOnTimeShare),
          render: cell((p) => <TaskShare figures={p.previous} />),
        },
      ],
    },
    {
      title: t("performance.reports"),
      key: "reports",
      children: [
        {
          title: String(year),
          key: "reports-current",
          width: 120,
          sorter: byShare((row: T) => performance(row)?.current.reportOnTimeShare),
          ...filter("reports-current", (row: T) => performance(row)?.current.reportOnTimeShare),
          render: cell((p) => <ReportShare figures={p.current} unknown={unknown} />),
        },
        {
          title: String(year - 1),
          key: "reports-previous",
          width: 120,
          sorter: byShare((row: T) => performance(row)?.previous.reportOnTimeShare),
          ...filter("reports-previous", (row: T) => performance(row)?.previous.reportOnTimeShare),
          render: cell((p) => <ReportShare figures={p.previous} unknown={unknown} />),
        },
      ],
    },
  ];
}

interface Row extends Performance {
  agency: { id: string; code: string; name: string };
}

/** The province's agencies, worst first as the API orders them, this year's on-time shares beside the year before's. */
export function AgencyPerformanceTable({ rows, year, provinceCode }: { rows: Row[]; year: number; provinceCode: string }) {
  const { t } = useTranslation();
  const first = rows[0];
  return (
    <>
      {first ? (
        <Typography.Paragraph type="secondary">
          {t("performance.asOf", {
            year,
            date: formatDate(first.current.asOf),
            previousYear: year - 1,
            previousDate: formatDate(first.previous.asOf),
          })}
        </Typography.Paragraph>
      ) : null}
      <ResponsiveTable<Row>
        rowKey={(row) => row.agency.id}
        size="small"
        bordered
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        dataSource={rows}
        scroll={{ x: true }}
        locale={{ emptyText: <Typography.Text type="secondary">{t("performance.none")}</Typography.Text> }}
        columns={[
          {
            title: t("performance.agency"),
            key: "agency",
            sorter: (a, b) => a.agency.name.localeCompare(b.agency.name, "vi"),
            // the agency's name opens its page: the tasks and reports behind its shares
            render: (_, row) => (
              <span>
                <Link to={agencyPath(provinceCode, year, row.agency.code)}>{row.agency.name}</Link>{" "}
                <Typography.Text type="secondary">({row.agency.code})</Typography.Text>
              </span>
            ),
          },
          ...performanceColumns<Row>(t, year, (row) => row),
        ]}
      />
    </>
  );
}
