import { Alert, Card, Col, Empty, List, Row, Select, Space, Statistic, Typography } from "antd";
import { useMemo, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router-dom";
import { useQuery } from "urql";
import { AgencyPerformanceTable } from "../components/AgencyPerformance";
import { DepartmentNotice, departmentsDown } from "../components/DepartmentNotice";
import { Label } from "../components/Label";
import { Nothing } from "../components/Nothing";
import { PageTitle } from "../components/PageTitle";
import { TaskProgressChart, type ProgressSeries } from "../components/TaskProgressChart";
import { Unavailable, Withheld } from "../components/Unavailable";
import { formatDate, todayIso } from "../format";
import { graphql } from "../gql";
import type { ProvinceDashboardViewQuery } from "../gql/graphql";
import { agencyPath, compliancePath, planPath, recordsPath, summaryPath, taskPath } from "../links";
import { provinceAccess } from "../permissions";
import { useSession } from "../session";
import { STATUS_COLORS, STATUS_TONES, TASK_STATUSES, TRACKING_STATES } from "../statuses";

const ProvinceDashboardView = graphql(/* GraphQL */ `
  query ProvinceDashboardView($provinceCode: String!, $year: Int!) {
    province(code: $provinceCode) {
      code
      name
      successor {
        code
      }
      plans(limit: 50) {
        id
        year
      }
      history: plans(limit: 200, includeMerged: true) {
        id
        year
        title
        province {
          code
          name
        }
      }
      ...ProvinceYearFigures
      foreignAffairsSummary(year: $year) {
        rebuttals
      }
      borderSummary(year: $year) {
        attendees
      }
    }
    plans(provinceCode: $provinceCode, year: $year) {
      id
      title
      reportingDeadlines {
        period
        dueOn
        rawText
      }
      tasks {
        id
        outline
        title
        status
        overdue
        tracking {
          asOf
          state
          daysOverdue
        }
        timeframe {
          label
          endsOn
        }
        leads {
          id
          code
          name
        }
      }
    }
  }
`);

type Plan = ProvinceDashboardViewQuery["plans"][number];
type Task = Plan["tasks"][number];

/** How far ahead "upcoming" looks. */
const UPCOMING_DAYS = 90;

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * A figure that opens the list behind it: a real link (keyboard, a new tab),
 * named by what it shows, its title and figure; its title drawn as a link.
 */
function FigureLink({ title, value, to, suffix }: { title: string; value: number; to: string; suffix?: string }) {
  return (
    <Link to={to} style={{ display: "block", color: "inherit" }} data-figure={title}>
      <Statistic title={<span style={{ color: "#0050b3", textDecoration: "underline" }}>{title}</span>} value={value} suffix={suffix} />
    </Link>
  );
}

/**
 * A figure under its title, opening the list behind it (`to`); a figure the
 * reader may not see, or that did not arrive, says so instead of a number,
 * and opens nothing.
 */
function Tile({ title, value, suffix, to }: { title: string; value: number | string | ReactNode; suffix?: string; to?: string }) {
  const figure = typeof value === "number" || typeof value === "string";
  return (
    <Col xs={12} sm={8} md={6} lg={4}>
      <Card size="small" style={{ height: "100%" }} hoverable={figure && !!to}>
        {figure && to && typeof value === "number" ? (
          <FigureLink title={title} value={value} to={to} suffix={suffix} />
        ) : figure ? (
          <Statistic title={title} value={value as number | string} suffix={suffix} />
        ) : (
          <Statistic title={title} value={0} formatter={() => <span style={{ fontSize: 15 }}>{value}</span>} />
        )}
      </Card>
    </Col>
  );
}

/** Task progress per lead agency, as the chart draws it. */
function progressByLead(
  tasks: Task[],
  statusLabel: (status: string) => string,
): { agencies: { code: string; name: string }[]; series: ProgressSeries[] } {
  const byCode = new Map(tasks.flatMap((task) => task.leads.map((lead) => [lead.code, lead.name] as const)));
  const agencies = [...byCode].map(([code, name]) => ({ code, name })).sort((a, b) => a.name.localeCompare(b.name, "vi"));
  const series = TASK_STATUSES.map((status) => ({
    name: statusLabel(status),
    color: STATUS_COLORS[status],
    counts: agencies.map(({ code }) => tasks.filter((task) => task.status === status && task.leads.some((l) => l.code === code)).length),
  }));
  return { agencies, series };
}

/** The province's year at a glance, for its leaders: figures from all five departments in one request. */
export function ProvinceDashboard() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const { provinceCode = "", year: yearParam = "" } = useParams();
  const year = Number(yearParam);
  const [{ data, error, fetching }] = useQuery({ query: ProvinceDashboardView, variables: { provinceCode, year } });
  const province = data?.province;
  const tasks = useMemo(() => (data?.plans ?? []).flatMap((plan) => plan.tasks), [data]);
  const chart = useMemo(() => progressByLead(tasks, (status) => t(`status.${status}`)), [tasks, t]);
  const chartNames = useMemo(() => chart.agencies.map((a) => a.name), [chart]);
  const down = departmentsDown(error);
  // What the API hides from a visitor or another province's official is shown as hidden, never as 0 or "none".
  const access = provinceAccess(session, province ?? provinceCode);
  const hidden = access === "full" ? null : <Withheld access={access} />;
  const shown = (value: number) => hidden ?? value;
  // Lists fed by the plans department say so when it is not answering, rather than "none".
  const plansMissing = !data?.plans && !!error;
  const listEmpty = (none: string) =>
    hidden ?? (plansMissing ? <Unavailable error={error} departments={["plans"]} /> : <Nothing>{none}</Nothing>);
  const today = todayIso();
  const horizon = addDays(today, UPCOMING_DAYS);
  const deadlines = (data?.plans ?? [])
    .flatMap((plan) => plan.reportingDeadlines)
    .filter((d) => d.dueOn && d.dueOn >= today && d.dueOn <= horizon)
    .sort((a, b) => (a.dueOn ?? "").localeCompare(b.dueOn ?? ""));
  // A periodic deadline written as no real date: nobody can say whether it is near, so it is listed, saying so.
  const unknownDeadlines = (data?.plans ?? []).flatMap((plan) => plan.reportingDeadlines).filter((d) => !d.dueOn && d.period !== "AD_HOC");
  const tracking = TRACKING_STATES.map((state) => [state, tasks.filter((task) => task.tracking.state === state).length] as const);
  const trackedOn = tasks[0]?.tracking.asOf;
  const endingTasks = tasks
    .filter((task) => task.status !== "DONE" && task.status !== "CANCELLED" && task.timeframe?.endsOn)
    .filter((task) => task.timeframe!.endsOn! >= today && task.timeframe!.endsOn! <= horizon);
  const overdue = tasks.filter((task) => task.overdue);
  const years = [...new Set([year, ...(province?.plans ?? []).map((p) => p.year)])].sort((a, b) => b - a);
  const summary = province?.planSummary;
  // the plans of the provinces merged into this one in 2025, read as its own history
  const merged = (province?.history ?? []).filter((plan) => plan.province.code !== province?.code);
  // each department's figure opens its records of the year (those the figure counts, by their date)
  const departmentTile = (department: string, title: string, figures: [string, number, string, boolean?][] | null | undefined) => (
    <Col xs={24} md={12} lg={6} key={department}>
      <Card size="small" title={<h2 style={{ fontSize: 15, margin: 0, whiteSpace: "normal" }}>{title}</h2>}>
        {figures ? (
          <>
            <Space wrap size="large">
              {figures.map(([label, value, type, rebutted]) => (
                <FigureLink key={label} title={label} value={value} to={recordsPath(type, { province: provinceCode, year, rebutted })} />
              ))}
            </Space>
            {hidden ? (
              <Typography.Paragraph type="secondary" style={{ margin: "8px 0 0", fontSize: 13 }}>
                {access === "signIn" ? t("dashboard.publicOnlySignIn") : t("dashboard.publicOnly")}
              </Typography.Paragraph>
            ) : null}
          </>
        ) : down.includes(department) ? (
          <DepartmentNotice error={error} only={[department]} />
        ) : (
          <Typography.Text>—</Typography.Text>
        )}
      </Card>
    </Col>
  );
  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      <Card
        loading={fetching && !data}
        title={<PageTitle>{province ? t("dashboard.title", { province: province.name, year }) : t("dashboard.titleShort")}</PageTitle>}
        extra={
          <Space>
            <Typography.Text id="dashboard-year">{t("dashboard.year")}</Typography.Text>
            <Select
              aria-labelledby="dashboard-year"
              value={year}
              style={{ width: 110 }}
              options={years.map((y) => ({ value: y, label: String(y) }))}
              onChange={(y) => navigate(`/provinces/${provinceCode}/${y}`)}
            />
          </Space>
        }
      >
        {down.includes("plans") ? <DepartmentNotice error={error} only={["plans"]} /> : null}
        {!province && !fetching && !error ? <Empty description={t("dashboard.none")} /> : null}
        {!province && !fetching && error && !down.includes("plans") ? <Unavailable error={error} /> : null}
        {province && hidden ? (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            data-testid="dashboard-withheld"
            message={access === "signIn" ? t("dashboard.signInToSee") : t("dashboard.notYours")}
            action={access === "signIn" ? <Link to="/sign-in">{t("nav.signIn")}</Link> : undefined}
          />
        ) : null}
        {summary ? (
          <>
            <Typography.Title level={2} style={{ fontSize: 16 }}>
              {t("dashboard.tasks")}
            </Typography.Title>
            <Row gutter={[12, 12]}>
              <Tile title={t("dashboard.allTasks")} value={shown(summary.tasks)} to={planPath(provinceCode, year)} />
              {TASK_STATUSES.map((status) => (
                <Tile
                  key={status}
                  title={t(`status.${status}`)}
                  value={shown(summary.tasksByStatus.find((s) => s.status === status)?.count ?? 0)}
                  to={planPath(provinceCode, year, { status })}
                />
              ))}
              <Tile
                title={t("dashboard.overdue")}
                value={shown(summary.overdueTasks)}
                to={planPath(provinceCode, year, { overdue: true })}
              />
            </Row>
            <section aria-labelledby="dashboard-tracking" data-testid="dashboard-tracking">
              <Typography.Title level={2} style={{ fontSize: 16, marginTop: 16 }} id="dashboard-tracking">
                {trackedOn && !hidden ? t("dashboard.trackingOn", { date: formatDate(trackedOn) }) : t("dashboard.tracking")}
              </Typography.Title>
              <Row gutter={[12, 12]}>
                {tracking
                  .filter(([state, count]) => count > 0 || !["NO_DEADLINE", "CANCELLED"].includes(state))
                  .map(([state, count]) => (
                    <Tile
                      key={state}
                      title={t(`tracking.${state}`)}
                      value={hidden ?? count}
                      to={planPath(provinceCode, year, { tracking: state })}
                    />
                  ))}
              </Row>
            </section>
            <Typography.Title level={2} style={{ fontSize: 16 }}>
              {t("dashboard.reports")}
            </Typography.Title>
            <Row gutter={[12, 12]}>
              <Tile
                title={t("state.ON_TIME")}
                value={shown(summary.reportsOnTime)}
                to={compliancePath(provinceCode, year, { state: "ON_TIME" })}
              />
              <Tile title={t("state.LATE")} value={shown(summary.reportsLate)} to={compliancePath(provinceCode, year, { state: "LATE" })} />
              <Tile
                title={t("state.MISSING")}
                value={shown(summary.reportsMissing)}
                to={compliancePath(provinceCode, year, { state: "MISSING" })}
              />
              <Tile
                title={t("state.PENDING")}
                value={shown(summary.reportsPending)}
                to={compliancePath(provinceCode, year, { state: "PENDING" })}
              />
              {hidden || summary.reportsDeadlineUnknown > 0 ? (
                <Tile
                  title={t("state.DEADLINE_UNKNOWN")}
                  value={shown(summary.reportsDeadlineUnknown)}
                  to={compliancePath(provinceCode, year, { state: "DEADLINE_UNKNOWN" })}
                />
              ) : null}
            </Row>
            <Space wrap style={{ marginTop: 12 }}>
              <Link to={`/plans/${provinceCode}/${year}`}>{t("dashboard.openPlan")}</Link>
              <Link to={`/compliance/${provinceCode}/${year}`}>{t("dashboard.openCompliance")}</Link>
              <Link to={`/public/${provinceCode}`}>{t("dashboard.openPublic")}</Link>
              {hidden ? null : <Link to={summaryPath(provinceCode, year)}>{t("dashboard.openSummary")}</Link>}
            </Space>
          </>
        ) : null}
      </Card>
      {province ? (
        <Row gutter={[12, 12]}>
          {departmentTile(
            "trade",
            t("department.trade"),
            province.tradeSummary && [
              [t("dashboard.tradeEvents"), province.tradeSummary.tradeEvents, "TradeEvent"],
              [t("dashboard.investmentProjects"), province.tradeSummary.investmentProjects, "InvestmentProject"],
            ],
          )}
          {departmentTile(
            "tourism",
            t("department.tourism"),
            province.tourismSummary && [
              [t("dashboard.culturalEvents"), province.tourismSummary.culturalEvents, "CulturalEvent"],
              [t("dashboard.promotionCampaigns"), province.tourismSummary.promotionCampaigns, "PromotionCampaign"],
              [t("dashboard.publications"), province.tourismSummary.publications, "Publication"],
            ],
          )}
          {departmentTile(
            "foreignAffairs",
            t("department.foreignAffairs"),
            province.foreignAffairsSummary && [
              [t("dashboard.pressVisits"), province.foreignAffairsSummary.pressVisits, "ForeignPressVisit"],
              [t("dashboard.delegations"), province.foreignAffairsSummary.delegations, "Delegation"],
              [t("dashboard.mediaItems"), province.foreignAffairsSummary.mediaItems, "MediaMonitoringItem"],
              [t("dashboard.rebuttals"), province.foreignAffairsSummary.rebuttals, "MediaMonitoringItem", true],
            ],
          )}
          {departmentTile(
            "borderSecurity",
            t("department.borderSecurity"),
            province.borderSummary && [
              [t("dashboard.outreachSessions"), province.borderSummary.outreachSessions, "OutreachSession"],
              // the people counted attended the year's sessions: the sessions are the list behind the figure
              [t("dashboard.attendees"), province.borderSummary.attendees, "OutreachSession"],
              [t("dashboard.informationPoints"), province.borderSummary.informationPoints, "InformationPoint"],
            ],
          )}
        </Row>
      ) : null}
      {province ? (
        <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("performance.title", { year })}</h2>}>
          <section data-testid="agency-performance">
            {hidden ??
              (province.agencyPerformance ? (
                <AgencyPerformanceTable rows={province.agencyPerformance} year={year} provinceCode={provinceCode} />
              ) : (
                <Unavailable error={error} departments={["plans"]} />
              ))}
          </section>
        </Card>
      ) : null}
      {tasks.length > 0 ? (
        <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("dashboard.progressByLead")}</h2>}>
          <TaskProgressChart
            agencies={chartNames}
            series={chart.series}
            label={t("dashboard.progressByLead")}
            // a bar opens the plan's tasks of that agency and status
            onSelect={(agency, status) =>
              navigate(
                `/plans/${provinceCode}/${year}?agency=${encodeURIComponent(chart.agencies[agency].code)}&status=${TASK_STATUSES[status]}`,
              )
            }
          />
        </Card>
      ) : null}
      {province ? (
        <Row gutter={[12, 12]}>
          <Col xs={24} lg={12}>
            <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("dashboard.upcoming", { days: UPCOMING_DAYS })}</h2>}>
              <List
                size="small"
                locale={{ emptyText: listEmpty(t("dashboard.noneUpcoming")) }}
                dataSource={[
                  // a deadline opens the agencies' reports of its period; a task, its row in the plan
                  ...unknownDeadlines.map((d) => ({
                    key: `u-${d.period}-${d.rawText}`,
                    on: "",
                    text: t("dashboard.reportDueUnknown", { period: t(`period.${d.period}`), text: d.rawText }),
                    to: compliancePath(provinceCode, year, { period: d.period }),
                  })),
                  ...deadlines.map((d) => ({
                    key: `d-${d.period}-${d.dueOn}`,
                    on: d.dueOn!,
                    text: t("dashboard.reportDue", { period: t(`period.${d.period}`) }),
                    to: compliancePath(provinceCode, year, { period: d.period }),
                  })),
                  ...endingTasks.map((task) => ({
                    key: task.id,
                    on: task.timeframe!.endsOn!,
                    text: `${task.outline}. ${task.title}`,
                    to: taskPath(provinceCode, year, task.id),
                  })),
                ].sort((a, b) => a.on.localeCompare(b.on))}
                renderItem={(item) => (
                  <List.Item>
                    <span>
                      {item.on ? <strong>{formatDate(item.on)}</strong> : <Label tone="notice">{t("deadline.unknown")}</Label>}
                      &nbsp;<Link to={item.to}>{item.text}</Link>
                    </span>
                  </List.Item>
                )}
              />
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card
              title={
                <h2 style={{ fontSize: 16, margin: 0 }}>
                  {hidden || plansMissing ? t("dashboard.overdueTasksTitle") : t("dashboard.overdueTasks", { count: overdue.length })}
                </h2>
              }
            >
              <List
                size="small"
                locale={{ emptyText: listEmpty(t("dashboard.noneOverdue")) }}
                dataSource={overdue}
                renderItem={(task) => (
                  <List.Item extra={<Label tone={STATUS_TONES[task.status]}>{t(`status.${task.status}`)}</Label>}>
                    <span>
                      <Link to={taskPath(provinceCode, year, task.id)}>
                        {task.outline}. {task.title}
                      </Link>{" "}
                      <Typography.Text type="secondary">
                        (
                        {task.leads.map((l, index) => (
                          <span key={l.id}>
                            {index > 0 ? ", " : ""}
                            <Link to={agencyPath(provinceCode, year, l.code)} title={l.name}>
                              {l.code}
                            </Link>
                          </span>
                        ))}
                        {task.timeframe?.label ? ` · ${task.timeframe.label}` : ""})
                      </Typography.Text>
                      {task.tracking.daysOverdue > 0 ? (
                        <Typography.Text strong style={{ color: "#820014" }}>
                          {" "}
                          {t("tracking.daysOverdue", { days: task.tracking.daysOverdue })}
                        </Typography.Text>
                      ) : null}
                    </span>
                  </List.Item>
                )}
              />
            </Card>
          </Col>
        </Row>
      ) : null}
      {merged.length > 0 ? (
        <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("dashboard.mergedHistory")}</h2>}>
          <Typography.Paragraph type="secondary">{t("dashboard.mergedHistoryNote", { province: province?.name })}</Typography.Paragraph>
          <List
            size="small"
            dataSource={merged}
            renderItem={(plan) => (
              <List.Item>
                <Link to={`/plans/${plan.province.code}/${plan.year}`}>
                  {plan.year} · {plan.province.name}: {plan.title}
                </Link>
              </List.Item>
            )}
          />
        </Card>
      ) : null}
    </Space>
  );
}
