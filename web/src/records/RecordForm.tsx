import { Alert, Button, Card, DatePicker, Form, Input, InputNumber, Result, Space, Table, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router-dom";
import { useClient, type AnyVariables, type TypedDocumentNode } from "urql";
import { DepartmentNotice } from "../components/DepartmentNotice";
import { FormSelect } from "../components/FormSelect";
import { Label } from "../components/Label";
import { PageTitle } from "../components/PageTitle";
import { DraftNotice, useFormDraft } from "../drafts";
import { classificationsFor, keepsRecords } from "../permissions";
import { matchesTyped } from "../search-text";
import { useSession } from "../session";
import { showFieldErrors, useWriteKey, writeFailure, type WriteFailure } from "../write";
import { AgencyPicker, CountryPicker, PlacePicker, TaskPicker, useReferenceNames, type ReferenceNames } from "./pickers";
import { RECORD_TYPES } from "./record-types";
import {
  comparable,
  DATE_FORMAT,
  formValue,
  picksIn,
  recordPath,
  shownValue,
  type FieldSpec,
  type RecordTypeName,
  type Spec,
  type Values,
} from "./values";

export { DATE_FORMAT, type RecordTypeName };
// The generated documents differ per type; the form handles them all alike.
type AnyDocument = TypedDocumentNode<any, AnyVariables>;

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

/** Every field of a stale edit, the record as it now stands beside the official's form, differences marked. */
function ConflictPanel({ spec, current, mine, names }: { spec: Spec; current: Values; mine: Values; names: ReferenceNames }) {
  const { t } = useTranslation();
  const rows = [
    {
      key: "classification",
      label: t("field.classification"),
      theirs: t(`classification.${String(current.classification)}`),
      yours: t(`classification.${String(mine.classification)}`),
      differs: current.classification !== mine.classification,
    },
    {
      key: "provinceCode",
      label: t("field.provinceCode"),
      theirs: String((current.province as Values).code),
      yours: String(mine.provinceCode ?? "—"),
      differs: (current.province as Values).code !== mine.provinceCode,
    },
    ...spec.fields.map((field: FieldSpec) => {
      const theirs = formValue(current, field);
      return {
        key: field.name,
        label: t(`field.${field.name}`),
        theirs: shownValue(field, theirs, names, t),
        yours: shownValue(field, mine[field.name], names, t),
        differs: comparable(theirs) !== comparable(mine[field.name]),
      };
    }),
  ];
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="key"
      dataSource={rows}
      columns={[
        {
          title: t("records.field"),
          dataIndex: "label",
          render: (label: string, row) => (
            <>
              {label}
              {row.differs ? (
                <>
                  {" "}
                  <Label tone="warning">{t("records.differs")}</Label>
                </>
              ) : null}
            </>
          ),
        },
        { title: t("records.current"), dataIndex: "theirs" },
        { title: t("records.yours"), dataIndex: "yours" },
      ]}
    />
  );
}

/**
 * Creates or edits one department record, whatever its type: the fields come
 * from its input type (generated), errors from the API — each field's beside
 * it, a conflict with every field's current value beside the official's —
 * and nothing typed is lost on an error. A date outside the year of the
 * chosen task's plan is pointed out, never refused: work planned for one year
 * is sometimes done in the next.
 */
