import { Card, List, Space } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useQuery } from "urql";
import { DepartmentNotice } from "../components/DepartmentNotice";
import { graphql } from "../gql";

const ProvinceList = graphql(/* GraphQL */ `
  query ProvinceList {
    provinces {
      code
      name
      plans(limit: 10) {
        id
        year
      }
    }
  }
`);

/** The provinces, and the plans of each that the reader may see. */
export function Home() {
  const { t } = useTranslation();
  const [{ data, error, fetching }] = useQuery({ query: ProvinceList });
  return (
    <Card title={<h1 style={{ fontSize: 20, margin: 0 }}>{t("home.title")}</h1>} loading={fetching && !data}>
      <DepartmentNotice error={error} />
      <List
        dataSource={data?.provinces ?? []}
        renderItem={(province) => (
          <List.Item>
            <List.Item.Meta title={province.name} description={province.code} />
            <Space>
              {province.plans.map((plan) => (
                <Space key={plan.id}>
                  <Link to={`/plans/${province.code}/${plan.year}`}>{t("home.plan", { year: plan.year })}</Link>
                  <Link to={`/compliance/${province.code}/${plan.year}`}>{t("home.compliance", { year: plan.year })}</Link>
                </Space>
              ))}
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
