import { Alert, Button, Space, Spin } from "antd";
import { useLayoutEffect, useMemo, useRef, type CSSProperties, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { useQuery } from "urql";
import type { Figures } from "../components/AgencyPerformance";
import { DepartmentNotice } from "../components/DepartmentNotice";
import { PageTitle } from "../components/PageTitle";
import { Unavailable, Withheld } from "../components/Unavailable";
import { formatDate, todayIso } from "../format";
import { graphql } from "../gql";
import { agencyPath, compliancePath, planPath, recordsPath, taskPath } from "../links";
import { provinceAccess } from "../permissions";
import { useSession } from "../session";
import { STATUS_COLORS, TASK_STATUSES } from "../statuses";
import "./summary.css";

const ProvinceSummaryView = graphql(/* GraphQL */ `
  query ProvinceSummaryView($provinceCode: String!, $year: Int!) {
    province(code: $provinceCode) {
      code
      name
      successor {
        code
      }
      ...ProvinceYearFigures
    }
    plans(provinceCode: $provinceCode, year: $year, limit: 1) {
      id
      title
      documentNumber
      issuedOn
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
        leads {
          id
          code
          name
        }
      }
    }
    agencies(provinceCode: $provinceCode, limit: 1000) {
      id
      code
      name
      reports(year: $year) {
        deadlineId
        period
        state
      }
    }
  }
`);

/** How many overdue tasks the page names; the rest are counted. */
const OVERDUE_SHOWN = 8;
/** The sheet's height on the page: A4's 297 mm less the 12 mm margins of print.css, less a little for rounding. */
const PAGE_HEIGHT_MM = 297 - 2 * 12 - 3;
const PX_PER_MM = 96 / 25.4;

const percent = (share: number | null | undefined) => (share === null || share === undefined ? "—" : `${Math.round(share * 100)}%`);

function Figure({ label, value, to }: { label: string; value: ReactNode; to?: string }) {
  return (
    <div className="figure">
      {to ? <Link to={to}>{label}</Link> : <span className="label">{label}</span>}
      <strong>{value}</strong>
    </div>
  );
}

/**
 * The province's year on one A4 page, for the monthly meeting: the key
 * figures, each agency's progress on the tasks it leads with its on-time
 * rates, who is late or has not reported, the longest-overdue tasks and the
 * date the figures are as of. On screen each figure and name opens the list
 * behind it; printed, it is one page — measured, and zoomed to fit when a
 * long plan would run over.
 */
export function ProvinceSummary() {
  const { t } = useTranslation();
  const session = useSession();
  const { provinceCode = "", year: yearParam = "" } = useParams();
  const year = Number(yearParam);
  const [{ data, error, fetching }] = useQuery({ query: ProvinceSummaryView, variables: { provinceCode, year } });
  const province = data?.province;
  const plan = data?.plans[0];
  const access = provinceAccess(session, province ?? provinceCode);
  const tasks = useMemo(() => plan?.tasks ?? [], [plan]);
  const sheet = useRef<HTMLElement>(null);

  // Measured at the printed width: taller than the page, it is zoomed to fit, on screen as in print (what is seen is what prints).
  useLayoutEffect(() => {
    const element = sheet.current;
    if (!element) return;
    const fit = () => {
      element.style.removeProperty("--fit");
      if (Math.abs(element.getBoundingClientRect().width - 186 * PX_PER_MM) > 2) return; // a phone's narrower layout is not what prints
      const limit = PAGE_HEIGHT_MM * PX_PER_MM;
      let height = element.getBoundingClientRect().height;
      let zoom = 1;
      // zoomed, the text wraps a little differently: measured again until it fits
      for (let step = 0; step < 6 && height > limit; step++) {
        zoom = Math.floor(zoom * (limit / height) * 1000) / 1000;
        element.style.setProperty("--fit", String(zoom));
        height = element.getBoundingClientRect().height;
      }
    };
    fit();
    void document.fonts.ready.then(fit);
    window.addEventListener("resize", fit);
    return () => window.removeEventListener("resize", fit);
  }, [data, access]);

  const asOf = tasks[0]?.tracking.asOf ?? province?.agencyPerformance?.[0]?.current.asOf ?? todayIso();
  const summary = province?.planSummary;
  const count = (status: string) => summary?.tasksByStatus.find((s) => s.status === status)?.count ?? 0;
  const tracking = (state: string) => tasks.filter((task) => task.tracking.state === state).length;

  // per lead agency: its tasks by status, and its on-time rates beside last year's
  const performance = useMemo(() => new Map((province?.agencyPerformance ?? []).map((p) => [p.agency.code, p])), [province]);
  const leads = useMemo(() => {
    const byCode = new Map<string, { code: string; name: string }>();
    for (const task of tasks) for (const lead of task.leads) byCode.set(lead.code, lead);
    return [...byCode.values()]
      .map((agency) => {
        const led = tasks.filter((task) => task.leads.some((l) => l.code === agency.code));
        return {
          ...agency,
          led: led.length,
          byStatus: TASK_STATUSES.map((status) => led.filter((task) => task.status === status).length),
          overdue: led.filter((task) => task.overdue).length,
          figures: performance.get(agency.code),
        };
      })
      .sort((a, b) => b.overdue - a.overdue || a.name.localeCompare(b.name, "vi"));
  }, [tasks, performance]);

  // who is late and who has sent nothing, per period
  const chase = (["MISSING", "LATE"] as const).flatMap((state) =>
    (["SEMI_ANNUAL", "ANNUAL", "AD_HOC"] as const)
      .map((period) => ({
        state,
        period,
        agencies: (data?.agencies ?? []).filter((a) => a.reports.some((r) => r.state === state && r.period === period)),
      }))
      .filter((group) => group.agencies.length > 0),
  );
  const overdue = tasks.filter((task) => task.overdue).sort((a, b) => b.tracking.daysOverdue - a.tracking.daysOverdue);

  const rate = (figures: Figures | undefined, which: "task" | "report") =>
    figures ? percent(which === "task" ? figures.taskOnTimeShare : figures.reportOnTimeShare) : "—";
  const records = (department: string, figures: [string, string, number][] | null | undefined) =>
    figures ? (
      <span key={department}>
        <strong>{t(`summary.department.${department}`)}:</strong>{" "}
        {figures.map(([type, label, value], index) => (
          <span key={type}>
            {index > 0 ? ", " : ""}
            <Link to={recordsPath(type, { province: provinceCode, year })}>{`${value} ${label.toLowerCase()}`}</Link>
          </span>
        ))}
        {". "}
      </span>
    ) : (
      <span key={department}>
        <Unavailable error={error} departments={[department]} />{" "}
      </span>
    );
  const bar = (byStatus: number[], total: number): CSSProperties[] =>
    byStatus.map((n, index) => ({ width: `${(n / Math.max(total, 1)) * 100}%`, background: STATUS_COLORS[TASK_STATUSES[index]] }));

  const title = province ? t("summary.title", { province: province.name, year }) : t("summary.titleShort");
  return (
    // no gaps around what print leaves out: the sheet alone is measured against the page
    <div>
      <Space wrap className="no-print" style={{ marginBottom: 16 }}>
        <Button type="primary" onClick={() => window.print()} disabled={!summary}>
          {t("summary.print")}
        </Button>
        <Link to={`/provinces/${provinceCode}/${year}`}>{t("summary.back")}</Link>
      </Space>
      <DepartmentNotice error={error} />
      {fetching && !data ? <Spin /> : null}
      {province && access !== "full" ? (
        <Alert type="info" showIcon message={<Withheld access={access} />} />
      ) : province && summary ? (
        <div className="a4-frame">
          <article className="a4-sheet" ref={sheet} data-testid="a4-summary">
            <PageTitle>{title}</PageTitle>
            <p className="sheet-meta">
              {t("summary.subtitle")} · <strong>{t("summary.asOf", { date: formatDate(asOf) })}</strong>
              {plan?.documentNumber
                ? ` · ${t("summary.plan", { number: plan.documentNumber, date: plan.issuedOn ? formatDate(plan.issuedOn) : "" })}`
                : ""}
            </p>

            <h2>{t("summary.keyFigures")}</h2>
            <div className="figures">
              <Figure label={t("dashboard.allTasks")} value={summary.tasks} to={planPath(provinceCode, year)} />
              <Figure label={t("status.DONE")} value={count("DONE")} to={planPath(provinceCode, year, { status: "DONE" })} />
              <Figure
                label={t("status.IN_PROGRESS")}
                value={count("IN_PROGRESS")}
                to={planPath(provinceCode, year, { status: "IN_PROGRESS" })}
              />
              <Figure
                label={t("status.NOT_STARTED")}
                value={count("NOT_STARTED")}
                to={planPath(provinceCode, year, { status: "NOT_STARTED" })}
              />
              <Figure label={t("dashboard.overdue")} value={summary.overdueTasks} to={planPath(provinceCode, year, { overdue: true })} />
              <Figure
                label={t("summary.reportsOnTime")}
                value={summary.reportsOnTime}
                to={compliancePath(provinceCode, year, { state: "ON_TIME" })}
              />
              <Figure
                label={t("summary.reportsLate")}
                value={summary.reportsLate}
                to={compliancePath(provinceCode, year, { state: "LATE" })}
              />
              <Figure
                label={t("summary.reportsMissing")}
                value={summary.reportsMissing}
                to={compliancePath(provinceCode, year, { state: "MISSING" })}
              />
              <Figure
                label={t("summary.reportsPending")}
                value={summary.reportsPending}
                to={compliancePath(provinceCode, year, { state: "PENDING" })}
              />
              <Figure
                label={t("tracking.COMPLETED_ON_TIME")}
                value={tracking("COMPLETED_ON_TIME")}
                to={planPath(provinceCode, year, { tracking: "COMPLETED_ON_TIME" })}
              />
            </div>
            {summary.reportsDeadlineUnknown > 0 ? <p>{t("summary.deadlineUnknown", { count: summary.reportsDeadlineUnknown })}</p> : null}
            <p style={{ marginTop: "1.5mm" }}>
              {records(
                "trade",
                province.tradeSummary && [
                  ["TradeEvent", t("dashboard.tradeEvents"), province.tradeSummary.tradeEvents],
                  ["InvestmentProject", t("dashboard.investmentProjects"), province.tradeSummary.investmentProjects],
                ],
              )}
              {records(
                "tourism",
                province.tourismSummary && [
                  ["CulturalEvent", t("dashboard.culturalEvents"), province.tourismSummary.culturalEvents],
                  ["PromotionCampaign", t("dashboard.promotionCampaigns"), province.tourismSummary.promotionCampaigns],
                  ["Publication", t("dashboard.publications"), province.tourismSummary.publications],
                ],
              )}
              {records(
                "foreignAffairs",
                province.foreignAffairsSummary && [
                  ["ForeignPressVisit", t("dashboard.pressVisits"), province.foreignAffairsSummary.pressVisits],
                  ["Delegation", t("dashboard.delegations"), province.foreignAffairsSummary.delegations],
                  ["MediaMonitoringItem", t("dashboard.mediaItems"), province.foreignAffairsSummary.mediaItems],
                ],
              )}
              {records(
                "borderSecurity",
                province.borderSummary && [
                  ["OutreachSession", t("dashboard.outreachSessions"), province.borderSummary.outreachSessions],
                  ["InformationPoint", t("dashboard.informationPoints"), province.borderSummary.informationPoints],
                ],
              )}
            </p>

            <h2>{t("summary.agencies")}</h2>
            <div className="sheet-table">
              <table data-testid="summary-agencies">
                <colgroup>
                  <col />
                  <col style={{ width: "13mm" }} />
                  <col style={{ width: "17mm" }} />
                  <col style={{ width: "14mm" }} />
                  <col style={{ width: "24mm" }} />
                  <col style={{ width: "22mm" }} />
                  <col style={{ width: "22mm" }} />
                </colgroup>
                <thead>
                  <tr>
                    <th scope="col">{t("performance.agency")}</th>
                    <th scope="col" className="number">
                      {t("summary.led")}
                    </th>
                    <th scope="col" className="number">
                      {t("status.DONE")}
                    </th>
                    <th scope="col" className="number">
                      {t("dashboard.overdue")}
                    </th>
                    <th scope="col">{t("summary.progress")}</th>
                    <th scope="col" className="number">
                      {t("summary.taskRate", { year })}
                    </th>
                    <th scope="col" className="number">
                      {t("summary.reportRate", { year })}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {leads.map((lead) => (
                    <tr key={lead.code}>
                      <td>
                        <Link to={agencyPath(provinceCode, year, lead.code)}>{lead.name}</Link>
                      </td>
                      <td className="number">{lead.led}</td>
                      <td className="number">{lead.byStatus[TASK_STATUSES.indexOf("DONE")]}</td>
                      <td className="number">{lead.overdue}</td>
                      <td>
                        <div className="bar" aria-hidden="true">
                          {bar(lead.byStatus, lead.led).map((style, index) => (
                            <span key={TASK_STATUSES[index]} style={style} />
                          ))}
                        </div>
                      </td>
                      <td className="number">
                        {rate(lead.figures?.current, "task")}
                        <span className="sheet-meta">{` (${rate(lead.figures?.previous, "task")})`}</span>
                      </td>
                      <td className="number">
                        {rate(lead.figures?.current, "report")}
                        <span className="sheet-meta">{` (${rate(lead.figures?.previous, "report")})`}</span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p className="sheet-meta" style={{ marginTop: "0.5mm" }}>
              {t("summary.ratesNote", { previousYear: year - 1 })}
            </p>

            <h2>{t("summary.reports")}</h2>
            {chase.length === 0 ? <p>{t("summary.noneLateMissing")}</p> : null}
            {chase.map((group) => (
              <p key={`${group.state}-${group.period}`} data-testid={`summary-${group.state}-${group.period}`}>
                <strong>
                  <Link to={compliancePath(provinceCode, year, { state: group.state, period: group.period })}>
                    {t(`summary.chase.${group.state}`, { period: t(`period.${group.period}`).toLowerCase(), count: group.agencies.length })}
                  </Link>
                  :
                </strong>{" "}
                {group.agencies.map((agency, index) => (
                  <span key={agency.id}>
                    {index > 0 ? "; " : ""}
                    <Link to={agencyPath(provinceCode, year, agency.code)}>{agency.name}</Link>
                  </span>
                ))}
              </p>
            ))}

            <h2>{t("summary.overdue", { count: overdue.length })}</h2>
            {overdue.length === 0 ? (
              <p>{t("dashboard.noneOverdue")}</p>
            ) : (
              <div className="sheet-table">
                <table data-testid="summary-overdue">
                  <colgroup>
                    <col style={{ width: "12mm" }} />
                    <col />
                    <col style={{ width: "36mm" }} />
                    <col style={{ width: "20mm" }} />
                  </colgroup>
                  <thead>
                    <tr>
                      <th scope="col">{t("plan.ordinal")}</th>
                      <th scope="col">{t("plan.task")}</th>
                      <th scope="col">{t("plan.lead")}</th>
                      <th scope="col" className="number">
                        {t("summary.daysOverdue")}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {overdue.slice(0, OVERDUE_SHOWN).map((task) => (
                      <tr key={task.id}>
                        <td>
                          <Link to={taskPath(provinceCode, year, task.id)}>{task.outline}</Link>
                        </td>
                        <td>
                          <div className="clamp">{task.title}</div>
                        </td>
                        <td>{task.leads.map((l) => l.code).join(", ")}</td>
                        <td className="number">{task.tracking.daysOverdue}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            {overdue.length > OVERDUE_SHOWN ? (
              <p>
                <Link to={planPath(provinceCode, year, { overdue: true })}>
                  {t("summary.overdueMore", { count: overdue.length - OVERDUE_SHOWN })}
                </Link>
              </p>
            ) : null}
            <p className="sheet-meta" style={{ marginTop: "2mm" }}>
              {t("summary.source", { date: formatDate(todayIso()) })}
            </p>
          </article>
        </div>
      ) : !fetching && !province ? (
        error ? (
          <Unavailable error={error} />
        ) : (
          <Alert type="info" showIcon message={t("dashboard.none")} />
        )
      ) : null}
    </div>
  );
}