export function RecordForm({ typeName, id }: { typeName: RecordTypeName; id?: string }) {
  const { t } = useTranslation();
  const spec = RECORD_TYPES[typeName] as Spec;
  const session = useSession();
  const client = useClient();
  const writeKey = useWriteKey();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [loaded, setLoaded] = useState<Values | null>(null);
  /** The values the official started from (as loaded or last saved), to tell their own changes from others'. */
  const [base, setBase] = useState<Values | null>(null);
  const [version, setVersion] = useState<number | null>(null);
  const [failure, setFailure] = useState<WriteFailure | null>(null);
  /** After a stale edit: the record as it now stands, and the form as the official sent it. */
  const [conflict, setConflict] = useState<{ current: Values; mine: Values } | null>(null);
  const [saving, setSaving] = useState(false);
  // A record just created opens here, at its own address, saying it was saved.
  const location = useLocation();
  const [saved, setSaved] = useState(Boolean((location.state as { saved?: boolean } | null)?.saved));
  const [loadError, setLoadError] = useState<import("urql").CombinedError | undefined>();
  // What the official types is kept in the tab, with the version and values the edit started from.
  const draft = useFormDraft(form, "record", { version, base });
  const provinceCode = (Form.useWatch("provinceCode", form) as string | undefined) ?? session?.official.provinceCode ?? "";
  const classifications = useMemo(() => classificationsFor(session), [session]);
  const names = useReferenceNames(
    provinceCode,
    useMemo(() => picksIn(spec.fields), [spec]),
  );
  const dateFields = spec.fields.filter((field: FieldSpec) => field.control === "date");
  const taskId = Form.useWatch("taskId", form) as string | null | undefined;
  const dates = Form.useWatch(
    (values: Values) =>
      Object.fromEntries(
        dateFields.map((field: FieldSpec) => {
          const value = values[field.name];
          return [field.name, dayjs.isDayjs(value) ? value.format("YYYY-MM-DD") : null];
        }),
      ) as Record<string, string | null>,
    form,
  );
  const planYear = taskId ? names.planYear(taskId) : undefined;
  const outsidePlanYear: string[] = planYear
    ? dateFields
        .filter((field: FieldSpec) => dates?.[field.name] && Number(dates[field.name]!.slice(0, 4)) !== planYear)
        .map((field: FieldSpec) => field.name)
    : [];

  const load = async (): Promise<Values | null> => {
    const result = await client.query(spec.load as AnyDocument, { id }, { requestPolicy: "network-only" }).toPromise();
    setLoadError(result.error);
    return (result.data?.[spec.one] as Values | null) ?? null;
  };

  const start = (record: Values | null) => {
    form.resetFields();
    const values = record ? valuesOf(record) : { provinceCode: session?.official.provinceCode, classification: "INTERNAL" };
    form.setFieldsValue(values as Parameters<typeof form.setFieldsValue>[0]);
    setVersion(record ? (record.version as number) : null);
    setBase(record ? values : null);
  };

  useEffect(() => {
    // A draft goes on from the version it started from: saved against a record changed since, it meets the conflict panel.
    const resume = () => {
      const kept = draft.restore()?.context as { version: number | null; base: Values | null } | undefined;
      if (kept?.version) setVersion(kept.version);
      if (kept?.base) setBase(kept.base);
    };
    if (!id) {
      start(null);
      resume();
      return;
    }
    void load().then((record) => {
      if (!record) return;
      setLoaded(record);
      start(record);
      resume();
    });
    // Loads once per record: the form then holds what the official types.
  }, [id, typeName]);

  /** Drops the draft: the form as it started, the record as loaded. */
  const discard = () => {
    draft.clear();
    start(loaded);
  };

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
      : await client.mutation(spec.create as AnyDocument, { input }, writeKey.context).toPromise();
    setSaving(false);
    if (!id) writeKey.settle(result.error);
    if (result.error) {
      const refused = writeFailure(result.error);
      setFailure(refused);
      showFieldErrors(form, refused);
      if (refused.kind === "conflict") {
        const current = await load();
        setConflict(current ? { current, mine: { ...values } } : null);
      }
      return;
    }
    setFailure(null);
    setConflict(null);
    showFieldErrors(form, null);
    const written = result.data[id ? `update${typeName}` : `create${typeName}`] as { id: string; version: number };
    draft.clear();
    setVersion(written.version);
    setBase(values);
    setSaved(true);
    if (!id) navigate(`/records/${typeName}/${encodeURIComponent(written.id)}`, { replace: true, state: { saved: true } });
  };

  /** Leaves the form, saving nothing: back where the official came from, else to the record (or the list). */
  const cancel = () => {
    draft.clear();
    if (location.key !== "default") navigate(-1);
    else navigate(id ? recordPath(typeName, id) : `/records/${typeName}`);
  };

  const title = t(`type.${typeName}`);
  const outsideWarning = (
    <Typography.Text style={{ color: "#613400" }}>{t("records.dateOutsidePlanYear", { year: planYear })}</Typography.Text>
  );
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
          message={t("records.conflict", { version: conflict.current.version })}
          description={
            <Space direction="vertical" style={{ width: "100%" }}>
              <ConflictPanel spec={spec} current={conflict.current} mine={conflict.mine} names={names} />
              <Button type="primary" onClick={() => void applyAgain(conflict.current)}>
                {t("records.applyAgain")}
              </Button>
            </Space>
          }
        />
      ) : null}
      <DraftNotice draft={draft} onDiscard={discard} />
      {id && !loaded && !loadError ? <Card loading /> : null}
      <Form
        form={form}
        layout="vertical"
        onFinish={() => void save()}
        onValuesChange={draft.onValuesChange}
        disabled={id !== undefined && !loaded}
        style={{ maxWidth: 760 }}
      >
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
            extra={outsidePlanYear.includes(field.name) ? outsideWarning : undefined}
          >
            <Control field={field} provinceCode={provinceCode} />
          </Form.Item>
        ))}
        {outsidePlanYear.length ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            message={t("records.datesOutsidePlanYear", {
              year: planYear,
              fields: outsidePlanYear.map((name) => t(`field.${name}`)).join(", "),
            })}
          />
        ) : null}
        <Space>
          <Button type="primary" htmlType="submit" loading={saving}>
            {t("records.save")}
          </Button>
          <Button onClick={cancel}>{t("records.cancel")}</Button>
        </Space>
      </Form>
    </Card>
  );
}
