import { Card, Descriptions, Empty, List, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router-dom";
import { useQuery } from "urql";
import { ClassificationBadge } from "../components/ClassificationBadge";
import { DepartmentNotice } from "../components/DepartmentNotice";
import { formatDate } from "../format";
import { graphql } from "../gql";

const BorderGateView = graphql(/* GraphQL */ `
  query BorderGateView($id: ID!) {
    borderGate(id: $id) {
      id
      name
      kind
      classification
      province {
        code
        name
      }
      country {
        code
        name
      }
      informationPoints {
        id
        name
        status
        classification
      }
      outreachSessions {
        id
        topic
        heldOn
        attendees
        classification
      }
      borderIncidents {
        id
        title
        occurredOn
        classification
      }
      tradeEvents {
        id
        name
        startsOn
        classification
      }
      pressVisits {
        id
        outlet
        arrivesOn
        classification
      }
      tasks {
        id
        title
      }
    }
  }
`);

interface Item {
  id: string;
  label: string;
  date?: string | null;
  classification: string;
}

function Section({ title, items }: { title: string; items: Item[] }) {
  return (
    <>
      <Typography.Title level={2} style={{ fontSize: 16 }}>
        {title}
      </Typography.Title>
      <List
        size="small"
        locale={{ emptyText: "—" }}
        dataSource={items}
        renderItem={(item) => (
          <List.Item extra={<ClassificationBadge classification={item.classification} />}>
            {item.label}
            {item.date ? ` (${formatDate(item.date)})` : ""}
          </List.Item>
        )}
      />
    </>
  );
}

/** A border gate's dossier: what every department recorded at it. SECRET records appear only for those the API lets see them. */
export function BorderGatePage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const [{ data, error, fetching }] = useQuery({ query: BorderGateView, variables: { id } });
  const gate = data?.borderGate;
  return (
    <Card
      loading={fetching && !data}
      title={<h1 style={{ fontSize: 20, margin: 0 }}>{gate ? `${t("gate.title")} ${gate.name}` : t("gate.title")}</h1>}
    >
      <DepartmentNotice error={error} />
      {!gate && !fetching ? <Empty description={t("gate.none")} /> : null}
      {gate ? (
        <>
          <Descriptions
            size="small"
            column={1}
            items={[
              { key: "province", label: t("gate.province"), children: gate.province.name },
              { key: "country", label: t("gate.country"), children: gate.country.name ?? gate.country.code },
              {
                key: "classification",
                label: t("gate.classification"),
                children: <ClassificationBadge classification={gate.classification} />,
              },
            ]}
          />
          <Section
            title={t("gate.informationPoints")}
            items={(gate.informationPoints ?? []).map((p) => ({ id: p.id, label: p.name, classification: p.classification }))}
          />
          <Section
            title={t("gate.outreachSessions")}
            items={(gate.outreachSessions ?? []).map((s) => ({
              id: s.id,
              label: s.topic,
              date: s.heldOn,
              classification: s.classification,
            }))}
          />
          <Section
            title={t("gate.borderIncidents")}
            items={(gate.borderIncidents ?? []).map((i) => ({
              id: i.id,
              label: i.title,
              date: i.occurredOn,
              classification: i.classification,
            }))}
          />
          <Section
            title={t("gate.tradeEvents")}
            items={(gate.tradeEvents ?? []).map((e) => ({ id: e.id, label: e.name, date: e.startsOn, classification: e.classification }))}
          />
          <Section
            title={t("gate.pressVisits")}
            items={(gate.pressVisits ?? []).map((v) => ({
              id: v.id,
              label: v.outlet,
              date: v.arrivesOn,
              classification: v.classification,
            }))}
          />
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            {t("gate.tasks")}
          </Typography.Title>
          <List
            size="small"
            locale={{ emptyText: "—" }}
            dataSource={gate.tasks ?? []}
            renderItem={(task) => <List.Item>{task.title}</List.Item>}
          />
        </>
      ) : null}
    </Card>
  );
}
