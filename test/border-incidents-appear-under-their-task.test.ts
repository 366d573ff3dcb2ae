import type { Viewer } from "../shared/auth/identity";
import { official, postGraphQL, queryData } from "./support/graphql-client";
import { startHub, type RunningHub } from "./support/hub";

/** The border guard's editor of Gia Lai, cleared for SECRET: the agency that operates the border-security subgraph. */
const CLEARED_BORDER_EDITOR = official({ provinceCode: "VN-30", agencyCode: "BDBP", role: "editor", clearance: "SECRET" });

const PLAN_TASKS = /* GraphQL */ `
  query ($provinceCode: String!, $year: Int!) {
    plans(provinceCode: $provinceCode, year: $year) {
      tasks {
        id
        borderIncidents {
          id
          title
          classification
          occurredOn
        }
      }
    }
  }
`;

const ONE_TASK = /* GraphQL */ `
  query ($id: ID!) {
    task(id: $id) {
      id
      borderIncidents {
        id
      }
    }
  }
`;

describe("a task's border incidents, through the gateway", () => {
  let hub: RunningHub;
  /** Two SECRET incidents linked to two tasks of Gia Lai's 2019 plan, one INTERNAL incident to a third. */
  const linked: Record<string, { id: string; task: string }> = {};

  const createIncident = async (task: string, title: string, classification: string) =>
    (
      await queryData(
        hub.gateway.url,
        /* GraphQL */ `
          mutation ($input: BorderIncidentInput!) {
            createBorderIncident(input: $input) {
              id
            }
          }
        `,
        {
          input: {
            provinceCode: "VN-30",
            taskId: task,
            title,
            occurredOn: "2019-08-21",
            borderGateId: "VN-30-le-thanh",
            classification,
            agencyIds: ["VN-30-BDBP", "VN-30-CA"],
          },
        },
        { as: CLEARED_BORDER_EDITOR },
      )
    ).createBorderIncident.id as string;

  beforeAll(async () => {
    hub = await startHub();
    linked.first = { id: await createIncident("VN-30-2019:7", "Vụ việc mật theo nhiệm vụ 7 (thử nghiệm)", "SECRET"), task: "VN-30-2019:7" };
    linked.second = {
      id: await createIncident("VN-30-2019:3", "Vụ việc mật theo nhiệm vụ 3 (thử nghiệm)", "SECRET"),
      task: "VN-30-2019:3",
    };
    linked.internal = {
      id: await createIncident("VN-30-2019:9", "Vụ việc nội bộ theo nhiệm vụ 9 (thử nghiệm)", "INTERNAL"),
      task: "VN-30-2019:9",
    };
  });
  afterAll(async () => {
    await hub.stop();
  });

  /** The incidents each task of Gia Lai's 2019 plan shows `as`, by task id (tasks without any left out). */
  async function incidentsByTask(as: Viewer | "anonymous"): Promise<Record<string, string[]>> {
    const result = await postGraphQL(hub.gateway.url, PLAN_TASKS, { provinceCode: "VN-30", year: 2019 }, { as });
    expect(result.errors).toBeUndefined();
    const tasks: { id: string; borderIncidents: { id: string }[] }[] = result.data.plans[0]?.tasks ?? [];
    return Object.fromEntries(tasks.filter((t) => t.borderIncidents.length).map((t) => [t.id, t.borderIncidents.map((i) => i.id)]));
  }

  it("shows a cleared editor of the border guard the incidents linked to each task, SECRET ones included", async () => {
    expect(await incidentsByTask(CLEARED_BORDER_EDITOR)).toEqual({
      [linked.first.task]: [linked.first.id],
      [linked.second.task]: [linked.second.id],
      [linked.internal.task]: [linked.internal.id],
    });
    const one = await queryData(hub.gateway.url, ONE_TASK, { id: linked.first.task }, { as: CLEARED_BORDER_EDITOR });
    expect(one.task.borderIncidents).toEqual([{ id: linked.first.id }]);
  });

  it("shows a cleared official of an agency the incident names its SECRET incidents, as the read rule allows", async () => {
    const police = official({ provinceCode: "VN-30", agencyCode: "CA", clearance: "SECRET" });
    expect(await incidentsByTask(police)).toEqual({
      [linked.first.task]: [linked.first.id],
      [linked.second.task]: [linked.second.id],
      [linked.internal.task]: [linked.internal.id],
    });
  });

  const others: [string, Viewer][] = [
    ["an uncleared editor of the border guard", official({ provinceCode: "VN-30", agencyCode: "BDBP", role: "editor" })],
    [
      "a cleared coordinator of an agency the incidents do not name",
      official({ provinceCode: "VN-30", agencyCode: "STTTT", role: "coordinator", clearance: "SECRET" }),
    ],
    ["an admin without clearance", official({ provinceCode: "VN-30", agencyCode: "BDBP", role: "admin" })],
  ];

  it.each(others)("shows %s only the INTERNAL incident, never a SECRET one", async (_who, as) => {
    expect(await incidentsByTask(as)).toEqual({ [linked.internal.task]: [linked.internal.id] });
    const one = await postGraphQL(hub.gateway.url, ONE_TASK, { id: linked.first.task }, { as });
    expect(one.errors).toBeUndefined();
    expect(one.data.task.borderIncidents).toEqual([]);
    expect(JSON.stringify(one)).not.toContain("thử nghiệm");
  });

  it("shows a cleared border guard of another province no task and no incident of Gia Lai", async () => {
    const elsewhere = official({ provinceCode: "VN-44", agencyCode: "BDBP", role: "editor", clearance: "SECRET" });
    expect(await incidentsByTask(elsewhere)).toEqual({});
    const result = await postGraphQL(hub.gateway.url, ONE_TASK, { id: linked.first.task }, { as: elsewhere });
    expect(JSON.stringify(result)).not.toContain(linked.first.id);
    // Nor does the border guard's own answer for the task (the entity reference the gateway would send) hold them.
    const direct = await queryData(
      hub.subgraphs.borderSecurity.url,
      /* GraphQL */ `
        query ($reps: [_Any!]!) {
          _entities(representations: $reps) {
            ... on Task {
              borderIncidents {
                id
              }
            }
          }
        }
      `,
      { reps: [{ __typename: "Task", id: linked.first.task }] },
      { as: elsewhere },
    );
    expect(direct._entities).toEqual([{ borderIncidents: [] }]);
  });

  it("shows anyone without a token nothing", async () => {
    expect(await incidentsByTask("anonymous")).toEqual({});
  });

  it("loads every task's incidents in one SQL query per request, however many tasks the plan has", async () => {
    const border = hub.subgraphs.borderSecurity.database.queries;
    // asked by the tests' admin (cleared, of the border guard), who reads both provinces' plans
    const count = async (provinceCode: string, year: number) => {
      const before = border.count;
      const result = await queryData(hub.gateway.url, PLAN_TASKS, { provinceCode, year });
      return { tasks: result.plans[0].tasks.length as number, queries: border.count - before };
    };
    const giaLai = await count("VN-30", 2019);
    expect(giaLai.tasks).toBeGreaterThan(5);
    expect(giaLai.queries).toBe(1);
    const anGiang = await count("VN-44", 2018);
    expect(anGiang.tasks).not.toBe(giaLai.tasks);
    expect(anGiang.queries).toBe(1);
  });
});
