import { Card, Descriptions, Empty, List, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { useQuery } from "urql";
import { ClassificationBadge } from "../components/ClassificationBadge";
import { answerMissing, DepartmentNotice } from "../components/DepartmentNotice";
import { Nothing } from "../components/Nothing";
import { PageTitle } from "../components/PageTitle";
import { RecordList } from "../components/RecordList";
import { Unavailable } from "../components/Unavailable";
import { graphql } from "../gql";
import { recordPath } from "../records/values";

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
        plan {
          id
          year
          province {
            code
          }
        }
      }
    }
  }
`);

/** A border gate's dossier: what every department recorded at it. SECRET records appear only for those the API lets see them. */
export function BorderGatePage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const [{ data, error, fetching }] = useQuery({ query: BorderGateView, variables: { id } });
  const gate = data?.borderGate;
  return (
    <Card loading={fetching && !data} title={<PageTitle>{gate ? `${t("gate.title")} ${gate.name}` : t("gate.title")}</PageTitle>}>
      <DepartmentNotice error={error} />
      {!gate && !fetching && !answerMissing(error, "borderSecurity") ? <Empty description={t("gate.none")} /> : null}
      {gate ? (
        <>
          <Descriptions
            size="small"
            column={1}
            items={[
              { key: "province", label: t("gate.province"), children: gate.province.name },
              {
                key: "country",
                label: t("gate.country"),
                children: <Link to={`/countries/${gate.country.code}`}>{gate.country.name ?? gate.country.code}</Link>,
              },
              {
                key: "classification",
                label: t("gate.classification"),
                children: <ClassificationBadge classification={gate.classification} />,
              },
            ]}
          />
          <RecordList
            title={t("gate.informationPoints")}
            error={error}
            department="borderSecurity"
            items={gate.informationPoints?.map((p) => ({
              id: p.id,
              label: p.name,
              to: recordPath("InformationPoint", p.id),
              classification: p.classification,
            }))}
          />
          <RecordList
            title={t("gate.outreachSessions")}
            error={error}
            department="borderSecurity"
            items={gate.outreachSessions?.map((s) => ({
              id: s.id,
              label: s.topic,
              to: recordPath("OutreachSession", s.id),
              date: s.heldOn,
              classification: s.classification,
            }))}
          />
          <RecordList
            title={t("gate.borderIncidents")}
            error={error}
            department="borderSecurity"
            items={gate.borderIncidents?.map((i) => ({
              id: i.id,
              label: i.title,
              to: recordPath("BorderIncident", i.id),
              date: i.occurredOn,
              classification: i.classification,
            }))}
          />
          <RecordList
            title={t("gate.tradeEvents")}
            error={error}
            department="trade"
            items={gate.tradeEvents?.map((e) => ({
              id: e.id,
              label: e.name,
              to: recordPath("TradeEvent", e.id),
              date: e.startsOn,
              classification: e.classification,
            }))}
          />
          <RecordList
            title={t("gate.pressVisits")}
            error={error}
            department="foreignAffairs"
            items={gate.pressVisits?.map((v) => ({
              id: v.id,
              label: v.outlet,
              to: recordPath("ForeignPressVisit", v.id),
              date: v.arrivesOn,
              classification: v.classification,
            }))}
          />
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            {t("gate.tasks")}
          </Typography.Title>
          <List
            size="small"
            locale={{ emptyText: gate.tasks ? <Nothing /> : <Unavailable error={error} departments={["plans"]} /> }}
            dataSource={gate.tasks ?? []}
            renderItem={(task) => (
              <List.Item>
                <Link to={`/plans/${task.plan.province.code}/${task.plan.year}`}>{task.title}</Link>
              </List.Item>
            )}
          />
        </>
      ) : null}
    </Card>
  );
}
