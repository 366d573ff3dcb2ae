import { Button, Card, Checkbox, Descriptions, Empty, List, Select, Space, Tag, Typography } from "antd";
import { useEffect, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams, useSearchParams } from "react-router-dom";
import { useQuery } from "urql";
import { ClassificationBadge } from "../components/ClassificationBadge";
import { DepartmentNotice, departmentsDown } from "../components/DepartmentNotice";
import { Label } from "../components/Label";
import { Nothing } from "../components/Nothing";
import { PageTitle } from "../components/PageTitle";
import { ResponsiveTable } from "../components/ResponsiveTable";
import { DeadlineEditButton, ProgressButton, TaskEditButton } from "../components/TaskWrites";
import { StatusHistory, TrackingBadge, trackingLabelKey } from "../components/Tracking";
import { Unavailable, Withheld } from "../components/Unavailable";
import { downloadXlsx, exportDate, type ExportTable } from "../export";
import { formatDate } from "../format";
import { graphql } from "../gql";
import type { PlanViewQuery } from "../gql/graphql";
import { agencyPath, taskAnchor } from "../links";
import { coordinatesPlans, provinceAccess, reportsProgress } from "../permissions";
import { departmentRecords, dossier, missingDepartments, recordCount } from "../records/dossier";
import { useSession } from "../session";
import { STATUS_TONES, TASK_STATUSES, TRACKING_STATES, TRACKING_TONES } from "../statuses";

const PlanView = graphql(/* GraphQL */ `
  query PlanView($provinceCode: String!, $year: Int!) {
    province(code: $provinceCode) {
      code
      successor {
        code
      }
    }
    agencies(provinceCode: $provinceCode, limit: 1000) {
      id
      code
      name
    }
    plans(provinceCode: $provinceCode, year: $year, limit: 1) {
      id
      mayCoordinate
      title
      year
      documentNumber
      issuedOn
      approvedByNumber
      approvedOn
      approvalSignatoryName
      approvalSignatoryTitle
      signatoryName
      signatoryTitle
      objectives
      requirements
      province {
        code
        name
      }
      legalBases {
        text
      }
      reportingDeadlines {
        id
        version
        period
        dueOn
        rawText
      }
      tasks {
        id
        version
        text
        ordinal
        outline
        depth
        title
        status
        progressNote
        overdue
        tracking {
          asOf
          state
          daysOverdue
        }
        statusHistory {
          status
          progressNote
          changedOn
          changedAt
          userId
          agencyCode
        }
        parent {
          id
        }
        timeframe {
          label
          startsOn
          endsOn
        }
        leads {
          id
          code
          name
        }
        coordinators {
          id
          code
          name
        }
        ...TaskRecords
      }
    }
  }
`);

type Task = PlanViewQuery["plans"][number]["tasks"][number];
type TaskRow = Task & { children?: TaskRow[] };

/** The agencies a task concerns: those leading and coordinating it, and those named on what the departments recorded for it. */
function agenciesOf(task: Task, codes: ReadonlyMap<string, string>): Set<string> {
  const named = departmentRecords(task).flatMap(([, kinds]) =>
    kinds.flatMap(([, records]) => (records ?? []).flatMap((record) => record.agencies.map((a) => codes.get(a.id) ?? a.id))),
  );
  return new Set([...task.leads, ...task.coordinators].map((a) => a.code).concat(named));
}

/** The tasks as the document nests them, keeping a task when it or any task under it matches the filters. */
function taskTree(tasks: Task[], keep: (task: Task) => boolean): TaskRow[] {
  const rows = new Map<string, TaskRow>(tasks.map((task) => [task.id, { ...task }]));
  const roots: TaskRow[] = [];
  for (const task of tasks) {
    const row = rows.get(task.id)!;
    const parent = task.parent ? rows.get(task.parent.id) : undefined;
    if (parent) (parent.children ??= []).push(row);
    else roots.push(row);
  }
  const prune = (list: TaskRow[]): TaskRow[] =>
    list.flatMap((row) => {
      const children = row.children ? prune(row.children) : [];
      if (!keep(row) && children.length === 0) return [];
      return [{ ...row, children: children.length ? children : undefined }];
    });
  return prune(roots);
}

