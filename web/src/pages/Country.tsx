import { Card, Empty, Input, Space } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router-dom";
import { useQuery } from "urql";
import { answerMissing, DepartmentNotice } from "../components/DepartmentNotice";
import { PageTitle } from "../components/PageTitle";
import { RecordList } from "../components/RecordList";
import { graphql } from "../gql";
import { recordPath } from "../records/values";

const CountryDossier = graphql(/* GraphQL */ `
  query CountryDossier($code: String!) {
    country(code: $code) {
      code
      name
      nameEn
      partnerLocalities {
        id
        name
        classification
        province {
          code
          name
        }
      }
      delegations {
        id
        name
        direction
        startsOn
        classification
      }
      pressVisits {
        id
        outlet
        arrivesOn
        classification
      }
      overseasCommunities {
        id
        name
        classification
      }
      tradeEvents {
        id
        name
        startsOn
        classification
      }
      investmentProjects {
        id
        name
        registeredOn
        classification
      }
      promotionCampaigns {
        id
        name
        startsOn
        classification
      }
      culturalEvents {
        id
        name
        startsOn
        classification
      }
      borderGates {
        id
        name
        classification
        province {
          code
          name
        }
      }
    }
  }
`);

/** Everything the departments recorded about one foreign country (`CountryView`), grouped by department. */
export function CountryPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { code = "" } = useParams();
  const [{ data, error, fetching }] = useQuery({ query: CountryDossier, variables: { code } });
  const country = data?.country;
  const name = country ? (i18n.language === "en" ? country.nameEn : country.name) : code.toUpperCase();
  return (
    <Card
      loading={fetching && !data}
      title={<PageTitle>{t("country.title", { name })}</PageTitle>}
      extra={
        <Input.Search
          aria-label={t("country.code")}
          placeholder={t("country.code")}
          style={{ width: 200 }}
          onSearch={(value) => value.trim() && navigate(`/countries/${encodeURIComponent(value.trim().toUpperCase())}`)}
        />
      }
    >
      <DepartmentNotice error={error} />
      {!country && !fetching && !answerMissing(error, "foreignAffairs") ? <Empty description={t("country.none")} /> : null}
      {country ? (
        <Space direction="vertical" style={{ width: "100%" }}>
          <section>
            <h2 style={{ fontSize: 17 }}>{t("department.foreignAffairs")}</h2>
            <DepartmentNotice error={error} only={["foreignAffairs"]} />
            <RecordList
              level={3}
              title={t("country.partnerLocalities")}
              error={error}
              department="foreignAffairs"
              items={country.partnerLocalities?.map((r) => ({
                to: recordPath("PartnerLocality", r.id),
                id: r.id,
                label: r.name,
                detail: r.province.name,
                classification: r.classification,
              }))}
            />
            <RecordList
              level={3}
              title={t("country.delegations")}
              error={error}
              department="foreignAffairs"
              items={country.delegations?.map((r) => ({
                to: recordPath("Delegation", r.id),
                id: r.id,
                label: r.name,
                date: r.startsOn,
                detail: t(`direction.${r.direction}`),
                classification: r.classification,
              }))}
            />
            <RecordList
              level={3}
              title={t("country.pressVisits")}
              error={error}
              department="foreignAffairs"
              items={country.pressVisits?.map((r) => ({
                to: recordPath("ForeignPressVisit", r.id),
                id: r.id,
                label: r.outlet,
                date: r.arrivesOn,
                classification: r.classification,
              }))}
            />
            <RecordList
              level={3}
              title={t("country.overseasCommunities")}
              error={error}
              department="foreignAffairs"
              items={country.overseasCommunities?.map((r) => ({
                to: recordPath("OverseasCommunity", r.id),
                id: r.id,
                label: r.name,
                classification: r.classification,
              }))}
            />
          </section>
          <section>
            <h2 style={{ fontSize: 17 }}>{t("department.trade")}</h2>
            <DepartmentNotice error={error} only={["trade"]} />
            <RecordList
              level={3}
              title={t("country.tradeEvents")}
              error={error}
              department="trade"
              items={country.tradeEvents?.map((r) => ({
                to: recordPath("TradeEvent", r.id),
                id: r.id,
                label: r.name,
                date: r.startsOn,
                classification: r.classification,
              }))}
            />
            <RecordList
              level={3}
              title={t("country.investmentProjects")}
              error={error}
              department="trade"
              items={country.investmentProjects?.map((r) => ({
                to: recordPath("InvestmentProject", r.id),
                id: r.id,
                label: r.name,
                date: r.registeredOn,
                classification: r.classification,
              }))}
            />
          </section>
          <section>
            <h2 style={{ fontSize: 17 }}>{t("department.tourism")}</h2>
            <DepartmentNotice error={error} only={["tourism"]} />
            <RecordList
              level={3}
              title={t("country.promotionCampaigns")}
              error={error}
              department="tourism"
              items={country.promotionCampaigns?.map((r) => ({
                to: recordPath("PromotionCampaign", r.id),
                id: r.id,
                label: r.name,
                date: r.startsOn,
                classification: r.classification,
              }))}
            />
            <RecordList
              level={3}
              title={t("country.culturalEvents")}
              error={error}
              department="tourism"
              items={country.culturalEvents?.map((r) => ({
                to: recordPath("CulturalEvent", r.id),
                id: r.id,
                label: r.name,
                date: r.startsOn,
                classification: r.classification,
              }))}
            />
          </section>
          <section>
            <h2 style={{ fontSize: 17 }}>{t("department.borderSecurity")}</h2>
            <DepartmentNotice error={error} only={["borderSecurity"]} />
            <RecordList
              level={3}
              title={t("country.borderGates")}
              error={error}
              department="borderSecurity"
              items={country.borderGates?.map((r) => ({
                id: r.id,
                label: <Link to={`/border-gates/${r.id}`}>{r.name}</Link>,
                detail: r.province.name,
                classification: r.classification,
              }))}
            />
          </section>
        </Space>
      ) : null}
    </Card>
  );
}
