import { Card, Select, Space, Table, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useNavigate, useParams } from "react-router-dom";
import { useQuery } from "urql";
import { DepartmentNotice } from "../components/DepartmentNotice";
import { PageTitle } from "../components/PageTitle";
import { graphql } from "../gql";
import type { NationalOverviewViewQuery } from "../gql/graphql";

const NationalOverviewView = graphql(/* GraphQL */ `
  query NationalOverviewView($year: Int!) {
    provinces {
      code
      name
      validUntil
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
      }
    }
  }
`);

type Province = NationalOverviewViewQuery["provinces"][number];

interface Row {
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
  compliance: number;
}

function row(province: Province, year: number): Row {
  const summary = province.planSummary;
  const done = summary.tasksByStatus.find((s) => s.status === "DONE")?.count ?? 0;
  const due = summary.reportsOnTime + summary.reportsLate + summary.reportsMissing;
  return {
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
    compliance: due ? summary.reportsOnTime / due : 0,
  };
}

const percent = (value: number) => `${Math.round(value * 100)}%`;

/** Every province with its plan for the year, task progress and report compliance, sortable; a row opens the province. */
export function NationalOverview() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { year: yearParam } = useParams();
  const year = Number.isInteger(Number(yearParam)) && yearParam ? Number(yearParam) : new Date().getFullYear();
  const [{ data, error, fetching }] = useQuery({ query: NationalOverviewView, variables: { year } });
  if (!yearParam && data) {
    // No year asked for: the latest year any province has a plan for.
    const latest = Math.max(0, ...data.provinces.flatMap((p) => p.plans.map((plan) => plan.year)));
    return <Navigate to={`/overview/${latest || year}`} replace />;
  }
  const years = [...new Set([year, ...(data?.provinces ?? []).flatMap((p) => p.plans.map((plan) => plan.year))])].sort((a, b) => b - a);
  const rows = (data?.provinces ?? []).map((province) => row(province, year));
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
      <Table<Row>
        rowKey="code"
        size="small"
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        onRow={(r) => ({ onClick: () => navigate(`/provinces/${r.code}/${year}`), style: { cursor: "pointer" } })}
        columns={[
          {
            title: t("overview.province"),
            dataIndex: "name",
            sorter: (a, b) => a.name.localeCompare(b.name, "vi"),
            render: (name: string, r) => <Link to={`/provinces/${r.code}/${year}`}>{name}</Link>,
          },
          { title: t("overview.plan"), dataIndex: "plan", render: (plan: string | null) => plan ?? t("overview.noPlan") },
          {
            title: t("overview.progress"),
            dataIndex: "progress",
            sorter: (a, b) => a.progress - b.progress,
            render: (_: number, r) => (r.tasks ? `${r.done}/${r.tasks} (${percent(r.progress)})` : "—"),
          },
          { title: t("overview.overdue"), dataIndex: "overdue", sorter: (a, b) => a.overdue - b.overdue },
          { title: t("state.ON_TIME"), dataIndex: "onTime", sorter: (a, b) => a.onTime - b.onTime },
          { title: t("state.LATE"), dataIndex: "late", sorter: (a, b) => a.late - b.late },
          { title: t("state.MISSING"), dataIndex: "missing", sorter: (a, b) => a.missing - b.missing },
          { title: t("state.PENDING"), dataIndex: "pending", sorter: (a, b) => a.pending - b.pending },
          {
            title: t("overview.compliance"),
            dataIndex: "compliance",
            defaultSortOrder: undefined,
            sorter: (a, b) => a.compliance - b.compliance,
            render: (value: number, r) => (r.onTime + r.late + r.missing ? percent(value) : "—"),
          },
        ]}
      />
    </Card>
  );
}
