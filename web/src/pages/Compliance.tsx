import { Alert, Button, Card, Space, Tag, Typography } from "antd";
import type { FilterValue } from "antd/es/table/interface";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router-dom";
import { useMutation, useQuery } from "urql";
import { outsideItsLife } from "../agency-years";
import { performanceColumns } from "../components/AgencyPerformance";
import { FocalPointButton, ReportButton } from "../components/AgencyWrites";
import { DepartmentNotice } from "../components/DepartmentNotice";
import { Label } from "../components/Label";
import { PageTitle } from "../components/PageTitle";
import { ProvinceDocuments } from "../components/ProvinceDocuments";
import { ReminderList, ReportFileLink } from "../components/Reminders";
import { ResponsiveTable } from "../components/ResponsiveTable";
import { Unavailable, Withheld } from "../components/Unavailable";
import { downloadCsv, downloadXlsx, type ExportTable } from "../export";
import { formatDate } from "../format";
import { graphql } from "../gql";
import type { AgencyComplianceViewQuery } from "../gql/graphql";
import { agencyPath } from "../links";
import { actsForAgency, provinceAccess } from "../permissions";
import { useSession } from "../session";
import { REPORT_STATE_TONES, TASK_STATUSES } from "../statuses";

/** An export of contact details is itself a processing of personal data: the hub logs it. */
const RecordContactExport = graphql(/* GraphQL */ `
  mutation RecordContactExport($focalPointIds: [ID!]!, $format: String!) {
    recordContactExport(focalPointIds: $focalPointIds, format: $format)
  }
`);

