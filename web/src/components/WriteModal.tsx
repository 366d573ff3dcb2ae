import { Alert, Form, Modal } from "antd";
import { useEffect, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { CombinedError } from "urql";
import { DraftNotice, useFormDraft } from "../drafts";
import { showFieldErrors, writeFailure, type WriteFailure } from "../write";

type Values = Record<string, unknown>;

/** Runs `run` once the form around it is mounted (each opening is a new form). */
function OnMount({ run }: { run: () => void }) {
  useEffect(() => void run(), []);
  return null;
}

/**
 * A small write in a dialog (a task's progress, a report, a focal point):
 * the API's field errors beside their fields, a conflict or refusal as one
 * message, and the dialog — with everything typed — stays open until the
 * write succeeds or the official cancels. What is typed is kept in the tab
 * as the draft `draft` names; a dialog left open with one (the session
 * ended) opens with it again (`useDraftKept`).
 */
export function WriteModal({
  open,
  title,
  draft: draftName,
  initialValues,
  onCancel,
  onSubmit,
  children,
}: {
  open: boolean;
  title: string;
  /** The draft's name, unique on the page: the dialog and what it writes (`report:<agency>:<deadline>`). */
  draft: string;
  initialValues: Values;
  onCancel: () => void;
  /** Sends the write; resolves to its error, if any. */
  onSubmit: (values: Values) => Promise<CombinedError | undefined>;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const [failure, setFailure] = useState<WriteFailure | null>(null);
  const [saving, setSaving] = useState(false);
  const draft = useFormDraft(form, draftName);
  // Each opening starts from `initialValues`; then the form holds what the official types. The new form is made
  // while rendering the opening, not in an effect after it: a click on Save in between would land on a form then replaced.
  const [opening, setOpening] = useState(0);
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) {
      setOpening((n) => n + 1);
      setFailure(null);
    }
  }
  const submit = async () => {
    const values = (await form.validateFields()) as Values;
    setSaving(true);
    const error = await onSubmit(values);
    setSaving(false);
    const refused = error ? writeFailure(error) : null;
    setFailure(refused);
    showFieldErrors(form, refused);
    if (!refused) cancel();
  };
  const cancel = () => {
    draft.clear();
    onCancel();
  };
  return (
    <Modal
      open={open}
      title={title}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={cancel}
      // a click beside the dialog must not throw away what was typed
      maskClosable={false}
    >
      <DraftNotice
        draft={draft}
        onDiscard={() => {
          draft.clear();
          form.resetFields();
        }}
      />
      {failure && failure.kind !== "fields" ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          message={t("records.refused", { message: failure.message })}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      <Form
        form={form}
        layout="vertical"
        initialValues={initialValues}
        key={opening}
        preserve={false}
        onValuesChange={draft.onValuesChange}
      >
        {children}
        <OnMount run={draft.restore} />
      </Form>
    </Modal>
  );
}
