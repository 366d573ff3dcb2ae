import { Card, Descriptions, Empty, List, Table, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router-dom";
import { useQuery } from "urql";
import { DepartmentNotice } from "../components/DepartmentNotice";
import { Label, type Tone } from "../components/Label";
import { formatDate } from "../format";
import { graphql } from "../gql";
import type { PlanViewQuery } from "../gql/graphql";

const PlanView = graphql(/* GraphQL */ `
  query PlanView($provinceCode: String!, $year: Int!) {
    plans(provinceCode: $provinceCode, year: $year) {
      id
      title
      year
      documentNumber
      province {
        code
        name
      }
      legalBases {
        text
      }
      reportingDeadlines {
        period
        dueOn
        rawText
      }
      tasks {
        id
        ordinal
        outline
        title
        status
        overdue
        timeframe {
          label
        }
        leads {
          id
          code
          name
        }
        coordinators {
          id
          code
          name
        }
        tradeEvents {
          id
          name
        }
        culturalEvents {
          id
          name
        }
        pressVisits {
          id
          outlet
        }
        outreachSessions {
          id
          topic
        }
      }
    }
  }
`);

type Task = PlanViewQuery["plans"][number]["tasks"][number];

const STATUS_TONES: Record<string, Tone> = { NOT_STARTED: "neutral", IN_PROGRESS: "info", DONE: "success", CANCELLED: "error" };

/** The plan as a readable document: legal bases, deadlines, and the tasks with who leads them and what was done. */
export function PlanPage() {
  const { t } = useTranslation();
  const { provinceCode = "", year = "" } = useParams();
  const [{ data, error, fetching }] = useQuery({ query: PlanView, variables: { provinceCode, year: Number(year) } });
  const plan = data?.plans[0];
  const records = (task: Task) =>
    [
      ...(task.tradeEvents ?? []).map((r) => r.name),
      ...(task.culturalEvents ?? []).map((r) => r.name),
      ...(task.pressVisits ?? []).map((r) => r.outlet),
      ...(task.outreachSessions ?? []).map((r) => r.topic),
    ].filter(Boolean);
  return (
    <Card loading={fetching && !data} title={<h1 style={{ fontSize: 20, margin: 0 }}>{plan?.title ?? t("plan.title")}</h1>}>
      <DepartmentNotice error={error} />
      {!plan && !fetching ? <Empty description={t("plan.none")} /> : null}
      {plan ? (
        <>
          <Descriptions
            size="small"
            column={1}
            items={[
              {
                key: "progress",
                label: t("plan.progress"),
                children: (
                  <strong>
                    {t("plan.progressFigures", {
                      done: plan.tasks.filter((task) => task.status === "DONE").length,
                      total: plan.tasks.length,
                      overdue: plan.tasks.filter((task) => task.overdue).length,
                    })}
                  </strong>
                ),
              },
              { key: "province", label: t("plan.province"), children: plan.province.name },
              ...(plan.documentNumber ? [{ key: "number", label: t("plan.number"), children: plan.documentNumber }] : []),
            ]}
          />
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            {t("plan.legalBases")}
          </Typography.Title>
          <List size="small" dataSource={plan.legalBases} renderItem={(basis) => <List.Item>{basis.text}</List.Item>} />
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            {t("plan.deadlines")}
          </Typography.Title>
          <List
            size="small"
            dataSource={plan.reportingDeadlines}
            renderItem={(deadline) => <List.Item>{deadline.dueOn ? formatDate(deadline.dueOn) : deadline.rawText}</List.Item>}
          />
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            {t("plan.tasks")}
          </Typography.Title>
          <Table<Task>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={plan.tasks}
            columns={[
              { title: t("plan.ordinal"), dataIndex: "outline", width: 70 },
              { title: t("plan.task"), dataIndex: "title" },
              { title: t("plan.lead"), key: "leads", render: (_, task) => task.leads.map((a) => <Tag key={a.id}>{a.code}</Tag>) },
              { title: t("plan.coordinators"), key: "coordinators", render: (_, task) => task.coordinators.map((a) => a.code).join(", ") },
              { title: t("plan.timeframe"), key: "timeframe", render: (_, task) => task.timeframe?.label ?? "" },
              {
                title: t("plan.status"),
                dataIndex: "status",
                render: (status: string) => <Label tone={STATUS_TONES[status]}>{t(`status.${status}`)}</Label>,
              },
              { title: t("plan.records"), key: "records", render: (_, task) => records(task).join("; ") },
            ]}
          />
        </>
      ) : null}
    </Card>
  );
}
