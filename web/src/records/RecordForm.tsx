import { Alert, Button, Card, DatePicker, Descriptions, Form, Input, InputNumber, Result, Space } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router-dom";
import { useClient, type AnyVariables, type TypedDocumentNode } from "urql";
import { ClassificationBadge } from "../components/ClassificationBadge";
import { DepartmentNotice } from "../components/DepartmentNotice";
import { FormSelect } from "../components/FormSelect";
import { PageTitle } from "../components/PageTitle";
import { classificationsFor, keepsRecords } from "../permissions";
import { matchesTyped } from "../search-text";
import { useSession } from "../session";
import { showFieldErrors, writeFailure, type WriteFailure } from "../write";
import { AgencyPicker, CountryPicker, PlacePicker, TaskPicker } from "./pickers";
import { RECORD_TYPES } from "./record-types";

export type RecordTypeName = keyof typeof RECORD_TYPES;
type Spec = (typeof RECORD_TYPES)[RecordTypeName];
type FieldSpec = Spec["fields"][number];
type Values = Record<string, unknown>;
// The generated documents differ per type; the form handles them all alike.
type AnyDocument = TypedDocumentNode<any, AnyVariables>;

export const DATE_FORMAT = "DD/MM/YYYY";

/** A field's current value read from the loaded record (`country { code }` → its code), as the form holds it. */
function formValue(record: Values, field: FieldSpec): unknown {
  const [base, inner] = field.selection.split(/\s*\{\s*|\s*\}\s*/);
  const value = record[base];
  if (inner) {
    if (Array.isArray(value)) return value.map((item: Values) => item[inner]);
    return value ? (value as Values)[inner] : null;
  }
  if (field.control === "date") return value ? dayjs(String(value)) : null;
  return value ?? null;
}

/** What the form holds, as the API's input: dates as yyyy-mm-dd, empty text as null. */
function inputOf(values: Values, spec: Spec): Values {
  const input: Values = { provinceCode: values.provinceCode, classification: values.classification };
  for (const field of spec.fields) {
    const value = values[field.name];
    if (field.control === "date") input[field.name] = value ? (value as Dayjs).format("YYYY-MM-DD") : null;
    // A list is cleared with [], never null.
    else if (/^(texts|references|countries)$/.test(field.control)) input[field.name] = Array.isArray(value) ? value : [];
    else if (typeof value === "string") input[field.name] = value.trim() === "" ? null : value.trim();
    else input[field.name] = value ?? null;
  }
  return input;
}

/** The input for one field; Form.Item's `id`, `value` and `onChange` are passed on to it. */
function Control({
  field,
  provinceCode,
  ...bound
}: {
  field: FieldSpec;
  provinceCode: string;
  id?: string;
  value?: any;
  onChange?: (value: any) => void;
}) {
  const { t } = useTranslation();
  const label = t(`field.${field.name}`);
  const picks = "picks" in field ? field.picks : undefined;
  switch (field.control) {
    case "longText":
      return <Input.TextArea {...bound} aria-label={label} autoSize={{ minRows: 2, maxRows: 8 }} />;
    case "int":
      return <InputNumber {...bound} aria-label={label} precision={0} style={{ width: 200 }} />;
    case "float":
      return <InputNumber {...bound} aria-label={label} style={{ width: 200 }} />;
    case "date":
      return <DatePicker {...bound} aria-label={label} format={DATE_FORMAT} />;
    case "enum":
      return (
        <FormSelect
          {...bound}
          showSearch
          filterOption={matchesTyped}
          allowClear={!field.required}
          options={("values" in field ? field.values : []).map((value: string) => ({ value, label: t(`enum.${value}`) }))}
        />
      );
    case "texts":
      return <FormSelect {...bound} mode="tags" placeholder={t("records.tags")} tokenSeparators={[";"]} />;
    case "country":
      return <CountryPicker {...bound} />;
    case "countries":
      return <CountryPicker {...bound} multiple />;
    case "references":
      return <AgencyPicker {...bound} provinceCode={provinceCode} multiple />;
    case "reference":
      if (picks === "task") return <TaskPicker {...bound} provinceCode={provinceCode} />;
      if (picks === "agency") return <AgencyPicker {...bound} provinceCode={provinceCode} />;
      return <PlacePicker {...bound} provinceCode={provinceCode} kind={picks as "borderGate" | "borderCommune" | "partnerLocality"} />;
    default:
      return <Input {...bound} aria-label={label} />;
  }
}

