import { Card, List, Space, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useQuery } from "urql";
import { DepartmentNotice } from "../components/DepartmentNotice";
import { PageTitle } from "../components/PageTitle";
import { Unavailable } from "../components/Unavailable";
import { graphql } from "../gql";
import { useSession } from "../session";

const ProvinceList = graphql(/* GraphQL */ `
  query ProvinceList {
    provinces {
      code
      name
      plans(limit: 10) {
        id
        year
      }
      borderGates(limit: 50) {
        id
        country {
          code
          name
        }
      }
    }
  }
`);

/** The provinces, and for each what the reader may open: its public pages, and signed in its dashboards, plans and compliance. */
export function Home() {
  const { t } = useTranslation();
  const session = useSession();
  const [{ data, error, fetching }] = useQuery({ query: ProvinceList });
  return (
    <Card title={<PageTitle>{t("home.title")}</PageTitle>} loading={fetching && !data}>
      <DepartmentNotice error={error} />
      <List
        dataSource={data?.provinces ?? []}
        locale={{ emptyText: error && !data?.provinces ? <Unavailable error={error} departments={["plans"]} /> : undefined }}
        renderItem={(province) => {
          const countries = [...new Map((province.borderGates ?? []).map((g) => [g.country.code, g.country])).values()];
          return (
            <List.Item>
              <List.Item.Meta
                title={province.name}
                description={
                  <Space wrap>
                    <span>{province.code}</span>
                    <Link to={`/public/${province.code}`}>{t("home.public")}</Link>
                    {countries.map((country) => (
                      <Link key={country.code} to={`/countries/${country.code}`}>
                        {country.name}
                      </Link>
                    ))}
                  </Space>
                }
              />
              {session ? (
                <Space direction="vertical" size={4}>
                  {province.plans.map((plan) => (
                    <Space key={plan.id} wrap>
                      <Typography.Text strong>{plan.year}</Typography.Text>
                      <Link to={`/provinces/${province.code}/${plan.year}`}>{t("home.dashboard", { year: plan.year })}</Link>
                      <Link to={`/plans/${province.code}/${plan.year}`}>{t("home.plan", { year: plan.year })}</Link>
                      <Link to={`/compliance/${province.code}/${plan.year}`}>{t("home.compliance", { year: plan.year })}</Link>
                    </Space>
                  ))}
                </Space>
              ) : null}
            </List.Item>
          );
        }}
      />
    </Card>
  );
}
