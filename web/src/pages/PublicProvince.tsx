import { Card, Empty, Space } from "antd";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router-dom";
import { useQuery } from "urql";
import { answerMissing, DepartmentNotice } from "../components/DepartmentNotice";
import { PageTitle } from "../components/PageTitle";
import { RecordList } from "../components/RecordList";
import { graphql } from "../gql";

const PublicPages = graphql(/* GraphQL */ `
  query PublicPages($provinceCode: String!) {
    province(code: $provinceCode) {
      code
      name
    }
    destinations(provinceCode: $provinceCode, limit: 100) {
      id
      name
      district
      classification
    }
    culturalEvents(provinceCode: $provinceCode, limit: 100) {
      id
      name
      startsOn
      venue
      classification
    }
    publications(provinceCode: $provinceCode, limit: 100) {
      id
      title
      publishedOn
      languages
      classification
    }
    partnerLocalities(provinceCode: $provinceCode, limit: 100) {
      id
      name
      classification
      country {
        name
      }
    }
  }
`);

/**
 * What the province publishes, for the public and foreign partners:
 * destinations, cultural events, publications and partner localities.
 * Signed out, the API answers with PUBLIC records only.
 */
export function PublicProvince() {
  const { t } = useTranslation();
  const { provinceCode = "" } = useParams();
  const [{ data, error, fetching }] = useQuery({ query: PublicPages, variables: { provinceCode } });
  const province = data?.province;
  return (
    <Card loading={fetching && !data} title={<PageTitle>{t("public.title", { province: province?.name ?? provinceCode })}</PageTitle>}>
      <DepartmentNotice error={error} />
      {!province && !fetching && !answerMissing(error, "plans") ? <Empty description={t("public.none")} /> : null}
      {province ? (
        <Space direction="vertical" style={{ width: "100%" }}>
          <RecordList
            title={t("public.destinations")}
            error={error}
            department="tourism"
            items={data.destinations?.map((r) => ({
              id: r.id,
              label: r.name,
              detail: r.district,
              classification: r.classification,
            }))}
          />
          <RecordList
            title={t("public.culturalEvents")}
            error={error}
            department="tourism"
            items={data.culturalEvents?.map((r) => ({
              id: r.id,
              label: r.name,
              date: r.startsOn,
              detail: r.venue,
              classification: r.classification,
            }))}
          />
          <RecordList
            title={t("public.publications")}
            error={error}
            department="tourism"
            items={data.publications?.map((r) => ({
              id: r.id,
              label: r.title,
              date: r.publishedOn,
              detail: r.languages.join(", "),
              classification: r.classification,
            }))}
          />
          <RecordList
            title={t("public.partnerLocalities")}
            error={error}
            department="foreignAffairs"
            items={data.partnerLocalities?.map((r) => ({
              id: r.id,
              label: r.name,
              detail: r.country?.name,
              classification: r.classification,
            }))}
          />
        </Space>
      ) : null}
    </Card>
  );
}