/**
 * Creates or edits one department record, whatever its type: the fields come
 * from its input type (generated), errors from the API — each field's beside
 * it, a conflict with the record's current values — and nothing typed is
 * lost on an error.
 */
export function RecordForm({ typeName, id }: { typeName: RecordTypeName; id?: string }) {
  const { t } = useTranslation();
  const spec = RECORD_TYPES[typeName] as Spec;
  const session = useSession();
  const client = useClient();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [loaded, setLoaded] = useState<Values | null>(null);
  /** The values the official started from (as loaded or last saved), to tell their own changes from others'. */
  const [base, setBase] = useState<Values | null>(null);
  const [version, setVersion] = useState<number | null>(null);
  const [failure, setFailure] = useState<WriteFailure | null>(null);
  const [conflict, setConflict] = useState<Values | null>(null);
  const [saving, setSaving] = useState(false);
  // A record just created opens here, at its own address, saying it was saved.
  const location = useLocation();
  const [saved, setSaved] = useState(Boolean((location.state as { saved?: boolean } | null)?.saved));
  const [loadError, setLoadError] = useState<import("urql").CombinedError | undefined>();
  const provinceCode = (Form.useWatch("provinceCode", form) as string | undefined) ?? session?.official.provinceCode ?? "";
  const classifications = useMemo(() => classificationsFor(session), [session]);

  const load = async (): Promise<Values | null> => {
    const result = await client.query(spec.load as AnyDocument, { id }, { requestPolicy: "network-only" }).toPromise();
    setLoadError(result.error);
    return (result.data?.[spec.one] as Values | null) ?? null;
  };

  useEffect(() => {
    if (!id) {
      form.setFieldsValue({ provinceCode: session?.official.provinceCode, classification: "INTERNAL" });
      return;
    }
    void load().then((record) => {
      if (!record) return;
      setLoaded(record);
      setVersion(record.version as number);
      const values = valuesOf(record);
      setBase(values);
      form.setFieldsValue(values as Parameters<typeof form.setFieldsValue>[0]);
    });
    // Loads once per record: the form then holds what the official types.
  }, [id, typeName]);

  if (!session || !keepsRecords(session, provinceCode || session.official.provinceCode, spec.department)) {
    return <Result status="403" title={t("records.notAllowed")} />;
  }

  /** The form's values for a record as loaded. */
  function valuesOf(record: Values): Values {
    const values: Values = { provinceCode: (record.province as Values).code, classification: record.classification };
    for (const field of spec.fields) values[field.name] = formValue(record, field);
    return values;
  }

  /**
   * After a conflict: the official's own changes (what differs from the
   * version they started from) laid over the record as it now stands, so
   * that the other writer's changes to other fields are kept, then saved
   * against the current version.
   */
  const applyAgain = async (current: Values) => {
    const mine = form.getFieldsValue(true) as Values;
    const theirs = valuesOf(current);
    const comparable = (value: unknown) => JSON.stringify(dayjs.isDayjs(value) ? value.format("YYYY-MM-DD") : (value ?? null));
    const merged: Values = { ...theirs };
    for (const [name, value] of Object.entries(mine)) if (comparable(value) !== comparable(base?.[name])) merged[name] = value;
    form.setFieldsValue(merged as Parameters<typeof form.setFieldsValue>[0]);
    setBase(theirs);
    await save(current.version as number);
  };

  const save = async (againstVersion = version) => {
    const values = form.getFieldsValue(true) as Values;
    setSaving(true);
    setSaved(false);
    const input = inputOf(values, spec);
    const result = id
      ? await client.mutation(spec.update as AnyDocument, { id, version: againstVersion, input }).toPromise()
      : await client.mutation(spec.create as AnyDocument, { input }).toPromise();
    setSaving(false);
    if (result.error) {
      const refused = writeFailure(result.error);
      setFailure(refused);
      showFieldErrors(form, refused);
      if (refused.kind === "conflict") setConflict(await load());
      return;
    }
    setFailure(null);
    setConflict(null);
    showFieldErrors(form, null);
    const written = result.data[id ? `update${typeName}` : `create${typeName}`] as { id: string; version: number };
    setVersion(written.version);
    setBase(values);
    setSaved(true);
    if (!id) navigate(`/records/${typeName}/${encodeURIComponent(written.id)}`, { replace: true, state: { saved: true } });
  };

  const title = t(`type.${typeName}`);
  return (
    <Card title={<PageTitle>{id ? t("records.editTitle", { type: title }) : t("records.newTitle", { type: title })}</PageTitle>}>
      <DepartmentNotice error={loadError} />
      {saved ? <Alert type="success" showIcon role="status" message={t("records.saved")} style={{ marginBottom: 12 }} /> : null}
      {failure?.kind === "fields" ? <Alert type="error" showIcon message={t("records.fieldErrors")} style={{ marginBottom: 12 }} /> : null}
      {failure?.kind === "refused" ? (
        <Alert type="error" showIcon message={t("records.refused", { message: failure.message })} style={{ marginBottom: 12 }} />
      ) : null}
      {failure?.kind === "conflict" && conflict ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={t("records.conflict", { version: conflict.version })}
          description={
            <Space direction="vertical" style={{ width: "100%" }}>
              <Descriptions
                size="small"
                column={1}
                title={t("records.current")}
                items={[
                  {
                    key: "classification",
                    label: t("field.classification"),
                    children: <ClassificationBadge classification={String(conflict.classification)} />,
                  },
                  ...spec.fields
                    .filter((field) => !/^(reference|references|country|countries)$/.test(field.control))
                    .map((field) => {
                      const value = formValue(conflict, field);
                      const shown = dayjs.isDayjs(value)
                        ? value.format(DATE_FORMAT)
                        : Array.isArray(value)
                          ? value.join(", ")
                          : String(value ?? "—");
                      return {
                        key: field.name,
                        label: t(`field.${field.name}`),
                        children: field.control === "enum" && value ? t(`enum.${shown}`) : shown,
                      };
                    }),
                ]}
              />
              <Button type="primary" onClick={() => void applyAgain(conflict)}>
                {t("records.applyAgain")}
              </Button>
            </Space>
          }
        />
      ) : null}
      {id && !loaded && !loadError ? <Card loading /> : null}
      <Form form={form} layout="vertical" onFinish={() => void save()} disabled={id !== undefined && !loaded} style={{ maxWidth: 760 }}>
        <Form.Item name="provinceCode" label={t("field.provinceCode")} rules={[{ required: true, message: t("records.required") }]}>
          <Input aria-label={t("field.provinceCode")} disabled={session.official.role !== "admin"} />
        </Form.Item>
        <Form.Item name="classification" label={t("field.classification")} rules={[{ required: true, message: t("records.required") }]}>
          <FormSelect
            showSearch
            filterOption={matchesTyped}
            options={classifications.map((c) => ({ value: c, label: t(`classification.${c}`) }))}
          />
        </Form.Item>
        {spec.fields.map((field) => (
          <Form.Item
            key={field.name}
            name={field.name}
            label={t(`field.${field.name}`)}
            rules={field.required ? [{ required: true, message: t("records.required") }] : []}
          >
            <Control field={field} provinceCode={provinceCode} />
          </Form.Item>
        ))}
        <Button type="primary" htmlType="submit" loading={saving}>
          {t("records.save")}
        </Button>
      </Form>
    </Card>
  );
}
