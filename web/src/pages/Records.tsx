import { Button, Card, Input, List, Space, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useParams, useSearchParams } from "react-router-dom";
import { useQuery, type AnyVariables, type TypedDocumentNode } from "urql";
import { ClassificationBadge } from "../components/ClassificationBadge";
import { DepartmentNotice } from "../components/DepartmentNotice";
import { PageTitle } from "../components/PageTitle";
import { ResponsiveTable } from "../components/ResponsiveTable";
import { Unavailable } from "../components/Unavailable";
import { formatDate } from "../format";
import { graphql } from "../gql";
import { keepsRecords } from "../permissions";
import { RECORD_TYPES } from "../records/record-types";
import { RecordForm, type RecordTypeName } from "../records/RecordForm";
import { RecordView } from "../records/RecordView";
import { recordPath } from "../records/values";
import { matchesTyped } from "../search-text";
import { useSession } from "../session";

const DEPARTMENTS = ["trade", "tourism", "foreignAffairs", "borderSecurity"] as const;

/** The media items answered with a rebuttal: the list behind the dashboard's "rebutted" figure. */
const RebuttedMediaItems = graphql(/* GraphQL */ `
  query RebuttedMediaItems($provinceCode: String) {
    mediaMonitoringItems(provinceCode: $provinceCode, limit: 500) {
      id
      version
      classification
      headline
      publishedOn
      rebuttal
      province {
        code
      }
    }
  }
`);
const isRecordType = (name: string | undefined): name is RecordTypeName => !!name && name in RECORD_TYPES;

/** The four departments' record types, those the official's agency keeps first. */
export function RecordsIndex() {
  const { t } = useTranslation();
  const session = useSession();
  const province = session?.official.provinceCode ?? "";
  const ordered = [...DEPARTMENTS].sort((a, b) => Number(keepsRecords(session, province, b)) - Number(keepsRecords(session, province, a)));
  return (
    <Card title={<PageTitle>{t("records.title")}</PageTitle>}>
      {ordered.map((department) => (
        <section key={department} aria-label={t(`department.${department}`)}>
          <h2 style={{ fontSize: 16 }}>{t(`department.${department}`)}</h2>
          <List
            size="small"
            dataSource={Object.values(RECORD_TYPES).filter((spec) => spec.department === department)}
            renderItem={(spec) => (
              <List.Item>
                <Link to={`/records/${spec.type}`}>{t(`type.${spec.type}`)}</Link>
              </List.Item>
            )}
          />
        </section>
      ))}
    </Card>
  );
}

/**
 * One record type's records in the official's province (or all an admin
 * sees), searchable, each opening its form. The address may narrow it to a
 * province (`?province=VN-30`), a year by the record's date (`&year=2019`)
 * and, for media items, those rebutted (`&rebutted=1`): the list behind
 * each of the dashboard's department figures.
 */
export function RecordList() {
  const { t } = useTranslation();
  const { type } = useParams();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const search = params.get("q") ?? "";
  const year = params.get("year");
  const rebutted = params.get("rebutted") === "1" && type === "MediaMonitoringItem";
  const spec = isRecordType(type) ? RECORD_TYPES[type] : null;
  const provinceCode = params.get("province") ?? (session?.official.role === "admin" ? null : (session?.official.provinceCode ?? null));
  const [{ data, error, fetching }] = useQuery({
    query: (rebutted ? RebuttedMediaItems : (spec?.list ?? RECORD_TYPES.TradeEvent.list)) as TypedDocumentNode<any, AnyVariables>,
    variables: rebutted ? { provinceCode } : { provinceCode, search: search || null },
    pause: !spec,
  });
  const setParam = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next);
  };
  if (!spec) return <Navigate to="/records" replace />;
  const dateField = spec.dateField;
  const rows = ((data?.[spec.many] ?? []) as Record<string, any>[])
    .filter((row) => !year || (dateField !== null && String(row[dateField] ?? "").startsWith(`${year}-`)))
    .filter((row) => !rebutted || String(row.rebuttal ?? "").trim() !== "")
    .filter((row) => !rebutted || !search || matchesTyped(search, { label: row.headline }));
  const editable = keepsRecords(session, session?.official.provinceCode ?? "", spec.department);
  return (
    <Card
      title={<PageTitle>{t(`type.${spec.type}`)}</PageTitle>}
      extra={
        editable ? (
          <Link to={`/records/${spec.type}/new`}>
            <Button type="primary">{t("records.new")}</Button>
          </Link>
        ) : null
      }
    >
      <Typography.Paragraph>{t(`department.${spec.department}`)}</Typography.Paragraph>
      <DepartmentNotice error={error} />
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          aria-label={t("records.search")}
          placeholder={t("records.search")}
          defaultValue={search}
          allowClear
          onSearch={(value) => setParam("q", value.trim() || null)}
        />
        {params.get("province") ? (
          <Tag closable onClose={() => setParam("province", null)} data-testid="records-province">
            {t("records.inProvince", { province: params.get("province") })}
          </Tag>
        ) : null}
        {year ? (
          <Tag closable onClose={() => setParam("year", null)} data-testid="records-year">
            {t("records.inYear", { year, field: dateField ? t(`field.${dateField}`).toLowerCase() : "" })}
          </Tag>
        ) : null}
        {rebutted ? (
          <Tag closable onClose={() => setParam("rebutted", null)} data-testid="records-rebutted">
            {t("records.rebuttedOnly")}
          </Tag>
        ) : null}
      </Space>
      <ResponsiveTable<Record<string, any>>
        rowKey="id"
        size="small"
        loading={fetching}
        dataSource={rows}
        pagination={{ pageSize: 25, hideOnSinglePage: true }}
        locale={{
          emptyText:
            error && !data?.[spec.many] ? (
              <Unavailable error={error} departments={[spec.department]} />
            ) : (
              <Typography.Text type="secondary">{session ? t("records.none") : t("records.nonePublic")}</Typography.Text>
            ),
        }}
        columns={[
          {
            title: t(`field.${spec.titleField}`),
            dataIndex: spec.titleField,
            render: (value: string, row) => (
              <Link to={editable ? `/records/${spec.type}/${encodeURIComponent(row.id)}` : recordPath(spec.type, row.id)}>{value}</Link>
            ),
          },
          ...(spec.dateField
            ? [{ title: t(`field.${spec.dateField}`), dataIndex: spec.dateField, render: (value: string) => formatDate(value) }]
            : []),
          { title: t("field.provinceCode"), key: "province", render: (_: unknown, row) => row.province.code },
          {
            title: t("field.classification"),
            dataIndex: "classification",
            render: (value: string) => <ClassificationBadge classification={value} />,
          },
        ]}
      />
    </Card>
  );
}

/** `/records/:type/new` and `/records/:type/:id`: the record's form; one who does not keep such records is shown the record instead. */
export function RecordEdit() {
  const { type, id } = useParams();
  const session = useSession();
  if (!isRecordType(type)) return <Navigate to="/records" replace />;
  if (id && id !== "new" && !keepsRecords(session, session?.official.provinceCode ?? "", RECORD_TYPES[type].department))
    return <Navigate to={recordPath(type, id)} replace />;
  return <RecordForm key={`${type}/${id ?? "new"}`} typeName={type} id={id === "new" ? undefined : id} />;
}

/** `/records/:type/:id/view`: the record with all its fields, for anyone who may read it. */
export function RecordPage() {
  const { type, id = "" } = useParams();
  if (!isRecordType(type)) return <Navigate to="/records" replace />;
  return <RecordView key={`${type}/${id}`} typeName={type} id={id} />;
}
