import type { RunningSubgraph } from "../shared/federation/subgraph-server";
import { tourismSubgraph } from "../subgraphs/tourism";
import { postGraphQL, queryData } from "./support/graphql-client";
import { describeRecordWrites } from "./support/record-write-contract";
import { startTestSubgraph } from "./support/running-subgraph";
import { temporaryDataDirectory } from "./support/temporary-folder";

const TASK_FIELDS = `
  culturalEvents { id name startsOn country { code } }
  promotionCampaigns { id name }
  publications { id title languages }
  destinations { id name kind }
`;

describe("tourism subgraph on a real database file", () => {
  const data = temporaryDataDirectory("tourism");
  let tourism: RunningSubgraph;

  beforeAll(async () => {
    tourism = await startTestSubgraph(tourismSubgraph, data.directory);
  });
  afterAll(async () => {
    await tourism.stop();
    data.cleanup();
  });

  const entities = (selection: string, reps: Record<string, unknown>[]) =>
    queryData(tourism.url, /* GraphQL */ `query ($reps: [_Any!]!) { _entities(representations: $reps) { ${selection} } }`, { reps });

  it("loads the demo records of both provinces on first start, each marked as demo data", async () => {
    expect(tourism.seeded).toBe(true);
    const result = await queryData(
      tourism.url,
      `{
        ag: promotionCampaigns(provinceCode: "VN-44") { id theme isDemo country { code } task { id } agencies { id } }
        gl: publications(provinceCode: "VN-30") { id isDemo }
        events: culturalEvents(limit: 500) { isDemo province { code } }
        destinations(limit: 500) { isDemo materialLanguages }
      }`,
    );
    const all = [...result.ag, ...result.gl, ...result.events, ...result.destinations];
    expect(all.every((r: any) => r.isDemo)).toBe(true);
    expect(result.ag.find((c: any) => c.theme === "Hai quốc gia, một điểm đến")).toMatchObject({
      id: "demo-tourism-ag-two-countries-2018",
      country: { code: "KH" },
      task: { id: "VN-44-2018:5.1.5.a" },
      agencies: [{ id: "VN-44-SVHTTDL" }, { id: "VN-44-SNGV" }, { id: "VN-44-STTTT" }],
    });
    expect(result.gl).toHaveLength(5);
    expect(new Set(result.events.map((e: any) => e.province.code))).toEqual(new Set(["VN-44", "VN-30"]));
    expect(result.destinations).toHaveLength(10);
  });

  it("adds cultural events, campaigns, publications and destinations to a plan task through an entity reference", async () => {
    const result = await entities(`... on Task { id ${TASK_FIELDS} }`, [
      { __typename: "Task", id: "VN-30-2019:5" },
      { __typename: "Task", id: "VN-30-2019:10" },
      { __typename: "Task", id: "VN-44-2018:5.1.5.a" },
      { __typename: "Task", id: "no-such-task" },
    ]);
    const [glPromotion, glEthnic, agCambodia, unknown] = result._entities;
    expect(glPromotion.culturalEvents.map((e: any) => e.id)).toEqual([
      "demo-tourism-gl-duc-co-festival-2019",
      "demo-tourism-gl-attapeu-performance-2019",
      "demo-tourism-gl-ratanakiri-exchange-2019",
    ]);
    expect(glPromotion.culturalEvents.map((e: any) => e.country?.code ?? null)).toEqual([null, "LA", "KH"]);
    expect(glPromotion.promotionCampaigns.map((c: any) => c.id)).toEqual([
      "demo-tourism-gl-highlands-2019",
      "demo-tourism-gl-le-thanh-kh-2019",
      "demo-tourism-gl-south-laos-2019",
    ]);
    expect(glPromotion.publications).toEqual([
      { id: "demo-tourism-gl-brochure-2019", title: "Tờ gấp giới thiệu du lịch Gia Lai", languages: ["vi", "km", "en"] },
      { id: "demo-tourism-gl-image-database-2019", title: "Cơ sở dữ liệu quảng bá hình ảnh tỉnh Gia Lai", languages: ["vi", "en"] },
      expect.objectContaining({ id: "demo-tourism-gl-gong-dvd-2019", languages: ["vi", "en"] }),
    ]);
    expect(glPromotion.destinations.map((d: any) => d.kind)).toEqual(["SCENIC_SPOT", "BORDER_TOURISM"]);
    expect(glEthnic.publications).toEqual([expect.objectContaining({ languages: ["jra", "bdq", "vi"] })]);
    expect(agCambodia.promotionCampaigns.map((c: any) => c.name)).toEqual([
      "Truyền thông quảng bá du lịch Việt Nam – Campuchia “Hai quốc gia, một điểm đến”",
    ]);
    expect(agCambodia.culturalEvents.map((e: any) => e.id)).toEqual([
      "demo-tourism-ag-kandal-exchange-2018",
      "demo-tourism-ag-takeo-sports-2018",
    ]);
    expect(agCambodia.destinations.map((d: any) => d.id)).toEqual(["demo-tourism-ag-tinh-bien-border"]);
    expect(unknown).toEqual({ id: "no-such-task", culturalEvents: [], promotionCampaigns: [], publications: [], destinations: [] });
  });

  it("adds tourism campaigns and cultural events to a country through an entity reference", async () => {
    const result = await entities(`... on Country { code promotionCampaigns { id } culturalEvents { id } }`, [
      { __typename: "Country", code: "KH" },
      { __typename: "Country", code: "LA" },
      { __typename: "Country", code: "JP" },
    ]);
    expect(result._entities).toEqual([
      {
        code: "KH",
        promotionCampaigns: [
          { id: "demo-tourism-ag-two-countries-2018" },
          { id: "demo-tourism-ag-phnom-penh-2018" },
          { id: "demo-tourism-gl-le-thanh-kh-2019" },
        ],
        culturalEvents: [
          { id: "demo-tourism-ag-kandal-exchange-2018" },
          { id: "demo-tourism-ag-takeo-sports-2018" },
          { id: "demo-tourism-gl-ratanakiri-exchange-2019" },
        ],
      },
      {
        code: "LA",
        promotionCampaigns: [{ id: "demo-tourism-gl-south-laos-2019" }],
        culturalEvents: [{ id: "demo-tourism-gl-attapeu-performance-2019" }],
      },
      { code: "JP", promotionCampaigns: [], culturalEvents: [] },
    ]);
  });

  it("counts a province's tourism records dated in a year and lists its destinations", async () => {
    const result = await entities(
      `... on Province {
        code
        y2018: tourismSummary(year: 2018) { culturalEvents promotionCampaigns publications publicationCopies }
        y2019: tourismSummary(year: 2019) { culturalEvents promotionCampaigns publications publicationCopies }
        destinations { id }
      }`,
      [
        { __typename: "Province", code: "VN-44" },
        { __typename: "Province", code: "VN-30" },
        { __typename: "Province", code: "VN-49" },
      ],
    );
    const [anGiang, giaLai, vinhLong] = result._entities;
    expect(anGiang.y2018).toEqual({ culturalEvents: 5, promotionCampaigns: 3, publications: 4, publicationCopies: 7000 });
    expect(anGiang.y2019).toEqual({ culturalEvents: 0, promotionCampaigns: 0, publications: 0, publicationCopies: 0 });
    expect(giaLai.y2019).toEqual({ culturalEvents: 4, promotionCampaigns: 3, publications: 4, publicationCopies: 9000 });
    // The leaflet printed in December 2018 counts for 2018, not for the plan year.
    expect(giaLai.y2018).toEqual({ culturalEvents: 0, promotionCampaigns: 0, publications: 1, publicationCopies: 2000 });
    expect(anGiang.destinations).toHaveLength(5);
    expect(giaLai.destinations.map((d: any) => d.id)).toContain("demo-tourism-gl-le-thanh-border");
    expect(vinhLong).toMatchObject({ destinations: [], y2019: { culturalEvents: 0, promotionCampaigns: 0, publications: 0 } });
  });

  it("answers every tourism field for 20 tasks, 10 countries and 4 provinces with as many SQL queries as for one of each", async () => {
    const selection = `... on Task { ${TASK_FIELDS} } ... on Country { promotionCampaigns { id } culturalEvents { id } } ... on Province { tourismSummary(year: 2019) { culturalEvents promotionCampaigns publications } destinations { id } }`;
    const reps = (n: number) => [
      ...Array.from({ length: n }, (_, i) => ({ __typename: "Task", id: `VN-30-2019:${i + 1}` })),
      ...["KH", "LA", "CN", "KR", "JP", "TH", "US", "FR", "DE", "MY"].slice(0, n).map((code) => ({ __typename: "Country", code })),
      ...["VN-30", "VN-44", "VN-37", "VN-49"].slice(0, n).map((code) => ({ __typename: "Province", code })),
    ];
    const count = async (n: number) => {
      const before = tourism.database.queries.count;
      const result = await entities(selection, reps(n));
      expect(result._entities.length).toBe(reps(n).length);
      return tourism.database.queries.count - before;
    };
    const one = await count(1);
    const many = await count(20);
    // 4 task relations + 2 country relations + 3 summary totals + 1 destination list.
    expect(one).toBe(10);
    expect(many).toBe(one);
  });

  it("creates and updates a publication, refusing a stale version with CONFLICT", async () => {
    const created = await queryData(
      tourism.url,
      /* GraphQL */ `
        mutation {
          createPublication(
            input: {
              provinceCode: "VN-37"
              title: "Tờ gấp du lịch Tây Ninh"
              format: BROCHURE
              languages: ["vi", "km"]
              publishedOn: "2019-03-01"
              copies: 1000
              taskId: "VN-37-2019:5"
              agencyIds: ["VN-37-SVHTTDL"]
            }
          ) {
            id
            version
            title
            languages
            classification
            isDemo
            task {
              id
            }
            agencies {
              id
            }
          }
        }
      `,
    );
    const publication = created.createPublication;
    expect(publication).toMatchObject({
      version: 1,
      title: "Tờ gấp du lịch Tây Ninh",
      languages: ["vi", "km"],
      classification: "INTERNAL",
      isDemo: false,
      task: { id: "VN-37-2019:5" },
      agencies: [{ id: "VN-37-SVHTTDL" }],
    });

    const updated = await queryData(
      tourism.url,
      /* GraphQL */ `
        mutation ($id: ID!) {
          updatePublication(
            id: $id
            version: 1
            input: {
              provinceCode: "VN-37"
              title: "Tờ gấp du lịch Tây Ninh (tái bản)"
              format: BROCHURE
              languages: ["vi", "km", "en"]
              classification: PUBLIC
            }
          ) {
            version
            title
            languages
            copies
            publishedOn
            classification
          }
        }
      `,
      { id: publication.id },
    );
    expect(updated.updatePublication).toEqual({
      version: 2,
      title: "Tờ gấp du lịch Tây Ninh (tái bản)",
      languages: ["vi", "km", "en"],
      copies: 1000,
      publishedOn: "2019-03-01",
      classification: "PUBLIC",
    });

    const stale = await postGraphQL(
      tourism.url,
      /* GraphQL */ `
        mutation ($id: ID!) {
          updatePublication(id: $id, version: 1, input: { provinceCode: "VN-37", title: "lost update", format: DVD }) {
            version
          }
        }
      `,
      { id: publication.id },
    );
    expect(stale.errors?.[0].extensions?.code).toBe("CONFLICT");
    const current = await queryData(
      tourism.url,
      /* GraphQL */ `
        query ($id: ID!) {
          publication(id: $id) {
            title
            version
            format
          }
        }
      `,
      {
        id: publication.id,
      },
    );
    expect(current.publication).toEqual({ title: "Tờ gấp du lịch Tây Ninh (tái bản)", version: 2, format: "BROCHURE" });

    const cleared = await queryData(
      tourism.url,
      /* GraphQL */ `
        mutation ($id: ID!) {
          updatePublication(
            id: $id
            version: 2
            input: { provinceCode: "VN-37", title: "Tờ gấp du lịch Tây Ninh (tái bản)", format: BROCHURE, languages: [], copies: null }
          ) {
            version
            languages
            copies
          }
        }
      `,
      { id: publication.id },
    );
    expect(cleared.updatePublication).toEqual({ version: 3, languages: [], copies: null });
  });

  it("creates a cultural event abroad whose country and communities read back as sent", async () => {
    const created = await queryData(
      tourism.url,
      /* GraphQL */ `
        mutation {
          createCulturalEvent(
            input: {
              provinceCode: "VN-37"
              name: "Giao lưu văn hóa Tây Ninh – Svay Rieng"
              kind: CULTURAL_EXCHANGE
              startsOn: "2019-05-01"
              endsOn: "2019-05-02"
              countryCode: "KH"
              communities: ["Kinh", "Khmer", "Chăm"]
            }
          ) {
            id
            country {
              code
            }
            communities
          }
        }
      `,
    );
    expect(created.createCulturalEvent).toMatchObject({ country: { code: "KH" }, communities: ["Kinh", "Khmer", "Chăm"] });
    const country = await entities(`... on Country { culturalEvents { id } }`, [{ __typename: "Country", code: "KH" }]);
    expect(country._entities[0].culturalEvents.map((e: any) => e.id)).toContain(created.createCulturalEvent.id);
  });

  it("refuses an event that ends before it starts, a bad country code and a null list", async () => {
    const result = await postGraphQL(
      tourism.url,
      /* GraphQL */ `
        mutation ($input: CulturalEventInput!) {
          createCulturalEvent(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          provinceCode: "VN-30",
          name: "x",
          kind: "FESTIVAL",
          startsOn: "2019-05-10",
          endsOn: "2019-05-01",
          countryCode: "Lào",
          communities: null,
        },
      },
    );
    expect(result.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0].extensions?.fields).toEqual(expect.arrayContaining(["endsOn", "countryCode", "communities"]));
  });

  it("refuses a destination language that is not an ISO 639 code, and a date that does not exist", async () => {
    const language = await postGraphQL(
      tourism.url,
      /* GraphQL */ `
        mutation {
          createDestination(input: { provinceCode: "VN-30", name: "x", kind: ECOTOURISM, materialLanguages: ["tiếng Jrai"] }) {
            id
          }
        }
      `,
    );
    expect(language.errors?.[0].extensions?.fields).toEqual(["materialLanguages"]);
    const date = await postGraphQL(
      tourism.url,
      /* GraphQL */ `
        mutation ($input: PromotionCampaignInput!) {
          createPromotionCampaign(input: $input) {
            id
          }
        }
      `,
      {
        input: { provinceCode: "VN-30", name: "x", startsOn: "2019-11-31" },
      },
    );
    expect(date.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  describeRecordWrites("tourism", () => tourism.url, "SVHTTDL", [
    {
      type: "Destination",
      one: "destination",
      many: "destinations",
      valid: { provinceCode: "VN-30", name: "Điểm đến thử", kind: "HISTORIC_SITE" },
      invalid: { input: { name: "", provinceCode: "Gia Lai" }, fields: ["name", "provinceCode"] },
    },
    {
      type: "CulturalEvent",
      one: "culturalEvent",
      many: "culturalEvents",
      valid: { provinceCode: "VN-30", name: "Lễ hội thử", kind: "FESTIVAL" },
      invalid: { input: { name: "", countryCode: "Cambodia" }, fields: ["name", "countryCode"] },
    },
    {
      type: "PromotionCampaign",
      one: "promotionCampaign",
      many: "promotionCampaigns",
      valid: { provinceCode: "VN-30", name: "Chiến dịch thử" },
      invalid: { input: { name: "", provinceCode: "Gia Lai" }, fields: ["name", "provinceCode"] },
    },
    {
      type: "Publication",
      one: "publication",
      many: "publications",
      valid: { provinceCode: "VN-30", title: "Ấn phẩm thử", format: "BROCHURE" },
      invalid: { input: { title: "", copies: -5 }, fields: ["title", "copies"] },
    },
  ]);
});
