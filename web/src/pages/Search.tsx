import { Card, Empty, Input, List, Select, Space, Typography } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router-dom";
import { useQuery } from "urql";
import { ClassificationBadge } from "../components/ClassificationBadge";
import { DepartmentNotice, departmentsDown } from "../components/DepartmentNotice";
import { PageTitle } from "../components/PageTitle";
import { Unavailable } from "../components/Unavailable";
import { graphql } from "../gql";
import type {
  SearchBorderSecurityQuery,
  SearchForeignAffairsQuery,
  SearchPlansQuery,
  SearchTourismQuery,
  SearchTradeQuery,
} from "../gql/graphql";
import { useSession } from "../session";

/**
 * One box, every department: each list field takes the hub's own search,
 * which ignores case and tone marks ("le thanh" finds "Lệ Thanh"). The
 * gateway answers the whole document in one request.
 */
/**
 * One document per department, so a department that does not answer costs
 * only its own results: the others' still show (a failed non-null list would
 * otherwise void the whole answer).
 */
const SearchPlans = graphql(/* GraphQL */ `
  query SearchPlans($q: String!, $planProvince: String!) {
    plans(provinceCode: $planProvince, search: $q, limit: 10) {
      id
      title
      year
      classification
      province {
        code
      }
    }
    agencies(provinceCode: $planProvince, search: $q, limit: 10) {
      id
      name
      code
      classification
    }
  }
`);

const SearchTrade = graphql(/* GraphQL */ `
  query SearchTrade($q: String!, $provinceCode: String) {
    tradeEvents(search: $q, provinceCode: $provinceCode, limit: 10) {
      id
      name
      classification
    }
    investmentProjects(search: $q, provinceCode: $provinceCode, limit: 10) {
      id
      name
      classification
    }
    products(search: $q, provinceCode: $provinceCode, limit: 10) {
      id
      name
      classification
    }
    ftaOutreaches(search: $q, provinceCode: $provinceCode, limit: 10) {
      id
      title
      classification
    }
  }
`);

const SearchTourism = graphql(/* GraphQL */ `
  query SearchTourism($q: String!, $provinceCode: String) {
    destinations(search: $q, provinceCode: $provinceCode, limit: 10) {
      id
      name
      classification
    }
    culturalEvents(search: $q, provinceCode: $provinceCode, limit: 10) {
      id
      name
      classification
    }
    promotionCampaigns(search: $q, provinceCode: $provinceCode, limit: 10) {
      id
      name
      classification
    }
    publications(search: $q, provinceCode: $provinceCode, limit: 10) {
      id
      title
      classification
    }
  }
`);

const SearchForeignAffairs = graphql(/* GraphQL */ `
  query SearchForeignAffairs($q: String!, $provinceCode: String) {
    foreignPressVisits(search: $q, provinceCode: $provinceCode, limit: 10) {
      id
      outlet
      classification
    }
    delegations(search: $q, provinceCode: $provinceCode, limit: 10) {
      id
      name
      classification
    }
    pressConferences(search: $q, provinceCode: $provinceCode, limit: 10) {
      id
      title
      classification
    }
    partnerLocalities(search: $q, provinceCode: $provinceCode, limit: 10) {
      id
      name
      classification
    }
    overseasCommunities(search: $q, provinceCode: $provinceCode, limit: 10) {
      id
      name
      classification
    }
    mediaMonitoringItems(search: $q, provinceCode: $provinceCode, limit: 10) {
      id
      headline
      classification
    }
  }
`);

const SearchBorderSecurity = graphql(/* GraphQL */ `
  query SearchBorderSecurity($q: String!, $provinceCode: String) {
    borderGates(search: $q, provinceCode: $provinceCode, limit: 10) {
      id
      name
      classification
    }
    borderCommunes(search: $q, provinceCode: $provinceCode, limit: 10) {
      id
      name
      classification
    }
    informationPoints(search: $q, provinceCode: $provinceCode, limit: 10) {
      id
      name
      classification
    }
    outreachSessions(search: $q, provinceCode: $provinceCode, limit: 10) {
      id
      topic
      classification
    }
    selfManagementGroups(search: $q, provinceCode: $provinceCode, limit: 10) {
      id
      name
      classification
    }
    borderIncidents(search: $q, provinceCode: $provinceCode, limit: 10) {
      id
      title
      classification
    }
  }
`);

const SearchProvinces = graphql(/* GraphQL */ `
  query SearchProvinces {
    provinces {
      code
      name
    }
  }
`);

interface Hit {
  key: string;
  kind: string;
  label: ReactNode;
  classification: string;
}

type Answer = Partial<SearchPlansQuery & SearchTradeQuery & SearchTourismQuery & SearchForeignAffairsQuery & SearchBorderSecurityQuery>;

function hits(kind: string, records: { id: string; classification: string }[] | null | undefined, label: (r: never) => ReactNode): Hit[] {
  return (records ?? []).map((r) => ({ key: `${kind}-${r.id}`, kind, label: label(r as never), classification: r.classification }));
}

