import { Button, Card, DatePicker, Form, Input, Result, Select, Space, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router-dom";
import { useQuery } from "urql";
import { DepartmentNotice } from "../components/DepartmentNotice";
import { Label } from "../components/Label";
import { PageTitle } from "../components/PageTitle";
import { ResponsiveTable } from "../components/ResponsiveTable";
import { Unavailable } from "../components/Unavailable";
import { graphql } from "../gql";
import type { AuditViewQuery } from "../gql/graphql";
import { readsAudit } from "../permissions";
import { DATE_FORMAT } from "../records/RecordForm";
import { useSession } from "../session";

const AuditView = graphql(/* GraphQL */ `
  query AuditView(
    $userId: String
    $recordId: ID
    $operation: String
    $since: DateTime
    $until: DateTime
    $plans: Boolean!
    $trade: Boolean!
    $tourism: Boolean!
    $foreignAffairs: Boolean!
    $borderSecurity: Boolean!
  ) {
    auditLog {
      id
      plansChain {
        intact
        entries
        problem
      }
      tradeChain {
        intact
        entries
        problem
      }
      tourismChain {
        intact
        entries
        problem
      }
      foreignAffairsChain {
        intact
        entries
        problem
      }
      borderSecurityChain {
        intact
        entries
        problem
      }
      plans(userId: $userId, recordId: $recordId, operation: $operation, since: $since, until: $until, limit: 500) @include(if: $plans) {
        ...Entry
      }
      trade(userId: $userId, recordId: $recordId, operation: $operation, since: $since, until: $until, limit: 500) @include(if: $trade) {
        ...Entry
      }
      tourism(userId: $userId, recordId: $recordId, operation: $operation, since: $since, until: $until, limit: 500)
        @include(if: $tourism) {
        ...Entry
      }
      foreignAffairs(userId: $userId, recordId: $recordId, operation: $operation, since: $since, until: $until, limit: 500)
        @include(if: $foreignAffairs) {
        ...Entry
      }
      borderSecurity(userId: $userId, recordId: $recordId, operation: $operation, since: $since, until: $until, limit: 500)
        @include(if: $borderSecurity) {
        ...Entry
      }
    }
  }

  fragment Entry on AuditEntry {
    sequence
    at
    userId
    agencyCode
    role
    operation
    entity
    recordId
    outcome
    reason
  }
`);

const DEPARTMENTS = ["plans", "trade", "tourism", "foreignAffairs", "borderSecurity"] as const;
type Department = (typeof DEPARTMENTS)[number];
type Log = NonNullable<AuditViewQuery["auditLog"]>;
type Entry = NonNullable<Log["plans"]>[number];

/** dd/mm/yyyy hh:mm:ss in Vietnam's time, as an official reads a moment. */
function moment(iso: string): string {
  const local = new Date(new Date(iso).getTime() + 7 * 3600_000).toISOString();
  return `${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)} ${local.slice(11, 19)}`;
}

/**
 * The audit log (coordinators and admins): one department's entries at a
 * time, filtered by user, record, operation and dates, the filters kept in
 * the address; and every department's chain, intact or where it breaks.
 */
export function AuditPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const department = (DEPARTMENTS as readonly string[]).includes(params.get("department") ?? "")
    ? (params.get("department") as Department)
    : "plans";
  const [form] = Form.useForm();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const filters = {
    userId: params.get("user") || null,
    recordId: params.get("record") || null,
    operation: params.get("operation") || null,
    since: params.get("since") || null,
    until: params.get("until") || null,
  };
  const [{ data, error, fetching }] = useQuery({
    query: AuditView,
    variables: { ...filters, ...Object.fromEntries(DEPARTMENTS.map((d) => [d, d === department])) } as never,
    pause: !readsAudit(session),
    requestPolicy: "network-only",
  });
  if (!readsAudit(session)) return <Result status="403" title={t("audit.notAllowed")} />;
  const log = data?.auditLog;
  const entries = ((log?.[department] as Entry[] | null | undefined) ?? []) as Entry[];
  const apply = (values: { department: string; user?: string; record?: string; operation?: string }) => {
    const next: Record<string, string> = { department: values.department };
    if (values.user?.trim()) next.user = values.user.trim();
    if (values.record?.trim()) next.record = values.record.trim();
    if (values.operation?.trim()) next.operation = values.operation.trim();
    // Whole days in Vietnam (UTC+7): from the first day's start to the day after the last.
    if (range?.[0]) next.since = new Date(`${range[0].format("YYYY-MM-DD")}T00:00:00+07:00`).toISOString();
    if (range?.[1]) next.until = new Date(new Date(`${range[1].format("YYYY-MM-DD")}T00:00:00+07:00`).getTime() + 86_400_000).toISOString();
    setParams(next);
  };
  return (
    <Card title={<PageTitle>{t("audit.title")}</PageTitle>}>
      <DepartmentNotice error={error} />
      <section aria-label={t("audit.chains")}>
        <h2 style={{ fontSize: 16 }}>{t("audit.chains")}</h2>
        <Space wrap style={{ marginBottom: 16 }}>
          {DEPARTMENTS.map((d) => {
            const chain = log?.[`${d}Chain` as const];
            if (!chain) {
              // a chain that did not arrive is not shown as intact or broken: its department is named as not answering
              return log && error ? (
                <span key={d}>
                  <Typography.Text strong>{t(`department.${d}`)}: </Typography.Text>
                  <Unavailable error={error} departments={[d]} />
                </span>
              ) : null;
            }
            return (
              <span key={d}>
                <Typography.Text strong>{t(`department.${d}`)}: </Typography.Text>
                {chain.intact ? (
                  <Label tone="success">{t("audit.intact", { entries: chain.entries })}</Label>
                ) : (
                  <Label tone="error">{t("audit.broken", { problem: chain.problem })}</Label>
                )}
              </span>
            );
          })}
        </Space>
      </section>
      <Form
        form={form}
        layout="inline"
        initialValues={{ department, user: filters.userId ?? "", record: filters.recordId ?? "", operation: filters.operation ?? "" }}
        onFinish={apply}
        style={{ marginBottom: 16, rowGap: 8 }}
      >
        <Form.Item name="department" label={t("audit.department")}>
          <Select style={{ width: 260 }} options={DEPARTMENTS.map((d) => ({ value: d, label: t(`department.${d}`) }))} />
        </Form.Item>
        <Form.Item name="user" label={t("audit.user")}>
          <Input style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="record" label={t("audit.record")}>
          <Input style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="operation" label={t("audit.operation")}>
          <Input style={{ width: 200 }} />
        </Form.Item>
        <Form.Item label={t("audit.dates")}>
          <DatePicker.RangePicker
            format={DATE_FORMAT}
            value={range}
            onChange={(value) => setRange(value as [Dayjs | null, Dayjs | null] | null)}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t("audit.apply")}
        </Button>
      </Form>
      <ResponsiveTable<Entry>
        rowKey="sequence"
        size="small"
        loading={fetching}
        dataSource={entries}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: error && !log?.[department] ? <Unavailable error={error} departments={[department]} /> : undefined }}
        columns={[
          { title: "#", dataIndex: "sequence", width: 70 },
          { title: t("audit.at"), dataIndex: "at", render: (at: string) => moment(at) },
          {
            title: t("audit.user"),
            dataIndex: "userId",
            render: (user: string | null, e) => [user, e.agencyCode, e.role].filter(Boolean).join(" · "),
          },
          { title: t("audit.operation"), dataIndex: "operation" },
          { title: t("audit.entity"), dataIndex: "entity" },
          { title: t("audit.record"), dataIndex: "recordId" },
          {
            title: t("audit.outcome"),
            dataIndex: "outcome",
            render: (outcome: string, e) => (
              <Space direction="vertical" size={2}>
                <Label tone={outcome === "ALLOWED" ? "success" : "error"}>{outcome}</Label>
                {e.reason ? <Typography.Text type="secondary">{e.reason}</Typography.Text> : null}
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
