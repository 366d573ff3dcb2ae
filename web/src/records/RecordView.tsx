import { Button, Card, Descriptions, Empty, Space } from "antd";
import { Fragment, useMemo, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate } from "react-router-dom";
import { useQuery, type AnyVariables, type TypedDocumentNode } from "urql";
import { ClassificationBadge } from "../components/ClassificationBadge";
import { answerMissing, DepartmentNotice } from "../components/DepartmentNotice";
import { PageTitle } from "../components/PageTitle";
import { keepsRecords } from "../permissions";
import { useSession } from "../session";
import { useReferenceNames, type ReferenceNames } from "./pickers";
import { RECORD_TYPES } from "./record-types";
import { formValue, isEmpty, picksIn, picksOf, shownValue, type FieldSpec, type RecordTypeName, type Spec, type Values } from "./values";

/** Where a reference leads in the app: a task to its plan, a border gate and a country to their dossiers. */
function referenceLink(picks: string, value: string, provinceCode: string, names: ReferenceNames): string | null {
  if (picks === "task") {
    const year = names.planYear(value);
    return year ? `/plans/${provinceCode}/${year}` : null;
  }
  if (picks === "borderGate") return `/border-gates/${encodeURIComponent(value)}`;
  if (picks === "country") return `/countries/${encodeURIComponent(value)}`;
  return null;
}

/** One field's value as a reader reads it, references by name and, where the app shows what they name, linked to it. */
function FieldValue({ field, record, names }: { field: FieldSpec; record: Values; names: ReferenceNames }) {
  const { t } = useTranslation();
  const value = formValue(record, field);
  const picks = picksOf(field);
  if (!picks || isEmpty(value)) return <>{shownValue(field, value, names, t)}</>;
  const provinceCode = String((record.province as Values).code);
  const items = (Array.isArray(value) ? value : [value]).map(String);
  return (
    <>
      {items.map((item, index) => {
        const label = names.name(picks, item);
        const to = referenceLink(picks, item, provinceCode, names);
        return (
          <Fragment key={item}>
            {index > 0 ? "; " : ""}
            {to ? <Link to={to}>{label}</Link> : label}
          </Fragment>
        );
      })}
    </>
  );
}

/**
 * `/records/:type/:id/view`: one department record with all its fields, for
 * anyone the API lets read it (dossiers link here); those who keep the
 * department's records find its form from here. A record the reader may not
 * read is answered exactly as one that does not exist.
 */
export function RecordView({ typeName, id }: { typeName: RecordTypeName; id: string }) {
  const { t } = useTranslation();
  const spec = RECORD_TYPES[typeName] as Spec;
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [{ data, error, fetching }] = useQuery({
    query: spec.load as TypedDocumentNode<any, AnyVariables>,
    variables: { id },
    requestPolicy: "cache-and-network",
  });
  const record = (data?.[spec.one] ?? null) as Values | null;
  const provinceCode = record ? String((record.province as Values).code) : "";
  const names = useReferenceNames(
    provinceCode,
    useMemo(() => picksIn(spec.fields), [spec]),
  );
  const type = t(`type.${typeName}`);
  const heading = record ? `${type}: ${String(record[spec.titleField] ?? id)}` : type;
  const editable = record !== null && keepsRecords(session, provinceCode, spec.department);
  const back = () => (location.key !== "default" ? navigate(-1) : navigate(`/records/${typeName}`));
  const items: { key: string; label: string; children: ReactNode }[] = record
    ? [
        {
          key: "classification",
          label: t("field.classification"),
          children: <ClassificationBadge classification={String(record.classification)} />,
        },
        { key: "provinceCode", label: t("field.provinceCode"), children: provinceCode },
        ...spec.fields.map((field: FieldSpec) => ({
          key: field.name,
          label: t(`field.${field.name}`),
          children: <FieldValue field={field} record={record} names={names} />,
        })),
      ]
    : [];
  return (
    <Card
      loading={fetching && !data}
      title={<PageTitle>{heading}</PageTitle>}
      extra={
        editable ? (
          <Link to={`/records/${typeName}/${encodeURIComponent(id)}`}>
            <Button type="primary">{t("records.edit")}</Button>
          </Link>
        ) : null
      }
    >
      <DepartmentNotice error={error} />
      {!record && !fetching && !answerMissing(error, spec.department) ? <Empty description={t("records.notFound")} /> : null}
      {record ? <Descriptions size="small" bordered column={1} items={items} style={{ marginBottom: 16 }} /> : null}
      <Space>
        <Button onClick={back}>{t("records.back")}</Button>
      </Space>
    </Card>
  );
}
