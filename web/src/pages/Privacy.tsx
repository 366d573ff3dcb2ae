import { Alert, Button, Card, Form, Input, Popconfirm, Result, Space, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation, useQuery } from "urql";
import { PageTitle } from "../components/PageTitle";
import { ResponsiveTable } from "../components/ResponsiveTable";
import { Unavailable } from "../components/Unavailable";
import { formatDate, formatMoment } from "../format";
import { graphql } from "../gql";
import type { PersonalDataRequestQuery } from "../gql/graphql";
import { handlesPersonalData } from "../permissions";
import { problemText } from "../problems";
import { useSession } from "../session";

const PrivacyView = graphql(/* GraphQL */ `
  query PrivacyView($provinceCode: String!) {
    processingLog(provinceCode: $provinceCode, limit: 200) {
      id
      at
      userId
      agencyCode
      role
      operation
      entity
      recordIds
      fields
      note
    }
  }
`);

const PersonalDataRequest = graphql(/* GraphQL */ `
  query PersonalDataRequest($provinceCode: String!, $fullName: String!) {
    personalData(provinceCode: $provinceCode, fullName: $fullName) {
      receivedOn
      answerBy
      focalPoints {
        id
        fullName
        position
        phone
        email
        agency {
          name
        }
      }
      history {
        sequence
        at
        operation
      }
      processing {
        id
        at
        operation
        userId
      }
    }
  }
`);

const ErasePersonalData = graphql(/* GraphQL */ `
  mutation ErasePersonalData($id: ID!, $reason: String!) {
    erasePersonalData(id: $id, reason: $reason) {
      id
      auditTrailSealed
    }
  }
`);

type Report = PersonalDataRequestQuery["personalData"];

/**
 * The province's data-protection officer's page (Law 91/2025/QH15; Decree
 * 356/2025/NĐ-CP): the processing log of officials' personal data, and a
 * person's request — what is held about them, when the answer is due — with
 * erasure at their request.
 */
export function PrivacyPage() {
  const { t } = useTranslation();
  const session = useSession();
  const provinceCode = session?.official.provinceCode ?? "";
  const [{ data, fetching, error }, refresh] = useQuery({
    query: PrivacyView,
    variables: { provinceCode },
    pause: !handlesPersonalData(session),
  });
  const [name, setName] = useState("");
  const [request] = useQuery({
    query: PersonalDataRequest,
    variables: { provinceCode, fullName: name },
    pause: !name,
    requestPolicy: "network-only",
  });
  const [erasure, erase] = useMutation(ErasePersonalData);
  if (!handlesPersonalData(session)) return <Result status="403" title={t("privacy.notAllowed")} />;
  const report: Report | undefined = request.data?.personalData;
  return (
    <Space direction="vertical" style={{ width: "100%" }} size="large">
      <PageTitle>{t("privacy.title")}</PageTitle>
      <Card title={<h2 style={{ margin: 0, fontSize: 18 }}>{t("privacy.request")}</h2>}>
        <Form layout="inline" onFinish={(values: { fullName: string }) => setName(values.fullName.trim())}>
          <Form.Item name="fullName" label={t("privacy.fullName")} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Button htmlType="submit" type="primary">
            {t("privacy.find")}
          </Button>
        </Form>
        {report ? (
          <Space direction="vertical" style={{ marginTop: 16, width: "100%" }}>
            <Alert
              type="info"
              showIcon
              message={t("privacy.answerBy", { received: formatDate(report.receivedOn), date: formatDate(report.answerBy) })}
            />
            {report.focalPoints.length === 0 ? <Typography.Text>{t("privacy.nothingHeld")}</Typography.Text> : null}
            {report.focalPoints.map((f) => (
              <Card key={f.id} size="small" title={`${f.fullName} — ${f.agency?.name ?? ""}`}>
                <p>{[f.position, f.phone, f.email].filter(Boolean).join(" · ")}</p>
                <p>{t("privacy.history", { changes: report.history.length, reads: report.processing.length })}</p>
                <Popconfirm
                  title={t("privacy.eraseConfirm")}
                  okText={t("privacy.eraseYes")}
                  cancelText={t("common.cancel")}
                  onConfirm={async () => {
                    const done = await erase({ id: f.id, reason: t("privacy.eraseReason", { name: f.fullName }) });
                    if (!done.error) {
                      setName("");
                      refresh({ requestPolicy: "network-only" });
                    }
                  }}
                >
                  <Button danger>{t("privacy.erase")}</Button>
                </Popconfirm>
              </Card>
            ))}
          </Space>
        ) : null}
        {erasure.data ? <Alert style={{ marginTop: 16 }} type="success" showIcon role="status" message={t("privacy.erased")} /> : null}
        {erasure.error || request.error ? (
          <Alert style={{ marginTop: 16 }} type="error" showIcon message={problemText((erasure.error ?? request.error)!)} />
        ) : null}
      </Card>
      <Card title={<h2 style={{ margin: 0, fontSize: 18 }}>{t("privacy.log")}</h2>} loading={fetching && !data}>
        {error ? <Alert type="error" showIcon message={problemText(error)} /> : null}
        <ResponsiveTable
          rowKey="id"
          size="small"
          scroll={{ x: true }}
          pagination={{ pageSize: 20 }}
          dataSource={data?.processingLog ?? []}
          locale={{ emptyText: error && !data?.processingLog ? <Unavailable error={error} departments={["plans"]} /> : undefined }}
          columns={[
            { title: t("privacy.when"), dataIndex: "at", render: (at: string) => formatMoment(at) },
            { title: t("privacy.who"), key: "who", render: (_, e) => `${e.userId ?? ""} (${e.agencyCode ?? ""}, ${e.role ?? ""})` },
            { title: t("privacy.operation"), dataIndex: "operation", render: (op: string) => t(`privacy.op.${op}`) },
            { title: t("privacy.records"), key: "records", render: (_, e) => e.recordIds.length },
            { title: t("privacy.fields"), key: "fields", render: (_, e) => e.fields.join(", ") },
            { title: t("privacy.note"), dataIndex: "note" },
          ]}
        />
      </Card>
    </Space>
  );
}