/** The answer grouped by the department that holds each record. */
function byDepartment(a: Answer): [string, Hit[]][] {
  type Named = { id: string; name: string };
  type Titled = { id: string; title: string };
  return [
    [
      "plans",
      [
        ...hits("plan", a.plans, (r: Titled & { year: number; province: { code: string } }) => (
          <Link to={`/plans/${r.province.code}/${r.year}`}>{r.title}</Link>
        )),
        ...hits("agency", a.agencies, (r: Named & { code: string }) => `${r.name} (${r.code})`),
      ],
    ],
    [
      "trade",
      [
        ...hits("tradeEvent", a.tradeEvents, (r: Named) => r.name),
        ...hits("investmentProject", a.investmentProjects, (r: Named) => r.name),
        ...hits("product", a.products, (r: Named) => r.name),
        ...hits("ftaOutreach", a.ftaOutreaches, (r: Titled) => r.title),
      ],
    ],
    [
      "tourism",
      [
        ...hits("destination", a.destinations, (r: Named) => r.name),
        ...hits("culturalEvent", a.culturalEvents, (r: Named) => r.name),
        ...hits("promotionCampaign", a.promotionCampaigns, (r: Named) => r.name),
        ...hits("publication", a.publications, (r: Titled) => r.title),
      ],
    ],
    [
      "foreignAffairs",
      [
        ...hits("pressVisit", a.foreignPressVisits, (r: { outlet: string }) => r.outlet),
        ...hits("delegation", a.delegations, (r: Named) => r.name),
        ...hits("pressConference", a.pressConferences, (r: Titled) => r.title),
        ...hits("partnerLocality", a.partnerLocalities, (r: Named) => r.name),
        ...hits("overseasCommunity", a.overseasCommunities, (r: Named) => r.name),
        ...hits("mediaItem", a.mediaMonitoringItems, (r: { headline: string }) => r.headline),
      ],
    ],
    [
      "borderSecurity",
      [
        ...hits("borderGate", a.borderGates, (r: Named) => <Link to={`/border-gates/${r.id}`}>{r.name}</Link>),
        ...hits("borderCommune", a.borderCommunes, (r: Named) => r.name),
        ...hits("informationPoint", a.informationPoints, (r: Named) => r.name),
        ...hits("outreachSession", a.outreachSessions, (r: { topic: string }) => r.topic),
        ...hits("selfManagementGroup", a.selfManagementGroups, (r: Named) => r.name),
        ...hits("borderIncident", a.borderIncidents, (r: Titled) => r.title),
      ],
    ],
  ];
}

/** Search across departments from one box; results grouped by department, each with its classification. */
export function SearchPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const q = params.get("q")?.trim() ?? "";
  const province = params.get("province") ?? session?.official.provinceCode ?? "";
  const scope = { q, provinceCode: province || null };
  const answers = {
    plans: useQuery({ query: SearchPlans, variables: { q, planProvince: province }, pause: q.length === 0 || !province })[0],
    trade: useQuery({ query: SearchTrade, variables: scope, pause: q.length === 0 })[0],
    tourism: useQuery({ query: SearchTourism, variables: scope, pause: q.length === 0 })[0],
    foreignAffairs: useQuery({ query: SearchForeignAffairs, variables: scope, pause: q.length === 0 })[0],
    borderSecurity: useQuery({ query: SearchBorderSecurity, variables: scope, pause: q.length === 0 })[0],
  };
  const [{ data: provinces }] = useQuery({ query: SearchProvinces });
  const results = Object.values(answers);
  const fetching = results.some((r) => r.fetching);
  // what every department that answered returned, and the error of each that did not
  const data: Answer | undefined = results.some((r) => r.data) ? Object.assign({}, ...results.map((r) => r.data ?? {})) : undefined;
  const errorOf = (department: string) => answers[department as keyof typeof answers]?.error;
  const down = Object.keys(answers).filter(
    (d) => departmentsDown(errorOf(d)).length > 0 || (errorOf(d) && !answers[d as keyof typeof answers].data),
  );
  const error = results.find((r) => r.error)?.error;
  const groups = data ? byDepartment(data) : [];
  const found = groups.reduce((sum, [, list]) => sum + list.length, 0);
  const update = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next);
  };
  return (
    <Card title={<PageTitle>{q ? t("search.titleFor", { q }) : t("search.title")}</PageTitle>}>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          aria-label={t("search.box")}
          defaultValue={q}
          key={q}
          placeholder={t("search.placeholder")}
          style={{ width: 320 }}
          onSearch={(value) => update("q", value.trim())}
        />
        <Typography.Text id="search-province">{t("search.province")}</Typography.Text>
        <Select
          aria-labelledby="search-province"
          style={{ width: 200 }}
          value={province}
          onChange={(value: string) => update("province", value)}
          options={[
            { value: "", label: t("search.allProvinces") },
            ...(provinces?.provinces ?? []).map((p) => ({ value: p.code, label: p.name })),
          ]}
        />
      </Space>
      {!q ? <Typography.Paragraph>{t("search.hint")}</Typography.Paragraph> : null}
      {data && found === 0 && down.length === 0 ? <Empty description={t("search.nothing", { q })} /> : null}
      {fetching && !data ? <Card loading /> : null}
      {!data && error ? <DepartmentNotice error={error} /> : null}
      {data
        ? groups
            .filter(([department, list]) => list.length > 0 || down.includes(department))
            .map(([department, list]) => (
              <section key={department} aria-label={t(`department.${department}`)}>
                <h2 style={{ fontSize: 16 }}>{t(`department.${department}`)}</h2>
                <DepartmentNotice error={errorOf(department)} only={[department]} />
                <List
                  size="small"
                  locale={{ emptyText: <Unavailable error={errorOf(department)} departments={[department]} /> }}
                  dataSource={list}
                  renderItem={(hit) => (
                    <List.Item key={hit.key} extra={<ClassificationBadge classification={hit.classification} />}>
                      <span>
                        <Typography.Text type="secondary">{t(`kind.${hit.kind}`)}: </Typography.Text>
                        {hit.label}
                      </span>
                    </List.Item>
                  )}
                />
              </section>
            ))
        : null}
    </Card>
  );
}