function TaskDossier({ task }: { task: Task }) {
  const { t } = useTranslation();
  const groups = dossier(task);
  const missing = missingDepartments(task);
  if (!groups.length && !missing.length && !task.progressNote) return null;
  return (
    <div style={{ marginTop: 6, fontSize: 13 }}>
      {task.progressNote ? (
        <div>
          <Typography.Text type="secondary">{t("plan.progressNote")}: </Typography.Text>
          {task.progressNote}
        </div>
      ) : null}
      {groups.map(([department, items]) => (
        <div key={department}>
          <Typography.Text type="secondary">{t(`department.${department}`)}: </Typography.Text>
          {items.map((done, index) => (
            <span key={done.key}>
              {index > 0 ? "; " : ""}
              <Link to={done.to}>{done.label}</Link>
              {done.on ? ` (${formatDate(done.on)})` : ""} <ClassificationBadge classification={done.classification} />
            </span>
          ))}
        </div>
      ))}
      {missing.map((department) => (
        <div key={department} data-unavailable={department}>
          <Typography.Text style={{ color: "#613400" }}>
            {t("missing.departmentSilent", { department: t(`department.${department}`) })}
          </Typography.Text>
        </div>
      ))}
    </div>
  );
}

function Heading({ children }: { children: string }) {
  return (
    <Typography.Title level={2} style={{ fontSize: 16 }}>
      {children}
    </Typography.Title>
  );
}

/**
 * The plan as a readable document: legal bases, objectives, deadlines, and
 * the tasks as the document nests them, each with who leads and coordinates
 * it, its timeframe and status, and under it what each department did for it.
 * The agency and status filters live in the address, so a filtered view can be shared.
 */