const AgencyComplianceView = graphql(/* GraphQL */ `
  query AgencyComplianceView($provinceCode: String!, $year: Int!) {
    province(code: $provinceCode) {
      code
      name
      successor {
        code
      }
    }
    plans(provinceCode: $provinceCode, year: $year) {
      id
      mayCoordinate
      focalPointsDueOn
      focalPointsDueText
    }
    agencies(provinceCode: $provinceCode) {
      id
      code
      name
      validFrom
      validUntil
      existedIn(year: $year)
      focalPoints {
        id
        version
        role
        fullName
        position
        phone
        email
        contactShown
      }
      ledTasks(year: $year) {
        id
        outline
        title
        status
        overdue
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
          version
          submittedOn
          documentNumber
          summary
          fileName
        }
      }
      reminders(year: $year) {
        step
        daysBefore
        status
        recipients
        createdAt
        sentAt
        respondBy
        error
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

type Agency = AgencyComplianceViewQuery["agencies"][number];

/** Report states, most urgent first. */
const REPORT_STATES = ["MISSING", "LATE", "DEADLINE_UNKNOWN", "PENDING", "ON_TIME"] as const;

/** An agency's most urgent report state (of one period, when one is asked for), as a rank (lower: chase first); agencies owing nothing last. */
function worstReport(agency: Agency, period: string | null): number {
  const ranks = agency.reports
    .filter((r) => !period || r.period === period)
    .map((r) => REPORT_STATES.indexOf(r.state as (typeof REPORT_STATES)[number]));
  return ranks.length ? Math.min(...ranks) : REPORT_STATES.length;
}

/** The reminder statuses, in the order the filter offers them. */
const REMINDER_STATUSES = ["SENT", "SENDING", "FAILED", "TO_SEND_BY_HAND", "NO_RECIPIENT"] as const;

/** The columns whose filters live in the address (`?state=LATE&period=SEMI_ANNUAL`), each under its own name. */
const FILTERS = [
  "code",
  "name",
  "focal",
  "led",
  "state",
  "reminders",
  "tasks-current",
  "tasks-previous",
  "reports-current",
  "reports-previous",
];

/** Per agency: its focal points, the tasks it leads and its reports with their computed state; exportable. */
export function CompliancePage() {
  const { t } = useTranslation();
  const session = useSession();
  const { provinceCode = "", year = "" } = useParams();
  const [params, setParams] = useSearchParams();
  /** Every column's filter, from the address: a figure on the dashboard opens the list behind it, and a filtered list can be shared. */
  const filtered = (name: string): string[] | null => params.get(name)?.split(",").filter(Boolean) ?? null;
  const period = params.get("period");
  const setFilters = (filters: Record<string, FilterValue | null>) => {
    const next = new URLSearchParams(params);
    for (const name of FILTERS) {
      const values = filters[name];
      if (values?.length) next.set(name, values.join(","));
      else next.delete(name);
    }
    setParams(next, { replace: true });
  };
  const [{ data, error, fetching }] = useQuery({ query: AgencyComplianceView, variables: { provinceCode, year: Number(year) } });
  // the agencies of that year; one ended or begun by the 2025 reorganisation only where a plan of the year names it to lead
  // (it owes no reports outside its life: the department answers none)
  const agencies = (data?.agencies ?? []).filter((a) => a.existedIn || a.ledTasks.length > 0);
  const owesFocalPoints = (a: Agency) => a.existedIn && a.focalPoints.length === 0;
  const plan = data?.plans[0];
  // Focal points, tasks, reports and figures are not public: hidden ones are shown as hidden, not as none.
  const access = provinceAccess(session, data?.province ?? provinceCode);
  const withheld = access === "full" ? null : <Withheld access={access} />;
  // Each periodic deadline written as no real date, once: the department in charge must set it.
  const unknownDeadlines = [
    ...new Map(
      agencies
        .flatMap((a) => a.reports)
        .filter((r) => r.state === "DEADLINE_UNKNOWN")
        .map((r) => [r.deadlineId, r] as const),
    ).values(),
  ];
  const withoutFocalPoints = agencies.filter(owesFocalPoints).length;
  const focal = (agency: Agency, role: string) =>
    agency.focalPoints
      .filter((f) => f.role === role)
      .map((f) => [f.fullName, f.position, f.phone, f.email].filter(Boolean).join(", "))
      .join("; ");
  const report = (agency: Agency, period: string) =>
    agency.reports
      .filter((r) => r.period === period)
      .map((r) => `${t(`state.${r.state}`)}${r.submittedOn ? ` (${formatDate(r.submittedOn)})` : ""}`)
      .join("; ");
  const table = (): ExportTable => ({
    sheet: `${provinceCode} ${year}`,
    header: [
      t("compliance.code"),
      t("compliance.agency"),
      t("compliance.leader"),
      t("compliance.officer"),
      t("compliance.ledTasks"),
      t("compliance.semiAnnual"),
      t("compliance.annual"),
    ],
    rows: agencies.map((a) => [
      a.code,
      a.name,
      focal(a, "LEADER"),
      focal(a, "OFFICER"),
      a.ledTasks.length,
      report(a, "SEMI_ANNUAL"),
      report(a, "ANNUAL"),
    ]),
  });
  const fileName = `bao-cao-tuan-thu-${provinceCode}-${year}`;
  const [, recordExport] = useMutation(RecordContactExport);
  const exported = async (format: string) => {
    const ids = agencies.flatMap((a) => a.focalPoints.filter((f) => f.contactShown && (f.phone || f.email)).map((f) => f.id));
    if (session && ids.length) await recordExport({ focalPointIds: ids, format });
  };
  return (
    <Card
      loading={fetching && !data}
      title={<PageTitle>{t("compliance.title", { province: data?.province?.name ?? provinceCode, year })}</PageTitle>}
      extra={
        <Space>
          <Button
            onClick={() => void exported("xlsx").then(() => downloadXlsx(table(), `${fileName}.xlsx`))}
            disabled={!agencies.length || !!withheld}
          >
            {t("compliance.exportXlsx")}
          </Button>
          <Button
            onClick={() => void exported("csv").then(() => downloadCsv(table(), `${fileName}.csv`))}
            disabled={!agencies.length || !!withheld}
          >
            {t("compliance.exportCsv")}
          </Button>
        </Space>
      }
    >
      <DepartmentNotice error={error} />
      {withheld ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message={access === "signIn" ? t("compliance.signInToSee") : t("compliance.notYours")}
          action={access === "signIn" ? <Link to="/sign-in">{t("nav.signIn")}</Link> : undefined}
        />
      ) : null}
      {unknownDeadlines.map((r) => (
        <Typography.Paragraph key={r.deadlineId} data-testid="deadline-unknown">
          <Label tone="notice">{t("deadline.unknown")}</Label>{" "}
          {t("compliance.deadlineUnknown", { period: t(`period.${r.period}`).toLowerCase(), text: r.dueText })}
        </Typography.Paragraph>
      ))}
      {plan?.focalPointsDueOn || plan?.focalPointsDueText ? (
        <Typography.Paragraph>
          {t("focal.due", { date: plan.focalPointsDueOn ? formatDate(plan.focalPointsDueOn) : plan.focalPointsDueText })}
          {plan.focalPointsDueOn ? null : (
            <>
              {" "}
              <Label tone="notice">{t("deadline.unknown")}</Label>
            </>
          )}
          {" · "}
          <Label tone={withoutFocalPoints > 0 ? "error" : "success"}>{t("focal.missing", { count: withoutFocalPoints })}</Label>
        </Typography.Paragraph>
      ) : null}
      {session && (session.official.role === "admin" || session.official.provinceCode === provinceCode) && plan ? (
        <ProvinceDocuments provinceCode={provinceCode} year={Number(year)} />
      ) : null}
      {period ? (
        <Typography.Paragraph>
          <Tag
            closable
            closeIcon={<span aria-label={t("compliance.periodClear")}>×</span>}
            onClose={() => {
              const next = new URLSearchParams(params);
              next.delete("period");
              setParams(next, { replace: true });
            }}
            data-testid="compliance-period"
          >
            {t("compliance.periodOnly", { period: t(`period.${period}`) })}
          </Tag>
        </Typography.Paragraph>
      ) : null}
      <ResponsiveTable<Agency>
        rowKey="id"
        size="small"
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        dataSource={agencies}
        scroll={{ x: 1800 }}
        onChange={(_, filters, __, { action }) => (action === "filter" ? setFilters(filters) : undefined)}
        locale={{ emptyText: error && !data?.agencies ? <Unavailable error={error} departments={["plans"]} /> : undefined }}
        columns={[
          {
            title: t("compliance.code"),
            dataIndex: "code",
            key: "code",
            sorter: (a, b) => a.code.localeCompare(b.code),
            filters: agencies.map((a) => ({ text: a.code, value: a.code })),
            filterSearch: true,
            filteredValue: filtered("code"),
            onFilter: (code, a) => a.code === code,
          },
          {
            title: t("compliance.agency"),
            dataIndex: "name",
            key: "name",
            width: 200,
            sorter: (a, b) => a.name.localeCompare(b.name, "vi"),
            filters: [...agencies].sort((a, b) => a.name.localeCompare(b.name, "vi")).map((a) => ({ text: a.name, value: a.code })),
            filterSearch: true,
            filteredValue: filtered("name"),
            onFilter: (code, a) => a.code === code,
            // the agency's own page: its tasks, reports, focal points, records and on-time rates
            render: (name: string, a) => <Link to={agencyPath(provinceCode, year, a.code)}>{name}</Link>,
          },
          {
            title: t("compliance.focalPoints"),
            key: "focal",
            width: 220,
            sorter: (a, b) => a.focalPoints.length - b.focalPoints.length,
            filters: [
              { text: t("compliance.noFocalPoints"), value: "NONE" },
              { text: t("compliance.focalNamed", { role: t("role.LEADER").toLowerCase() }), value: "LEADER" },
              { text: t("compliance.focalNamed", { role: t("role.OFFICER").toLowerCase() }), value: "OFFICER" },
            ],
            filteredValue: filtered("focal"),
            onFilter: (value, a) => (value === "NONE" ? owesFocalPoints(a) : a.focalPoints.some((f) => f.role === value)),
            render: (_, a) =>
              withheld ??
              (a.focalPoints.length ? (
                a.focalPoints.map((f) => (
                  <div key={f.role}>
                    {`${t(`role.${f.role}`)}: ${f.fullName}`}
                    {f.contactShown ? (
                      [f.phone, f.email].filter(Boolean).length ? (
                        <Typography.Text type="secondary" style={{ display: "block", fontSize: 13 }}>
                          {[f.phone, f.email].filter(Boolean).join(" · ")}
                        </Typography.Text>
                      ) : null
                    ) : (
                      <Typography.Text type="secondary" style={{ display: "block", fontSize: 13 }}>
                        {t("focal.contactHidden")}
                      </Typography.Text>
                    )}
                  </div>
                ))
              ) : a.existedIn ? (
                <Label tone="error">{t("compliance.noFocalPoints")}</Label>
              ) : (
                <Label tone="neutral">{outsideItsLife(a, Number(year), t)}</Label>
              )),
          },
          {
            title: t("compliance.ledTasks"),
            key: "led",
            sorter: (a, b) => a.ledTasks.length - b.ledTasks.length,
            filters: [
              { text: t("performance.leadsNone"), value: "NONE" },
              { text: t("plan.overdue"), value: "OVERDUE" },
              ...TASK_STATUSES.map((status) => ({ text: t(`status.${status}`), value: status })),
            ],
            filteredValue: filtered("led"),
            onFilter: (value, a) =>
              value === "NONE"
                ? a.ledTasks.length === 0
                : value === "OVERDUE"
                  ? a.ledTasks.some((task) => task.overdue)
                  : a.ledTasks.some((task) => task.status === value),
            render: (_, a) => withheld ?? a.ledTasks.map((task) => task.outline).join(", "),
          },
          {
            title: t("compliance.reports"),
            key: "state",
            width: 220,
            // late and missing first: what the department in charge must chase
            // an agency's own officer finds their row first, then the rest (a coordinator chases everyone: no row of theirs first)
            sorter: (a, b, order) => {
              const own = session?.official.role === "coordinator" ? null : session?.official.agencyId;
              const first = (x: Agency) => (x.id === own ? (order === "descend" ? 1 : -1) * 100 : 0);
              return first(a) - first(b) || worstReport(a, period) - worstReport(b, period);
            },
            defaultSortOrder: "ascend",
            filters: REPORT_STATES.map((state) => ({ text: t(`state.${state}`), value: state })),
            filteredValue: filtered("state"),
            onFilter: (state, a) => a.reports.some((r) => r.state === state && (!period || r.period === period)),
            render: (_, a) =>
              withheld ??
              a.reports
                .filter((r) => !period || r.period === period)
                .map((r) => (
                  <div key={r.deadlineId}>
                    <Label tone={REPORT_STATE_TONES[r.state]}>
                      {`${t(`period.${r.period}`)}: ${t(`state.${r.state}`)}${r.submittedOn ? ` (${formatDate(r.submittedOn)})` : ""}`}
                    </Label>
                    {r.report ? <ReportFileLink report={r.report} /> : null}
                  </div>
                )),
          },
          {
            title: t("compliance.reminders"),
            key: "reminders",
            width: 300,
            sorter: (a, b) => a.reminders.length - b.reminders.length,
            filters: [
              { text: t("reminders.none"), value: "NONE" },
              ...REMINDER_STATUSES.map((status) => ({ text: t(`reminders.status.${status}`), value: status })),
            ],
            filteredValue: filtered("reminders"),
            onFilter: (value, a) => (value === "NONE" ? a.reminders.length === 0 : a.reminders.some((r) => r.status === value)),
            render: (_, a) => withheld ?? <ReminderList reminders={a.reminders} />,
          },
          ...performanceColumns<Agency>(t, Number(year), (a) => (withheld ? null : a.performance), {
            hidden: withheld,
            unknown: false,
            filtered,
          }),
          ...(agencies.some((a) => actsForAgency(session, provinceCode, a.id, plan))
            ? [
                {
                  title: "",
                  key: "actions",
                  render: (_: unknown, a: Agency) =>
                    actsForAgency(session, provinceCode, a.id, plan) ? (
                      <Space direction="vertical" size={4}>
                        {a.reports.map((r) => (
                          <ReportButton key={r.deadlineId} agency={a} owed={r} onPaper={session?.official.agencyId !== a.id} />
                        ))}
                        {a.focalPoints.map((f) => (
                          <FocalPointButton key={f.id} agency={a} focalPoint={f} />
                        ))}
                        {a.focalPoints.length < 2 && a.existedIn ? <FocalPointButton agency={a} /> : null}
                      </Space>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
