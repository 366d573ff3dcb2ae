import { Alert, Button, DatePicker, Form, Input, Typography, Upload } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { useDraftKept } from "../drafts";
import { base64Of } from "../files";
import { formatDate } from "../format";
import { graphql } from "../gql";
import { DATE_FORMAT } from "../records/RecordForm";
import { useWriteKey } from "../write";
import { FormSelect } from "./FormSelect";
import { WriteModal } from "./WriteModal";

const CreateReport = graphql(/* GraphQL */ `
  mutation CreateReport($input: ReportInput!) {
    createReport(input: $input) {
      id
      version
      submittedOn
    }
  }
`);

const UpdateReport = graphql(/* GraphQL */ `
  mutation UpdateReport($id: ID!, $version: Int!, $input: ReportInput!) {
    updateReport(id: $id, version: $version, input: $input) {
      id
      version
      submittedOn
    }
  }
`);

const CreateFocalPoint = graphql(/* GraphQL */ `
  mutation CreateFocalPoint($input: FocalPointInput!) {
    createFocalPoint(input: $input) {
      id
      version
    }
  }
`);

const UpdateFocalPoint = graphql(/* GraphQL */ `
  mutation UpdateFocalPoint($id: ID!, $version: Int!, $input: FocalPointInput!) {
    updateFocalPoint(id: $id, version: $version, input: $input) {
      id
      version
    }
  }
`);

interface OwedReport {
  deadlineId: string;
  period: string;
  dueOn?: string | null;
  dueText?: string;
  report?: {
    id: string;
    version: number;
    submittedOn: string;
    documentNumber?: string | null;
    summary?: string | null;
    fileName?: string | null;
  } | null;
}

/** The largest report file the hub keeps (subgraphs/plans/reporting/report-file.ts). */
const REPORT_FILE_BYTES = 700 * 1024;

/**
 * An agency's report against one deadline, with its document: number, the
 * date it bears (never assumed to be today) and its file (PDF or Word) —
 * submitted by the agency's officer, or recorded by the department in charge
 * when it came on paper. Its state (on time, late…) is computed by the hub
 * from the dates; the dialog shows the deadline it is measured against.
 */
export function ReportButton({ agency, owed, onPaper }: { agency: { id: string; name: string }; owed: OwedReport; onPaper: boolean }) {
  const { t } = useTranslation();
  const draft = `report:${agency.id}:${owed.deadlineId}`;
  const [open, setOpen] = useState(useDraftKept(draft));
  const [, create] = useMutation(CreateReport);
  const [, update] = useMutation(UpdateReport);
  const writeKey = useWriteKey();
  const existing = owed.report;
  const label = existing ? t("report.edit") : onPaper ? t("report.recordPaper") : t("report.submit");
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)} aria-label={`${label}: ${t(`period.${owed.period}`)} — ${agency.name}`}>
        {`${label} (${t(`period.${owed.period}`)})`}
      </Button>
      <WriteModal
        open={open}
        draft={draft}
        title={t("report.title", { period: t(`period.${owed.period}`), agency: agency.name })}
        initialValues={{
          submittedOn: existing ? dayjs(existing.submittedOn) : undefined,
          documentNumber: existing?.documentNumber ?? "",
          summary: existing?.summary ?? "",
          file: [],
        }}
        onCancel={() => setOpen(false)}
        onSubmit={async (values) => {
          const chosen = (values.file as { originFileObj?: File; name: string }[] | undefined)?.[0];
          const input = {
            agencyId: agency.id,
            deadlineId: owed.deadlineId,
            submittedOn: (values.submittedOn as Dayjs).format("YYYY-MM-DD"),
            documentNumber: String(values.documentNumber ?? "").trim(),
            summary: String(values.summary ?? "").trim() || null,
            file: chosen?.originFileObj ? { fileName: chosen.name, content: await base64Of(chosen.originFileObj) } : null,
          };
          if (existing) return (await update({ id: existing.id, version: existing.version, input })).error;
          const { error } = await create({ input }, writeKey.context);
          writeKey.settle(error);
          return error;
        }}
      >
        <Typography.Paragraph data-testid="report-deadline">
          {owed.dueOn ? t("report.deadline", { date: formatDate(owed.dueOn) }) : t("report.deadlineUnknown", { text: owed.dueText ?? "" })}
        </Typography.Paragraph>
        <Form.Item name="documentNumber" label={t("report.documentNumber")} rules={[{ required: true, whitespace: true }]}>
          <Input placeholder={t("report.documentNumberExample")} />
        </Form.Item>
        <Form.Item name="submittedOn" label={t("report.submittedOn")} rules={[{ required: true }]}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item
          name="file"
          label={existing?.fileName ? t("report.replaceFile", { name: existing.fileName }) : t("report.file")}
          valuePropName="fileList"
          getValueFromEvent={(event: { fileList: unknown[] }) => event.fileList.slice(-1)}
          rules={[
            { required: !existing?.fileName, type: "array", min: existing?.fileName ? 0 : 1, message: t("report.fileRequired") },
            {
              validator: async (_, list: { size?: number }[] | undefined) => {
                if ((list?.[0]?.size ?? 0) > REPORT_FILE_BYTES) throw new Error(t("report.fileTooLarge"));
              },
            },
          ]}
        >
          <Upload beforeUpload={() => false} maxCount={1} accept=".pdf,.docx,application/pdf">
            <Button>{t("report.chooseFile")}</Button>
          </Upload>
        </Form.Item>
        <Form.Item name="summary" label={t("report.summary")}>
          <Input.TextArea autoSize={{ minRows: 3 }} />
        </Form.Item>
      </WriteModal>
    </>
  );
}

