import { Button, DatePicker, Form, Input, Space } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { useDraftKept } from "../drafts";
import { graphql } from "../gql";
import { DATE_FORMAT } from "../records/RecordForm";
import { matchesTyped } from "../search-text";
import { TASK_STATUSES } from "../statuses";
import { FormSelect } from "./FormSelect";
import { WriteModal } from "./WriteModal";

const UpdateTaskProgress = graphql(/* GraphQL */ `
  mutation UpdateTaskProgress($id: ID!, $version: Int!, $input: TaskProgressInput!) {
    updateTaskProgress(id: $id, version: $version, input: $input) {
      id
      version
      status
      progressNote
    }
  }
`);

const UpdateTask = graphql(/* GraphQL */ `
  mutation UpdateTask($id: ID!, $version: Int!, $input: TaskInput!) {
    updateTask(id: $id, version: $version, input: $input) {
      id
      version
      title
      text
      timeframe {
        label
        startsOn
        endsOn
      }
    }
  }
`);

const UpdateReportingDeadline = graphql(/* GraphQL */ `
  mutation UpdateReportingDeadline($id: ID!, $version: Int!, $input: ReportingDeadlineInput!) {
    updateReportingDeadline(id: $id, version: $version, input: $input) {
      id
      version
      dueOn
      rawText
    }
  }
`);

export interface EditableTask {
  id: string;
  version: number;
  outline: string;
  ordinal: string;
  title: string;
  text?: string | null;
  status: string;
  progressNote?: string | null;
  parent?: { id: string } | null;
  timeframe?: { label: string; startsOn?: string | null; endsOn?: string | null } | null;
}

const day = (value: unknown) => (value ? (value as Dayjs).format("YYYY-MM-DD") : null);

/** The lead agency's progress report on one task: status and a note. */
export function ProgressButton({ task }: { task: EditableTask }) {
  const { t } = useTranslation();
  const draft = `progress:${task.id}`;
  const [open, setOpen] = useState(useDraftKept(draft));
  const [, update] = useMutation(UpdateTaskProgress);
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        {t("progress.update")}
      </Button>
      <WriteModal
        open={open}
        draft={draft}
        title={t("progress.title", { outline: task.outline })}
        initialValues={{ status: task.status, progressNote: task.progressNote ?? "" }}
        onCancel={() => setOpen(false)}
        onSubmit={async (values) =>
          (
            await update({
              id: task.id,
              version: task.version,
              input: { status: values.status as never, progressNote: String(values.progressNote ?? "").trim() || null },
            })
          ).error
        }
      >
        <Form.Item name="status" label={t("progress.status")} rules={[{ required: true }]}>
          <FormSelect showSearch filterOption={matchesTyped} options={TASK_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))} />
        </Form.Item>
        <Form.Item name="progressNote" label={t("progress.note")}>
          <Input.TextArea autoSize={{ minRows: 3 }} />
        </Form.Item>
      </WriteModal>
    </>
  );
}

/** The information department's edit of a task's wording and timeframe. */
export function TaskEditButton({ task, planId }: { task: EditableTask; planId: string }) {
  const { t } = useTranslation();
  const draft = `task:${task.id}`;
  const [open, setOpen] = useState(useDraftKept(draft));
  const [, update] = useMutation(UpdateTask);
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        {t("task.edit")}
      </Button>
      <WriteModal
        open={open}
        draft={draft}
        title={t("task.title", { outline: task.outline })}
        initialValues={{
          title: task.title,
          text: task.text ?? "",
          timeframeLabel: task.timeframe?.label ?? "",
          startsOn: task.timeframe?.startsOn ? dayjs(task.timeframe.startsOn) : null,
          endsOn: task.timeframe?.endsOn ? dayjs(task.timeframe.endsOn) : null,
        }}
        onCancel={() => setOpen(false)}
        onSubmit={async (values) =>
          (
            await update({
              id: task.id,
              version: task.version,
              input: {
                planId,
                parentId: task.parent?.id ?? null,
                ordinal: task.ordinal,
                title: String(values.title).trim(),
                text: String(values.text ?? "").trim() || null,
                timeframeLabel: String(values.timeframeLabel ?? "").trim() || null,
                startsOn: day(values.startsOn),
                endsOn: day(values.endsOn),
              },
            })
          ).error
        }
      >
        <Form.Item name="title" label={t("task.taskTitle")} rules={[{ required: true }]}>
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Form.Item name="text" label={t("task.text")}>
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Form.Item name="timeframeLabel" label={t("task.timeframe")}>
          <Input />
        </Form.Item>
        <Space>
          <Form.Item name="startsOn" label={t("task.startsOn")}>
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
          <Form.Item name="endsOn" label={t("task.endsOn")}>
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
        </Space>
      </WriteModal>
    </>
  );
}

/** The information department moves a reporting deadline (or dates one the document left without a date). */
export function DeadlineEditButton({
  deadline,
  planId,
}: {
  deadline: { id: string; version: number; period: string; dueOn?: string | null; rawText: string };
  planId: string;
}) {
  const { t } = useTranslation();
  const draft = `deadline:${deadline.id}`;
  const [open, setOpen] = useState(useDraftKept(draft));
  const [, update] = useMutation(UpdateReportingDeadline);
  return (
    <>
      <Button size="small" type="link" onClick={() => setOpen(true)}>
        {t("deadline.edit")}
      </Button>
      <WriteModal
        open={open}
        draft={draft}
        title={t("deadline.title")}
        initialValues={{ dueOn: deadline.dueOn ? dayjs(deadline.dueOn) : null, rawText: deadline.rawText }}
        onCancel={() => setOpen(false)}
        onSubmit={async (values) =>
          (
            await update({
              id: deadline.id,
              version: deadline.version,
              input: { planId, period: deadline.period as never, dueOn: day(values.dueOn), rawText: String(values.rawText).trim() },
            })
          ).error
        }
      >
        <Form.Item name="dueOn" label={t("deadline.dueOn")}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item name="rawText" label={t("deadline.rawText")} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
      </WriteModal>
    </>
  );
}
