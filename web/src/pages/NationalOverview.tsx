import { Card, Select, Space, Typography } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useNavigate, useParams } from "react-router-dom";
import { useQuery } from "urql";
import { DepartmentNotice } from "../components/DepartmentNotice";
import { PageTitle } from "../components/PageTitle";
import { ResponsiveTable } from "../components/ResponsiveTable";
import { Unavailable, Withheld } from "../components/Unavailable";
import { todayIso } from "../format";
import { graphql } from "../gql";
import type { NationalOverviewViewQuery } from "../gql/graphql";
import { provinceAccess, type ProvinceAccess } from "../permissions";
import { useSession } from "../session";

const NationalOverviewView = graphql(/* GraphQL */ `
  query NationalOverviewView($year: Int!) {
    provinces {
      code
      name
      validUntil
      successor {
        code
      }
      plans(limit: 50) {
        id
        year
        title
      }
      planSummary(year: $year) {
        tasks
        overdueTasks
        tasksByStatus {
          status
          count
        }
        reportsOnTime
        reportsLate
        reportsMissing
        reportsPending
        reportsDeadlineUnknown
      }
    }
  }
`);

type Province = NationalOverviewViewQuery["provinces"][number];

interface Row {
  /** Whether the reader may see the province's plans and reports (else they show as hidden, not as 0). */
  access: ProvinceAccess;
  code: string;
  name: string;
  plan: string | null;
  done: number;
  tasks: number;
  progress: number;
  overdue: number;
  onTime: number;
  late: number;
  missing: number;
  pending: number;
  deadlineUnknown: number;
  compliance: number;
}

function row(province: Province, year: number, access: ProvinceAccess): Row {
  const summary = province.planSummary;
  const done = summary.tasksByStatus.find((s) => s.status === "DONE")?.count ?? 0;
  const due = summary.reportsOnTime + summary.reportsLate + summary.reportsMissing;
  return {
    access,
    code: province.code,
    name: province.name,
    plan: province.plans.find((p) => p.year === year)?.title ?? null,
    done,
    tasks: summary.tasks,
    progress: summary.tasks ? done / summary.tasks : 0,
    overdue: summary.overdueTasks,
    onTime: summary.reportsOnTime,
    late: summary.reportsLate,
    missing: summary.reportsMissing,
    pending: summary.reportsPending,
    deadlineUnknown: summary.reportsDeadlineUnknown,
    compliance: due ? summary.reportsOnTime / due : 0,
  };
}

const percent = (value: number) => `${Math.round(value * 100)}%`;

/** A sorter on one figure that keeps the provinces whose figures the reader may not see last, whichever way it sorts. */
function byFigure(figure: (r: Row) => number) {
  return (a: Row, b: Row, order?: "ascend" | "descend" | null) => {
    const hiddenA = a.access !== "full";
    const hiddenB = b.access !== "full";
    if (hiddenA || hiddenB) return hiddenA === hiddenB ? 0 : (hiddenA ? 1 : -1) * (order === "descend" ? -1 : 1);
    return figure(a) - figure(b);
  };
}

/** Every province with its plan for the year, task progress and report compliance, sortable; a row opens the province. */
export function NationalOverview() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const { year: yearParam } = useParams();
  const year = Number.isInteger(Number(yearParam)) && yearParam ? Number(yearParam) : Number(todayIso().slice(0, 4));
  const [{ data, error, fetching }] = useQuery({ query: NationalOverviewView, variables: { year } });
  if (!yearParam && data) {
    // No year asked for: the latest year any province has a plan for.
    const latest = Math.max(0, ...data.provinces.flatMap((p) => p.plans.map((plan) => plan.year)));
    return <Navigate to={`/overview/${latest || year}`} replace />;
  }
  const years = [...new Set([year, ...(data?.provinces ?? []).flatMap((p) => p.plans.map((plan) => plan.year))])].sort((a, b) => b - a);
  const rows = (data?.provinces ?? []).map((province) => row(province, year, provinceAccess(session, province)));
  /** A figure, or for a province the reader may not see, that it is hidden: said once, across the row's figures. */
  const figure = (render: (r: Row) => ReactNode) => (_: unknown, r: Row) =>
    r.access === "full" ? render(r) : <Withheld access={r.access} />;
  const FIGURES = 9;
  const spanFirst = (r: Row) => (r.access === "full" ? {} : { colSpan: FIGURES });
  const spanned = (r: Row) => (r.access === "full" ? {} : { colSpan: 0 });
  return (
    <Card loading={fetching && !data} title={<PageTitle>{t("overview.title", { year })}</PageTitle>}>
      <DepartmentNotice error={error} />
      <Space style={{ marginBottom: 16 }}>
        <Typography.Text id="overview-year">{t("dashboard.year")}</Typography.Text>
        <Select
          aria-labelledby="overview-year"
          value={year}
          style={{ width: 120 }}
          options={years.map((y) => ({ value: y, label: String(y) }))}
          onChange={(y) => navigate(`/overview/${y}`)}
        />
      </Space>
      <ResponsiveTable<Row>
        rowKey="code"
        size="small"
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: error && !data?.provinces ? <Unavailable error={error} departments={["plans"]} /> : undefined }}
        onRow={(r) => ({ onClick: () => navigate(`/provinces/${r.code}/${year}`), style: { cursor: "pointer" } })}
        columns={[
          {
            title: t("overview.province"),
            dataIndex: "name",
            sorter: (a, b) => a.name.localeCompare(b.name, "vi"),
            render: (name: string, r) => <Link to={`/provinces/${r.code}/${year}`}>{name}</Link>,
          },
          { title: t("overview.plan"), dataIndex: "plan", onCell: spanFirst, render: figure((r) => r.plan ?? t("overview.noPlan")) },
          {
            title: t("overview.progress"),
            dataIndex: "progress",
            sorter: byFigure((r) => r.progress),
            onCell: spanned,
            render: figure((r) => (r.tasks ? `${r.done}/${r.tasks} (${percent(r.progress)})` : "—")),
          },
          {
            title: t("overview.overdue"),
            dataIndex: "overdue",
            sorter: byFigure((r) => r.overdue),
            onCell: spanned,
            render: figure((r) => r.overdue),
          },
          {
            title: t("state.ON_TIME"),
            dataIndex: "onTime",
            sorter: byFigure((r) => r.onTime),
            onCell: spanned,
            render: figure((r) => r.onTime),
          },
          { title: t("state.LATE"), dataIndex: "late", sorter: byFigure((r) => r.late), onCell: spanned, render: figure((r) => r.late) },
          {
            title: t("state.MISSING"),
            dataIndex: "missing",
            sorter: byFigure((r) => r.missing),
            onCell: spanned,
            render: figure((r) => r.missing),
          },
          {
            title: t("state.PENDING"),
            dataIndex: "pending",
            sorter: byFigure((r) => r.pending),
            onCell: spanned,
            render: figure((r) => r.pending),
          },
          {
            title: t("state.DEADLINE_UNKNOWN"),
            dataIndex: "deadlineUnknown",
            sorter: byFigure((r) => r.deadlineUnknown),
            onCell: spanned,
            render: figure((r) => r.deadlineUnknown),
          },
          {
            title: t("overview.compliance"),
            dataIndex: "compliance",
            defaultSortOrder: undefined,
            sorter: byFigure((r) => r.compliance),
            onCell: spanned,
            render: figure((r) => (r.onTime + r.late + r.missing ? percent(r.compliance) : "—")),
          },
        ]}
      />
    </Card>
  );
}