export function PlanPage() {
  const { t } = useTranslation();
  const session = useSession();
  const { provinceCode = "", year = "" } = useParams();
  const [params, setParams] = useSearchParams();
  const agency = params.get("agency");
  const status = params.get("status");
  const tracking = params.get("tracking");
  const overdue = params.get("overdue") === "1";
  const { hash } = useLocation();
  const [{ data, error, fetching }] = useQuery({ query: PlanView, variables: { provinceCode, year: Number(year) } });
  const plan = data?.plans[0];
  const access = provinceAccess(session, data?.province ?? provinceCode);
  const plansDown = departmentsDown(error).includes("plans");
  const directory = useMemo(() => new Map((data?.agencies ?? []).map((a) => [a.id, a])), [data]);
  /** Per task, the codes of the agencies it concerns (leading, coordinating, or named on a record under it). */
  const concerned = useMemo(() => {
    const codes = new Map([...directory.values()].map((a) => [a.id, a.code]));
    return new Map((plan?.tasks ?? []).map((task) => [task.id, agenciesOf(task, codes)]));
  }, [plan, directory]);
  const agencies = useMemo(() => [...new Set([...concerned.values()].flatMap((codes) => [...codes]))].sort(), [concerned]);
  const names = useMemo(() => new Map([...directory.values()].map((a) => [a.code, a.name])), [directory]);
  const myAgency = session && provinceAccess(session, data?.province ?? provinceCode) === "full" ? session.official.agencyCode : null;
  /** The tasks the filters ask for: what the list shows (with the tasks above them, for context) and what the export writes. */
  const matches = useMemo(
    () => (task: Task) =>
      (!agency || Boolean(concerned.get(task.id)?.has(agency))) &&
      (!status || task.status === status) &&
      (!tracking || task.tracking.state === tracking) &&
      (!overdue || task.overdue),
    [agency, status, tracking, overdue, concerned],
  );
  const tree = useMemo(() => taskTree(plan?.tasks ?? [], matches), [plan, matches]);
  const filter = (name: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  // a task opened from another view (`#task-…`): its row is scrolled to and marked
  const target = hash ? decodeURIComponent(hash.slice(1)) : null;
  useEffect(() => {
    if (target && plan) document.getElementById(target)?.scrollIntoView({ block: "center" });
  }, [target, plan]);
  const agencyLink = (a: { code: string; name: string }) => (
    <Link key={a.code} to={agencyPath(provinceCode, year, a.code)} title={a.name}>
      {a.code}
    </Link>
  );
  const exportTasks = () => {
    const tasks = (plan?.tasks ?? []).filter(matches);
    const table: ExportTable = {
      sheet: `${provinceCode} ${year}`,
      header: [
        t("plan.ordinal"),
        t("export.level"),
        t("plan.task"),
        t("plan.lead"),
        t("plan.coordinators"),
        t("export.timeframe"),
        t("export.startsOn"),
        t("export.endsOn"),
        t("plan.status"),
        t("plan.trackingState"),
        t("export.daysOverdue"),
        t("export.records"),
        t("export.progressNote"),
      ],
      widths: [10, 6, 60, 30, 30, 24, 12, 12, 16, 24, 10, 10, 40],
      rows: tasks.map((task) => [
        task.outline,
        task.depth + 1,
        task.title,
        task.leads.map((a) => a.name).join("; "),
        task.coordinators.map((a) => a.name).join("; "),
        task.timeframe?.label ?? "",
        exportDate(task.timeframe?.startsOn),
        exportDate(task.timeframe?.endsOn),
        t(`status.${task.status}`),
        t(trackingLabelKey(task.tracking, task.timeframe)),
        task.tracking.daysOverdue,
        recordCount(task),
        task.progressNote ?? "",
      ]),
    };
    const filters = [agency, status, tracking, overdue ? "overdue" : null].filter(Boolean).join("-");
    return downloadXlsx(table, `ke-hoach-${provinceCode}-${year}${filters ? `-${filters}` : ""}.xlsx`.replace(/[^\w.-]+/g, "-"));
  };
  return (
    <Card
      loading={fetching && !data}
      title={<PageTitle>{plan?.title ?? t("plan.title")}</PageTitle>}
      extra={
        plan?.tasks.length ? (
          <Button onClick={() => void exportTasks()} data-testid="plan-export">
            {t("plan.exportXlsx")}
          </Button>
        ) : null
      }
    >
      <DepartmentNotice error={error} />
      {!plan && !fetching && !error ? <Empty description={access === "full" ? t("plan.none") : <Withheld access={access} />} /> : null}
      {!plan && !fetching && error && !plansDown ? <Unavailable error={error} /> : null}
      {plan ? (
        <>
          <Descriptions
            size="small"
            column={1}
            items={[
              {
                key: "progress",
                label: t("plan.progress"),
                children: (
                  <strong>
                    {t("plan.progressFigures", {
                      done: plan.tasks.filter((task) => task.status === "DONE").length,
                      total: plan.tasks.length,
                      overdue: plan.tasks.filter((task) => task.overdue).length,
                    })}
                  </strong>
                ),
              },
              ...(plan.tasks.length
                ? [
                    {
                      key: "tracking",
                      label: t("plan.tracking", { date: formatDate(plan.tasks[0].tracking.asOf) }),
                      children: (
                        <Space wrap size={[4, 4]} data-testid="plan-tracking-counts">
                          {TRACKING_STATES.map(
                            (state) => [state, plan.tasks.filter((task) => task.tracking.state === state).length] as const,
                          )
                            .filter(([, count]) => count > 0)
                            .map(([state, count]) => (
                              <Label key={state} tone={TRACKING_TONES[state]}>{`${t(`tracking.${state}`)}: ${count}`}</Label>
                            ))}
                        </Space>
                      ),
                    },
                  ]
                : []),
              { key: "province", label: t("plan.province"), children: plan.province.name },
              ...(plan.documentNumber
                ? [
                    {
                      key: "number",
                      label: t("plan.number"),
                      children: `${plan.documentNumber}${plan.issuedOn ? ` (${formatDate(plan.issuedOn)})` : ""}`,
                    },
                  ]
                : []),
              ...(plan.approvedByNumber
                ? [
                    {
                      key: "approved",
                      label: t("plan.approvedBy"),
                      // the decision's signer, kept apart from the plan's own
                      children: [
                        `${plan.approvedByNumber}${plan.approvedOn ? ` (${formatDate(plan.approvedOn)})` : ""}`,
                        [plan.approvalSignatoryTitle, plan.approvalSignatoryName].filter(Boolean).join(" "),
                      ]
                        .filter(Boolean)
                        .join(" · "),
                    },
                  ]
                : []),
              ...(plan.signatoryName
                ? [
                    {
                      key: "signatory",
                      label: t("plan.signatory"),
                      children: [plan.signatoryTitle, plan.signatoryName].filter(Boolean).join(" "),
                    },
                  ]
                : []),
            ]}
          />
          <Heading>{t("plan.legalBases")}</Heading>
          <List size="small" dataSource={plan.legalBases} renderItem={(basis) => <List.Item>{basis.text}</List.Item>} />
          {plan.objectives.length ? (
            <section aria-label={t("plan.objectives")}>
              <Heading>{t("plan.objectives")}</Heading>
              <List size="small" dataSource={plan.objectives} renderItem={(objective) => <List.Item>{objective}</List.Item>} />
            </section>
          ) : null}
          {plan.requirements.length ? (
            <>
              <Heading>{t("plan.requirements")}</Heading>
              <List size="small" dataSource={plan.requirements} renderItem={(requirement) => <List.Item>{requirement}</List.Item>} />
            </>
          ) : null}
          <Heading>{t("plan.deadlines")}</Heading>
          <List
            size="small"
            dataSource={plan.reportingDeadlines}
            renderItem={(deadline) => (
              <List.Item>
                <span>
                  {t(`period.${deadline.period}`)}: {deadline.dueOn ? formatDate(deadline.dueOn) : deadline.rawText}
                  {!deadline.dueOn && deadline.period !== "AD_HOC" ? (
                    <>
                      {" "}
                      <Label tone="notice">{t("deadline.unknown")}</Label>
                    </>
                  ) : null}
                  {coordinatesPlans(session, plan.province.code, plan) ? <DeadlineEditButton deadline={deadline} planId={plan.id} /> : null}
                </span>
              </List.Item>
            )}
          />
          <Heading>{t("plan.tasks")}</Heading>
          <Space wrap style={{ marginBottom: 12 }}>
            <Typography.Text id="filter-agency">{t("plan.filterAgency")}</Typography.Text>
            <Select
              aria-labelledby="filter-agency"
              allowClear
              showSearch
              placeholder={t("plan.allAgencies")}
              style={{ width: 200 }}
              value={agency ?? undefined}
              options={agencies.map((code) => ({ value: code, label: code, title: names.get(code) }))}
              onChange={(value?: string) => filter("agency", value)}
            />
            {myAgency ? (
              <Checkbox checked={agency === myAgency} onChange={(event) => filter("agency", event.target.checked ? myAgency : undefined)}>
                {t("plan.myAgency", { code: myAgency })}
              </Checkbox>
            ) : null}
            <Typography.Text id="filter-status">{t("plan.filterStatus")}</Typography.Text>
            <Select
              aria-labelledby="filter-status"
              allowClear
              placeholder={t("plan.allStatuses")}
              style={{ width: 200 }}
              value={status ?? undefined}
              options={TASK_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
              onChange={(value?: string) => filter("status", value)}
            />
            <Typography.Text id="filter-tracking">{t("plan.filterTracking")}</Typography.Text>
            <Select
              aria-labelledby="filter-tracking"
              allowClear
              placeholder={t("plan.allTracking")}
              style={{ width: 240 }}
              value={tracking ?? undefined}
              options={TRACKING_STATES.map((s) => ({ value: s, label: t(`tracking.${s}`) }))}
              onChange={(value?: string) => filter("tracking", value)}
            />
            <Checkbox checked={overdue} onChange={(event) => filter("overdue", event.target.checked ? "1" : undefined)}>
              {t("plan.onlyOverdue")}
            </Checkbox>
          </Space>
          <ResponsiveTable<TaskRow>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={tree}
            expandable={{ defaultExpandAllRows: true }}
            key={`${agency}|${status}|${tracking}|${overdue}`}
            onRow={(task) =>
              target === taskAnchor(task.id)
                ? { id: taskAnchor(task.id), "aria-current": "true", style: { background: "#fffbe6", outline: "2px solid #d48806" } }
                : { id: taskAnchor(task.id) }
            }
            locale={{ emptyText: <Nothing>{t("plan.noMatch")}</Nothing> }}
            columns={[
              { title: t("plan.ordinal"), dataIndex: "outline", width: 90 },
              {
                title: t("plan.task"),
                dataIndex: "title",
                render: (title: string, task) => (
                  <>
                    {title}
                    <TaskDossier task={task} />
                    <StatusHistory history={task.statusHistory} />
                  </>
                ),
              },
              // an agency's code opens its page: what it leads and coordinates, its reports and records
              { title: t("plan.lead"), key: "leads", render: (_, task) => task.leads.map((a) => <Tag key={a.id}>{agencyLink(a)}</Tag>) },
              {
                title: t("plan.coordinators"),
                key: "coordinators",
                render: (_, task) =>
                  task.coordinators.map((a, index) => (
                    <span key={a.id}>
                      {index > 0 ? ", " : ""}
                      {agencyLink(a)}
                    </span>
                  )),
              },
              { title: t("plan.timeframe"), key: "timeframe", render: (_, task) => task.timeframe?.label ?? "" },
              {
                title: t("plan.status"),
                dataIndex: "status",
                render: (value: string) => <Label tone={STATUS_TONES[value]}>{t(`status.${value}`)}</Label>,
              },
              {
                title: t("plan.trackingState"),
                key: "tracking",
                render: (_: unknown, task: TaskRow) => <TrackingBadge tracking={task.tracking} timeframe={task.timeframe} />,
              },
              ...(plan.tasks.some((task) =>
                reportsProgress(
                  session,
                  plan,
                  task.leads.map((l) => l.id),
                ),
              )
                ? [
                    {
                      title: "",
                      key: "actions",
                      render: (_: unknown, task: TaskRow) => (
                        <Space direction="vertical" size={4}>
                          {reportsProgress(
                            session,
                            plan,
                            task.leads.map((l) => l.id),
                          ) ? (
                            <ProgressButton task={task} />
                          ) : null}
                          {coordinatesPlans(session, plan.province.code, plan) ? <TaskEditButton task={task} planId={plan.id} /> : null}
                        </Space>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </>
      ) : null}
    </Card>
  );
}
