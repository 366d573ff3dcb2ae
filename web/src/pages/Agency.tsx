import { Card, Col, Descriptions, Empty, List, Row, Space, Typography } from "antd";
import { useMemo, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { useQuery } from "urql";
import { outsideItsLife } from "../agency-years";
import { ReportShare, TaskShare } from "../components/AgencyPerformance";
import { ClassificationBadge } from "../components/ClassificationBadge";
import { DepartmentNotice } from "../components/DepartmentNotice";
import { Label } from "../components/Label";
import { Nothing } from "../components/Nothing";
import { PageTitle } from "../components/PageTitle";
import { ReportFileLink } from "../components/Reminders";
import { ResponsiveTable } from "../components/ResponsiveTable";
import { TrackingBadge } from "../components/Tracking";
import { Unavailable, Withheld } from "../components/Unavailable";
import { formatDate } from "../format";
import { graphql } from "../gql";
import type { AgencyTaskFragment } from "../gql/graphql";
import { agencyPath, compliancePath, planPath, taskPath } from "../links";
import { provinceAccess } from "../permissions";
import { dossier, missingDepartments, recordCount, type Done } from "../records/dossier";
import { useSession } from "../session";
import { REPORT_STATE_TONES, STATUS_TONES } from "../statuses";

/** The province's directory, to find the agency a code names (a district's id is not its code). */
const AgencyLookup = graphql(/* GraphQL */ `
  query AgencyLookup($provinceCode: String!) {
    agencies(provinceCode: $provinceCode, limit: 1000) {
      id
      code
    }
  }
`);

export const AgencyTask = graphql(/* GraphQL */ `
  fragment AgencyTask on Task {
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
    plan {
      id
      year
      province {
        code
      }
    }
    leads {
      id
      code
      name
    }
    ...TaskRecords
  }
`);

const AgencyView = graphql(/* GraphQL */ `
  query AgencyView($id: ID!, $year: Int!) {
    agency(id: $id) {
      id
      code
      name
      nameEn
      validFrom
      validUntil
      existedIn(year: $year)
      reportsRequired
      province {
        code
        name
        successor {
          code
        }
      }
      successor {
        code
        name
      }
      focalPoints {
        id
        role
        fullName
        position
        phone
        email
        contactShown
      }
      ledTasks(year: $year) {
        ...AgencyTask
      }
      coordinatedTasks(year: $year) {
        ...AgencyTask
      }
      reports(year: $year) {
        deadlineId
        period
        dueOn
        dueText
        submittedOn
        state
        report {
          id
          documentNumber
          fileName
        }
      }
      performance(year: $year) {
        current {
          ...YearFigures
        }
        previous {
          ...YearFigures
        }
      }
    }
  }
`);

/**
 * The data a periodic report covers (Decree 09/2019/NĐ-CP, Art. 12): from 15
 * December of the year before to 14 June (six-month) or 14 December (annual).
 */
function dataWindow(period: string, year: number): [string, string] | null {
  if (period === "SEMI_ANNUAL") return [`${year - 1}-12-15`, `${year}-06-14`];
  if (period === "ANNUAL") return [`${year - 1}-12-15`, `${year}-12-14`];
  return null;
}

function Section({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <Card
      size="small"
      style={{ height: "100%" }}
      title={<h2 style={{ fontSize: 16, margin: 0, whiteSpace: "normal" }}>{title}</h2>}
      data-testid={id}
    >
      {children}
    </Card>
  );
}

/**
 * One agency's year, for the leader who drills down from a figure: the tasks
 * it leads and coordinates (each opening its row in the plan), its reports
 * and their states, its focal points (contacts only where the API shows them
 * to the reader), the departments' records under its tasks (each opening its
 * record), and its on-time rates beside last year's.
 */
export function AgencyPage() {
  const { t } = useTranslation();
  const session = useSession();
  const { provinceCode = "", year: yearParam = "", code = "" } = useParams();
  const year = Number(yearParam);
  const [lookup] = useQuery({ query: AgencyLookup, variables: { provinceCode } });
  const id = lookup.data?.agencies.find((a) => a.code === code)?.id;
  const [{ data, error, fetching }] = useQuery({ query: AgencyView, variables: { id: id ?? "", year }, pause: !id });
  const agency = data?.agency;
  const access = provinceAccess(session, agency?.province ?? provinceCode);
  const withheld = access === "full" ? null : <Withheld access={access} />;
  const unknown = !lookup.fetching && lookup.data && !id;
  const tasks = useMemo(() => {
    const seen = new Map<string, AgencyTaskFragment>();
    for (const task of [...(agency?.ledTasks ?? []), ...(agency?.coordinatedTasks ?? [])]) seen.set(task.id, task);
    return [...seen.values()];
  }, [agency]);
  const records = useMemo(
    () =>
      tasks.flatMap((task) =>
        dossier(task).flatMap(([department, items]) =>
          items.map((item) => ({ ...item, department, task }) as Done & { department: string; task: AgencyTaskFragment }),
        ),
      ),
    [tasks],
  );
  const silent = [...new Set(tasks.flatMap((task) => missingDepartments(task)))];
  const title = agency ? t("agency.title", { agency: agency.name, year }) : t("agency.titleShort");

  const taskColumns = (withLead: boolean) => [
    {
      title: t("plan.ordinal"),
      key: "outline",
      width: 80,
      render: (_: unknown, task: AgencyTaskFragment) => (
        <Link to={taskPath(task.plan.province.code, task.plan.year, task.id)} aria-label={t("agency.openTask", { outline: task.outline })}>
          {task.outline}
        </Link>
      ),
    },
    {
      title: t("plan.task"),
      key: "title",
      render: (_: unknown, task: AgencyTaskFragment) => (
        <Link to={taskPath(task.plan.province.code, task.plan.year, task.id)}>{task.title}</Link>
      ),
    },
    ...(withLead
      ? [
          {
            title: t("plan.lead"),
            key: "leads",
            render: (_: unknown, task: AgencyTaskFragment) =>
              task.leads.map((lead, index) => (
                <span key={lead.id}>
                  {index > 0 ? ", " : ""}
                  <Link to={agencyPath(provinceCode, year, lead.code)} title={lead.name}>
                    {lead.code}
                  </Link>
                </span>
              )),
          },
        ]
      : []),
    {
      title: t("plan.timeframe"),
      key: "timeframe",
      width: 140,
      render: (_: unknown, task: AgencyTaskFragment) => task.timeframe?.label ?? "",
    },
    {
      title: t("plan.status"),
      key: "status",
      width: 130,
      render: (_: unknown, task: AgencyTaskFragment) => <Label tone={STATUS_TONES[task.status]}>{t(`status.${task.status}`)}</Label>,
    },
    {
      title: t("plan.trackingState"),
      key: "tracking",
      width: 190,
      render: (_: unknown, task: AgencyTaskFragment) => <TrackingBadge tracking={task.tracking} timeframe={task.timeframe} />,
    },
    {
      title: t("agency.records"),
      key: "records",
      align: "right" as const,
      render: (_: unknown, task: AgencyTaskFragment) => recordCount(task),
    },
  ];

  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      <Card
        loading={(lookup.fetching || fetching) && !data}
        title={<PageTitle>{title}</PageTitle>}
        extra={
          agency ? (
            <Space wrap>
              <Link to={planPath(provinceCode, year, { agency: agency.code })}>{t("agency.openPlan")}</Link>
              <Link to={compliancePath(provinceCode, year, { code: agency.code })}>{t("agency.openCompliance")}</Link>
            </Space>
          ) : null
        }
      >
        <DepartmentNotice error={error ?? lookup.error} />
        {unknown ? <Empty description={t("agency.none", { code })} /> : null}
        {agency ? (
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            items={[
              { key: "code", label: t("compliance.code"), children: agency.code },
              { key: "province", label: t("plan.province"), children: agency.province.name },
              ...(agency.nameEn ? [{ key: "en", label: t("agency.nameEn"), children: agency.nameEn }] : []),
              ...(agency.validFrom || agency.validUntil
                ? [
                    {
                      key: "valid",
                      label: t("agency.valid"),
                      children: `${formatDate(agency.validFrom) || "…"} – ${formatDate(agency.validUntil) || "…"}`,
                    },
                  ]
                : []),
              ...(agency.successor
                ? [
                    {
                      key: "successor",
                      label: t("agency.successor"),
                      children: <Link to={agencyPath(provinceCode, year, agency.successor.code)}>{agency.successor.name}</Link>,
                    },
                  ]
                : []),
            ]}
          />
        ) : null}
      </Card>
      {agency ? (
        <>
          <Row gutter={[12, 12]}>
            <Col xs={24} lg={12}>
              <Section title={t("agency.rates", { year, previousYear: year - 1 })} id="agency-rates">
                {withheld ?? (
                  <ResponsiveTable
                    rowKey="key"
                    size="small"
                    pagination={false}
                    bordered
                    scroll={{ x: true }}
                    dataSource={[
                      { key: "tasks", label: t("performance.tasks") },
                      { key: "reports", label: t("performance.reports") },
                    ]}
                    columns={[
                      { title: "", dataIndex: "label", key: "label" },
                      ...[
                        [String(year), agency.performance.current],
                        [String(year - 1), agency.performance.previous],
                      ].map(([label, figures]) => ({
                        title: label as string,
                        key: label as string,
                        render: (_: unknown, row: { key: string }) =>
                          row.key === "tasks" ? (
                            <TaskShare figures={figures as typeof agency.performance.current} />
                          ) : (
                            <ReportShare figures={figures as typeof agency.performance.current} />
                          ),
                      })),
                    ]}
                  />
                )}
              </Section>
            </Col>
            <Col xs={24} lg={12}>
              <Section title={t("compliance.focalPoints")} id="agency-focal-points">
                {withheld ?? (
                  <List
                    size="small"
                    dataSource={agency.focalPoints}
                    locale={{
                      emptyText: agency.existedIn ? (
                        <Label tone="error">{t("compliance.noFocalPoints")}</Label>
                      ) : (
                        <Label tone="neutral">{outsideItsLife(agency, year, t)}</Label>
                      ),
                    }}
                    renderItem={(f) => (
                      <List.Item>
                        <div>
                          <strong>{`${t(`role.${f.role}`)}: ${f.fullName}`}</strong>
                          {f.position ? <div>{f.position}</div> : null}
                          {f.contactShown ? (
                            [f.phone, f.email].filter(Boolean).length ? (
                              <Typography.Text style={{ display: "block" }}>
                                {[f.phone, f.email].filter(Boolean).join(" · ")}
                              </Typography.Text>
                            ) : null
                          ) : (
                            <Typography.Text type="secondary" style={{ display: "block", fontSize: 13 }}>
                              {t("focal.contactHidden")}
                            </Typography.Text>
                          )}
                        </div>
                      </List.Item>
                    )}
                  />
                )}
              </Section>
            </Col>
          </Row>
          <Section title={t("agency.ledTasks", { count: agency.ledTasks.length })} id="agency-led">
            {withheld ?? (
              <ResponsiveTable<AgencyTaskFragment>
                rowKey="id"
                size="small"
                pagination={false}
                scroll={{ x: 860 }}
                dataSource={agency.ledTasks}
                locale={{ emptyText: <Nothing>{t("agency.leadsNone")}</Nothing> }}
                columns={taskColumns(false)}
              />
            )}
          </Section>
          <Section title={t("agency.coordinatedTasks", { count: agency.coordinatedTasks.length })} id="agency-coordinated">
            {withheld ?? (
              <ResponsiveTable<AgencyTaskFragment>
                rowKey="id"
                size="small"
                pagination={false}
                scroll={{ x: 960 }}
                dataSource={agency.coordinatedTasks}
                locale={{ emptyText: <Nothing>{t("agency.coordinatesNone")}</Nothing> }}
                columns={taskColumns(true)}
              />
            )}
          </Section>
          <Section title={t("agency.reports", { year })} id="agency-reports">
            {withheld ?? (
              <ResponsiveTable
                rowKey="deadlineId"
                size="small"
                pagination={false}
                scroll={{ x: 640 }}
                dataSource={agency.reports}
                locale={{
                  emptyText: (
                    <Nothing>
                      {!agency.existedIn
                        ? outsideItsLife(agency, year, t)
                        : agency.reportsRequired
                          ? t("agency.reportsNone")
                          : t("agency.reportsNotRequired")}
                    </Nothing>
                  ),
                }}
                columns={[
                  { title: t("agency.period"), key: "period", width: 100, render: (_, r) => t(`period.${r.period}`) },
                  {
                    title: t("agency.dataWindow"),
                    key: "window",
                    width: 200,
                    render: (_, r) => {
                      const window = dataWindow(r.period, year);
                      return window ? `${formatDate(window[0])} – ${formatDate(window[1])}` : "";
                    },
                  },
                  {
                    title: t("agency.dueOn"),
                    key: "due",
                    width: 190,
                    render: (_, r) => (r.dueOn ? formatDate(r.dueOn) : <Label tone="notice">{t("deadline.unknown")}</Label>),
                  },
                  { title: t("report.submittedOn"), key: "submitted", width: 110, render: (_, r) => formatDate(r.submittedOn) },
                  {
                    title: t("plan.status"),
                    key: "state",
                    width: 230,
                    render: (_, r) => <Label tone={REPORT_STATE_TONES[r.state]}>{t(`state.${r.state}`)}</Label>,
                  },
                  {
                    title: t("compliance.reportFiles"),
                    key: "file",
                    render: (_, r) => (r.report ? <ReportFileLink report={r.report} /> : null),
                  },
                ]}
              />
            )}
          </Section>
          <Section title={t("agency.recordsTitle", { count: records.length })} id="agency-records">
            {withheld ?? (
              <>
                <Typography.Paragraph type="secondary">{t("agency.recordsNote")}</Typography.Paragraph>
                {silent.map((department) => (
                  <Typography.Paragraph key={department} data-unavailable={department}>
                    <Unavailable error={error} departments={[department]} />
                  </Typography.Paragraph>
                ))}
                {records.length === 0 && silent.length === 0 ? <Nothing>{t("agency.recordsNone")}</Nothing> : null}
                {["trade", "tourism", "foreignAffairs", "borderSecurity"].map((department) => {
                  const mine = records.filter((r) => r.department === department);
                  if (!mine.length) return null;
                  const types = [...new Set(mine.map((r) => r.type))];
                  return (
                    <section key={department} aria-label={t(`department.${department}`)}>
                      <Typography.Title level={3} style={{ fontSize: 15 }}>
                        {t(`department.${department}`)}
                      </Typography.Title>
                      {types.map((type) => {
                        const ofType = mine.filter((r) => r.type === type);
                        return (
                          <div key={type} style={{ marginBottom: 8 }} data-record-type={type}>
                            <Typography.Text strong>{`${t(`type.${type}`)}: ${ofType.length}`}</Typography.Text>
                            <ul style={{ margin: "4px 0 0", paddingLeft: 20 }}>
                              {ofType.map((record) => (
                                <li key={`${record.key}-${record.task.id}`}>
                                  <Link to={record.to}>{record.label}</Link>
                                  {record.on ? ` (${formatDate(record.on)})` : ""}{" "}
                                  <ClassificationBadge classification={record.classification} />
                                  <Typography.Text type="secondary">
                                    {" · "}
                                    {t("agency.underTask", { outline: record.task.outline })}
                                  </Typography.Text>
                                </li>
                              ))}
                            </ul>
                          </div>
                        );
                      })}
                    </section>
                  );
                })}
              </>
            )}
          </Section>
        </>
      ) : null}
    </Space>
  );
}
