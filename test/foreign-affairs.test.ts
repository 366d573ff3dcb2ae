import type { RunningSubgraph } from "../shared/federation/subgraph-server";
import { foreignAffairsSubgraph } from "../subgraphs/foreign-affairs";
import { postGraphQL, queryData } from "./support/graphql-client";
import { describeRecordWrites } from "./support/record-write-contract";
import { startTestSubgraph } from "./support/running-subgraph";
import { temporaryDataDirectory } from "./support/temporary-folder";

const ENTITIES = /* GraphQL */ `
  query ($reps: [_Any!]!) {
    _entities(representations: $reps) {
      __typename
      ... on Task {
        id
        pressVisits {
          id
        }
        delegations {
          id
        }
        mediaMonitoringItems {
          id
        }
      }
    }
  }
`;

describe("foreign affairs subgraph on a real database file", () => {
  const data = temporaryDataDirectory("foreign-affairs");
  let fa: RunningSubgraph;

  beforeAll(async () => {
    fa = await startTestSubgraph(foreignAffairsSubgraph, data.directory);
  });
  afterAll(async () => {
    await fa.stop();
    data.cleanup();
  });

  it("loads the demo records on first start, each marked as demo data", async () => {
    const result = await queryData(
      fa.url,
      `{
        foreignPressVisits(provinceCode: "VN-44") { id isDemo outlet borderGate { id } task { id } country { code } }
        delegations(provinceCode: "VN-44") { id isDemo }
        pressConferences { id isDemo }
        partnerLocalities { id isDemo }
        overseasCommunities { id isDemo }
        mediaMonitoringItems { id isDemo }
      }`,
    );
    for (const list of Object.values(result) as any[][]) {
      expect(list.length).toBeGreaterThan(0);
      expect(list.every((record) => record.isDemo)).toBe(true);
    }
    expect(result.foreignPressVisits[0]).toMatchObject({
      id: "demo-foreign-affairs-ag-press-tvk-2018",
      borderGate: { id: "VN-44-tinh-bien" },
      task: { id: "VN-44-2018:5.1.5.a" },
      country: { code: "KH" },
    });
  });

  it("answers the CountryView fields for Cambodia with the Vietnamese name and every list", async () => {
    const result = await queryData(
      fa.url,
      /* GraphQL */ `
        query ($code: String!) {
          country(code: $code) {
            code
            name
            nameEn
            partnerLocalities {
              id
              name
              province {
                code
              }
            }
            delegations {
              id
              name
              direction
              startsOn
            }
            pressVisits {
              id
              outlet
              arrivesOn
            }
            overseasCommunities {
              name
            }
          }
        }
      `,
      { code: "KH" },
    );
    const country = result.country;
    expect(country).toMatchObject({ code: "KH", name: "Campuchia", nameEn: "Cambodia" });
    expect(country.partnerLocalities.map((p: any) => [p.name, p.province.code])).toEqual([
      ["Kandal", "VN-44"],
      ["Ratanakiri", "VN-30"],
      ["Takeo", "VN-44"],
    ]);
    expect(country.delegations.map((d: any) => [d.direction, d.startsOn])).toEqual([
      ["INCOMING", "2018-03-20"],
      ["OUTGOING", "2018-06-12"],
      ["OUTGOING", "2018-10-08"],
      ["INCOMING", "2019-01-15"],
    ]);
    expect(country.pressVisits.map((v: any) => v.id)).toEqual([
      "demo-foreign-affairs-ag-press-tvk-2018",
      "demo-foreign-affairs-ag-press-kh-reporters-2018",
      "demo-foreign-affairs-gl-press-le-thanh-2019",
    ]);
    expect(country.overseasCommunities.map((c: any) => c.name)).toContain("Tổng hội Việt kiều ở Campuchia");
  });

  it("accepts a lower-case code and answers null for a well-formed code no country has", async () => {
    const result = await queryData(
      fa.url,
      /* GraphQL */ `
        {
          lower: country(code: "la") {
            code
            name
          }
          unknown: country(code: "ZZ") {
            code
          }
        }
      `,
    );
    expect(result.lower).toEqual({ code: "LA", name: "Cộng hòa Dân chủ nhân dân Lào" });
    expect(result.unknown).toBeNull();
  });

  it("refuses a malformed country code with BAD_USER_INPUT", async () => {
    for (const code of ["Cambodia", "K", "KHM", "1A"]) {
      const result = await postGraphQL(
        fa.url,
        /* GraphQL */ `
          query ($code: String!) {
            country(code: $code) {
              code
            }
          }
        `,
        { code },
      );
      expect(result.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
      expect(result.errors?.[0].extensions?.fields).toEqual(["code"]);
    }
  });

  it("resolves Country references from other subgraphs, null for an unknown code", async () => {
    const result = await queryData(
      fa.url,
      /* GraphQL */ `
        query ($reps: [_Any!]!) {
          _entities(representations: $reps) {
            ... on Country {
              code
              name
              nameEn
              partnerLocalities {
                name
              }
              delegations {
                direction
              }
              pressVisits {
                id
              }
              overseasCommunities {
                id
              }
            }
          }
        }
      `,
      {
        reps: [
          { __typename: "Country", code: "LA" },
          { __typename: "Country", code: "ZZ" },
          { __typename: "Country", code: "JP" },
        ],
      },
    );
    expect(result._entities[0]).toEqual({
      code: "LA",
      name: "Cộng hòa Dân chủ nhân dân Lào",
      nameEn: "Lao People's Democratic Republic",
      partnerLocalities: [{ name: "Attapeu" }],
      delegations: [{ direction: "OUTGOING" }],
      pressVisits: [],
      overseasCommunities: [],
    });
    expect(result._entities[1]).toBeNull();
    expect(result._entities[2]).toMatchObject({ code: "JP", name: "Nhật Bản", partnerLocalities: [], delegations: [] });
  });

  it("adds press visits, delegations and media items to plan tasks through entity references", async () => {
    const result = await queryData(
      fa.url,
      /* GraphQL */ `
        query ($reps: [_Any!]!) {
          _entities(representations: $reps) {
            ... on Task {
              id
              pressVisits {
                outlet
                country {
                  code
                }
                arrivesOn
              }
              delegations {
                name
                direction
              }
              mediaMonitoringItems {
                id
                sentiment
                rebuttal
                rebuttedOn
              }
            }
          }
        }
      `,
      {
        reps: [
          { __typename: "Task", id: "VN-44-2018:5.1.5.a" },
          { __typename: "Task", id: "VN-44-2018:5.2.2" },
          { __typename: "Task", id: "VN-30-2019:4" },
          { __typename: "Task", id: "no-such-task" },
        ],
      },
    );
    const [cambodia, rebut, gialai, none] = result._entities;
    expect(cambodia.pressVisits).toEqual([
      { outlet: "Đài Truyền hình Quốc gia Campuchia (TVK)", country: { code: "KH" }, arrivesOn: "2018-04-16" },
    ]);
    expect(cambodia.delegations.map((d: any) => d.direction)).toEqual(["OUTGOING", "OUTGOING"]);
    expect(rebut.mediaMonitoringItems.map((m: any) => m.sentiment)).toEqual(["POSITIVE", "FALSE_INFORMATION", "FALSE_INFORMATION"]);
    expect(rebut.mediaMonitoringItems.filter((m: any) => m.rebuttal && m.rebuttedOn)).toHaveLength(2);
    expect(gialai.mediaMonitoringItems).toHaveLength(3);
    expect(none).toEqual({ id: "no-such-task", pressVisits: [], delegations: [], mediaMonitoringItems: [] });
  });

  it("lists the press visits that entered through a border gate", async () => {
    const result = await queryData(
      fa.url,
      /* GraphQL */ `
        query ($reps: [_Any!]!) {
          _entities(representations: $reps) {
            ... on BorderGate {
              id
              pressVisits {
                id
                outlet
                arrivesOn
              }
            }
          }
        }
      `,
      {
        reps: [
          { __typename: "BorderGate", id: "VN-44-tinh-bien" },
          { __typename: "BorderGate", id: "VN-30-le-thanh" },
          { __typename: "BorderGate", id: "VN-44-vinh-xuong" },
        ],
      },
    );
    expect(result._entities[0].pressVisits.map((v: any) => v.arrivesOn)).toEqual(["2018-04-16", "2018-11-23"]);
    expect(result._entities[1].pressVisits.map((v: any) => v.id)).toEqual(["demo-foreign-affairs-gl-press-le-thanh-2019"]);
    expect(result._entities[2].pressVisits).toEqual([]);
  });

  it("counts a province's foreign affairs records for a year and lists its partner localities", async () => {
    const result = await queryData(
      fa.url,
      /* GraphQL */ `
        query ($reps: [_Any!]!) {
          _entities(representations: $reps) {
            ... on Province {
              code
              y2018: foreignAffairsSummary(year: 2018) {
                pressVisits
                delegations
                pressConferences
                mediaItems
                rebuttals
              }
              y2019: foreignAffairsSummary(year: 2019) {
                pressVisits
                delegations
                pressConferences
                mediaItems
                rebuttals
              }
              partnerLocalities {
                name
                country {
                  code
                }
              }
            }
          }
        }
      `,
      {
        reps: [
          { __typename: "Province", code: "VN-44" },
          { __typename: "Province", code: "VN-30" },
        ],
      },
    );
    const [anGiang, giaLai] = result._entities;
    expect(anGiang.y2018).toEqual({ pressVisits: 2, delegations: 3, pressConferences: 1, mediaItems: 3, rebuttals: 2 });
    expect(anGiang.y2019).toEqual({ pressVisits: 0, delegations: 0, pressConferences: 0, mediaItems: 0, rebuttals: 0 });
    expect(giaLai.y2019).toEqual({ pressVisits: 1, delegations: 2, pressConferences: 1, mediaItems: 3, rebuttals: 2 });
    expect(anGiang.partnerLocalities).toEqual([
      { name: "Kandal", country: { code: "KH" } },
      { name: "Takeo", country: { code: "KH" } },
    ]);
    expect(giaLai.partnerLocalities.map((p: any) => [p.name, p.country.code])).toEqual([
      ["Attapeu", "LA"],
      ["Ratanakiri", "KH"],
    ]);
  });

  it("links delegations and partner localities both ways", async () => {
    const result = await queryData(
      fa.url,
      /* GraphQL */ `
        {
          delegation(id: "demo-foreign-affairs-ag-delegation-kandal-in-2018") {
            partnerLocality {
              name
              localName
            }
          }
          partnerLocality(id: "demo-foreign-affairs-ag-kandal") {
            delegations {
              id
            }
          }
        }
      `,
    );
    expect(result.delegation.partnerLocality).toEqual({ name: "Kandal", localName: "ខេត្តកណ្ដាល" });
    expect(result.partnerLocality.delegations.map((d: any) => d.id)).toEqual([
      "demo-foreign-affairs-ag-delegation-kandal-in-2018",
      "demo-foreign-affairs-ag-delegation-kandal-tourism-2018",
    ]);
  });

  it("creates a media item and counts its rebuttal once an update adds one, refusing a stale version with CONFLICT", async () => {
    const summary = async () =>
      (
        await queryData(
          fa.url,
          /* GraphQL */ `
            query ($reps: [_Any!]!) {
              _entities(representations: $reps) {
                ... on Province {
                  foreignAffairsSummary(year: 2020) {
                    mediaItems
                    rebuttals
                  }
                }
              }
            }
          `,
          { reps: [{ __typename: "Province", code: "VN-37" }] },
        )
      )._entities[0].foreignAffairsSummary;

    const created = await queryData(
      fa.url,
      /* GraphQL */ `
        mutation {
          createMediaMonitoringItem(
            input: {
              provinceCode: "VN-37"
              headline: "Tin sai về cửa khẩu Mộc Bài"
              outlet: "Trang tin nước ngoài"
              publishedOn: "2020-04-02"
              sentiment: FALSE_INFORMATION
              countryCode: "KH"
            }
          ) {
            id
            version
            classification
            rebuttal
            country {
              name
            }
          }
        }
      `,
    );
    const item = created.createMediaMonitoringItem;
    expect(item).toMatchObject({ version: 1, classification: "INTERNAL", rebuttal: null, country: { name: "Campuchia" } });
    expect(await summary()).toEqual({ mediaItems: 1, rebuttals: 0 });

    const updated = await queryData(
      fa.url,
      /* GraphQL */ `
        mutation ($id: ID!) {
          updateMediaMonitoringItem(
            id: $id
            version: 1
            input: {
              provinceCode: "VN-37"
              headline: "Tin sai về cửa khẩu Mộc Bài"
              outlet: "Trang tin nước ngoài"
              sentiment: FALSE_INFORMATION
              rebuttal: "Thông cáo báo chí giải thích, làm rõ."
              rebuttedOn: "2020-04-05"
            }
          ) {
            version
            publishedOn
            rebuttal
            rebuttedOn
          }
        }
      `,
      { id: item.id },
    );
    expect(updated.updateMediaMonitoringItem).toEqual({
      version: 2,
      publishedOn: "2020-04-02",
      rebuttal: "Thông cáo báo chí giải thích, làm rõ.",
      rebuttedOn: "2020-04-05",
    });
    expect(await summary()).toEqual({ mediaItems: 1, rebuttals: 1 });

    const stale = await postGraphQL(
      fa.url,
      /* GraphQL */ `
        mutation ($id: ID!) {
          updateMediaMonitoringItem(
            id: $id
            version: 1
            input: { provinceCode: "VN-37", headline: "lost update", outlet: "x", sentiment: NEUTRAL, rebuttal: null }
          ) {
            version
          }
        }
      `,
      { id: item.id },
    );
    expect(stale.errors?.[0].extensions?.code).toBe("CONFLICT");
    const current = await queryData(
      fa.url,
      /* GraphQL */ `
        query ($id: ID!) {
          mediaMonitoringItem(id: $id) {
            headline
            sentiment
            version
          }
        }
      `,
      {
        id: item.id,
      },
    );
    expect(current.mediaMonitoringItem).toEqual({ headline: "Tin sai về cửa khẩu Mộc Bài", sentiment: "FALSE_INFORMATION", version: 2 });
    expect(await summary()).toEqual({ mediaItems: 1, rebuttals: 1 });
  });

  it("creates a delegation whose partner locality and country resolve", async () => {
    const created = await queryData(
      fa.url,
      /* GraphQL */ `
        mutation {
          createDelegation(
            input: {
              provinceCode: "VN-30"
              name: "Đoàn tỉnh Ratanakiri dự lễ hội"
              direction: INCOMING
              countryCode: "KH"
              partnerLocalityId: "demo-foreign-affairs-gl-ratanakiri"
              startsOn: "2020-03-01"
              memberCount: 9
            }
          ) {
            direction
            country {
              name
            }
            partnerLocality {
              name
            }
            province {
              code
            }
          }
        }
      `,
    );
    expect(created.createDelegation).toEqual({
      direction: "INCOMING",
      country: { name: "Campuchia" },
      partnerLocality: { name: "Ratanakiri" },
      province: { code: "VN-30" },
    });
  });

  it("costs one query per relation however many tasks are asked for", async () => {
    const reps = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ __typename: "Task", id: i === 0 ? "VN-44-2018:5.2.2" : `VN-30-2019:${i}` }));
    const count = async (n: number) => {
      const before = fa.database.queries.count;
      const result = await queryData(fa.url, ENTITIES, { reps: reps(n) });
      expect(result._entities).toHaveLength(n);
      return fa.database.queries.count - before;
    };
    const one = await count(1);
    const twenty = await count(20);
    expect(one).toBe(3);
    expect(twenty).toBe(one);
  });

  it("costs one query per relation however many countries are asked for", async () => {
    const query = /* GraphQL */ `
      query ($reps: [_Any!]!) {
        _entities(representations: $reps) {
          ... on Country {
            partnerLocalities {
              id
            }
            delegations {
              partnerLocality {
                id
              }
            }
            pressVisits {
              id
            }
            overseasCommunities {
              id
            }
          }
        }
      }
    `;
    const codes = ["KH", "LA", "TH", "CN", "JP", "KR", "US", "FR", "DE", "GB", "SG", "MY", "ID", "PH", "MM", "AU", "IN", "RU", "IT", "ES"];
    const count = async (n: number) => {
      const before = fa.database.queries.count;
      await queryData(fa.url, query, { reps: codes.slice(0, n).map((code) => ({ __typename: "Country", code })) });
      return fa.database.queries.count - before;
    };
    const one = await count(1);
    expect(one).toBe(5);
    expect(await count(20)).toBe(one);
  });

  describeRecordWrites("foreignAffairs", () => fa.url, "SNGV", [
    {
      type: "ForeignPressVisit",
      one: "foreignPressVisit",
      many: "foreignPressVisits",
      valid: { provinceCode: "VN-30", outlet: "Báo thử", countryCode: "KH" },
      invalid: { input: { outlet: "", countryCode: "Cambodia" }, fields: ["outlet", "countryCode"] },
    },
    {
      type: "Delegation",
      one: "delegation",
      many: "delegations",
      valid: { provinceCode: "VN-30", name: "Đoàn thử", direction: "INCOMING", countryCode: "KH" },
      invalid: { input: { name: "", countryCode: "Cambodia" }, fields: ["name", "countryCode"] },
    },
    {
      type: "PressConference",
      one: "pressConference",
      many: "pressConferences",
      valid: { provinceCode: "VN-30", title: "Họp báo thử" },
      invalid: { input: { title: "", provinceCode: "Gia Lai" }, fields: ["title", "provinceCode"] },
    },
    {
      type: "PartnerLocality",
      one: "partnerLocality",
      many: "partnerLocalities",
      valid: { provinceCode: "VN-30", name: "Tỉnh kết nghĩa thử", countryCode: "KH" },
      invalid: { input: { name: "", countryCode: "Cambodia" }, fields: ["name", "countryCode"] },
    },
    {
      type: "OverseasCommunity",
      one: "overseasCommunity",
      many: "overseasCommunities",
      valid: { provinceCode: "VN-30", name: "Cộng đồng thử", countryCode: "KH" },
      invalid: { input: { name: "", countryCode: "Cambodia" }, fields: ["name", "countryCode"] },
    },
    {
      type: "MediaMonitoringItem",
      one: "mediaMonitoringItem",
      many: "mediaMonitoringItems",
      valid: { provinceCode: "VN-30", headline: "Tin thử", outlet: "Trang thử", sentiment: "POSITIVE" },
      invalid: { input: { headline: "", outlet: "" }, fields: ["headline", "outlet"] },
    },
  ]);
});