interface FocalPoint {
  id: string;
  version: number;
  role: string;
  fullName: string;
  position?: string | null;
  phone?: string | null;
  email?: string | null;
}

/** Names (or corrects) an agency's leader or officer for foreign-information work. */
export function FocalPointButton({ agency, focalPoint }: { agency: { id: string; name: string }; focalPoint?: FocalPoint }) {
  const { t } = useTranslation();
  const draft = `focal:${agency.id}:${focalPoint?.id ?? "new"}`;
  const [open, setOpen] = useState(useDraftKept(draft));
  const [, create] = useMutation(CreateFocalPoint);
  const [, update] = useMutation(UpdateFocalPoint);
  const writeKey = useWriteKey();
  const label = focalPoint ? `${t("focal.edit")}: ${focalPoint.fullName}` : t("focal.name");
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)} aria-label={`${label} — ${agency.name}`}>
        {label}
      </Button>
      <WriteModal
        open={open}
        draft={draft}
        title={t("focal.title", { agency: agency.name })}
        initialValues={{
          role: focalPoint?.role ?? "OFFICER",
          fullName: focalPoint?.fullName ?? "",
          position: focalPoint?.position ?? "",
          phone: focalPoint?.phone ?? "",
          email: focalPoint?.email ?? "",
        }}
        onCancel={() => setOpen(false)}
        onSubmit={async (values) => {
          const text = (name: string) => String(values[name] ?? "").trim() || null;
          const input = {
            agencyId: agency.id,
            role: values.role as never,
            fullName: String(values.fullName).trim(),
            position: text("position"),
            phone: text("phone"),
            email: text("email"),
          };
          if (focalPoint) return (await update({ id: focalPoint.id, version: focalPoint.version, input })).error;
          const { error } = await create({ input }, writeKey.context);
          writeKey.settle(error);
          return error;
        }}
      >
        <Form.Item name="role" label={t("focal.role")} rules={[{ required: true }]}>
          <FormSelect options={["LEADER", "OFFICER"].map((role) => ({ value: role, label: t(`role.${role}`) }))} />
        </Form.Item>
        <Form.Item name="fullName" label={t("focal.fullName")} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="position" label={t("focal.position")}>
          <Input />
        </Form.Item>
        <Form.Item name="phone" label={t("focal.phone")}>
          <Input inputMode="tel" />
        </Form.Item>
        <Form.Item name="email" label={t("focal.email")}>
          <Input inputMode="email" />
        </Form.Item>
        <Alert type="info" showIcon role="note" message={t("focal.privacyTitle")} description={t("focal.privacy")} />
      </WriteModal>
    </>
  );
}
