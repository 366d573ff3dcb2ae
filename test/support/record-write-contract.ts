import { official, postGraphQL, queryData } from "./graphql-client";

/**
 * One record type as the write contract sees it: its GraphQL names, an input
 * that is valid, and one that is not, with the fields it must name.
 */
export interface RecordType {
  type: string;
  one: string;
  many: string;
  valid: Record<string, unknown>;
  invalid: { input: Record<string, unknown>; fields: string[] };
}

/**
 * What every record type's writes promise (see docs/api.md, "Conventions"):
 * an unknown id is NOT_FOUND, an invalid input is BAD_USER_INPUT naming each
 * field, a stale version is CONFLICT, on every error nothing is written, and
 * nobody classifies a record above their clearance (an editor of `operator`,
 * one of the agencies operating the department, cleared for INTERNAL, tries).
 * Run once per department, over a real subgraph at `url()`.
 */
export function describeRecordWrites(department: string, url: () => string, operator: string, types: RecordType[]): void {
  const editor = official({ provinceCode: "VN-30", agencyCode: operator, role: "editor", clearance: "INTERNAL" });
  const create = (t: RecordType) => /* GraphQL */ `mutation ($input: ${t.type}Input!) { create${t.type}(input: $input) { id version } }`;
  const update = (t: RecordType) =>
    /* GraphQL */ `mutation ($id: ID!, $v: Int!, $input: ${t.type}Input!) { update${t.type}(id: $id, version: $v, input: $input) { id version } }`;
  const ids = async (t: RecordType) =>
    (await queryData(url(), `{ ${t.many}(limit: 500) { id } }`))[t.many].map((r: { id: string }) => r.id).sort();
  const cases = types.map((t) => [t.type, t] as const);

  describe(`${department}: every record type keeps the write contract`, () => {
    it.each(cases)("%s: an update of an unknown id is NOT_FOUND, and writes nothing", async (_type, t) => {
      const before = await ids(t);
      const result = await postGraphQL(url(), update(t), { id: "no-such-record", v: 1, input: t.valid });
      expect(result.errors?.[0].extensions?.code).toBe("NOT_FOUND");
      expect(await ids(t)).toEqual(before);
    });

    it.each(cases)("%s: an invalid input is BAD_USER_INPUT naming each field, and writes nothing", async (_type, t) => {
      const before = await ids(t);
      const result = await postGraphQL(url(), create(t), { input: { ...t.valid, ...t.invalid.input } });
      expect(result.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
      expect(result.errors?.[0].extensions?.fields).toEqual(expect.arrayContaining(t.invalid.fields));
      expect(await ids(t)).toEqual(before);
    });

    it.each(cases)("%s: an update with a stale version is CONFLICT, and the record stays as it was", async (_type, t) => {
      const created = (await queryData(url(), create(t), { input: t.valid }))[`create${t.type}`];
      await queryData(url(), update(t), { id: created.id, v: 1, input: t.valid });
      const stale = await postGraphQL(url(), update(t), { id: created.id, v: 1, input: t.valid });
      expect(stale.errors?.[0]).toMatchObject({ extensions: { code: "CONFLICT", currentVersion: 2 } });
      const current = await queryData(url(), /* GraphQL */ `query ($id: ID!) { ${t.one}(id: $id) { version } }`, { id: created.id });
      expect(current[t.one]).toEqual({ version: 2 });
    });

    it.each(cases)(
      "%s: an editor cleared for INTERNAL can neither create it SECRET nor raise it to SECRET, and nothing is written",
      async (_type, t) => {
        const before = await ids(t);
        const hidden = await postGraphQL(url(), create(t), { input: { ...t.valid, classification: "SECRET" } }, { as: editor });
        expect(hidden.errors?.[0].extensions?.code).toBe("FORBIDDEN");
        expect(hidden.errors?.[0].message).toMatch(/clearance is INTERNAL/);
        expect(await ids(t)).toEqual(before);

        const created = (await queryData(url(), create(t), { input: { ...t.valid, classification: "INTERNAL" } }, { as: editor }))[
          `create${t.type}`
        ];
        const raised = await postGraphQL(
          url(),
          update(t),
          { id: created.id, v: created.version, input: { ...t.valid, classification: "SECRET" } },
          {
            as: editor,
          },
        );
        expect(raised.errors?.[0].extensions?.code).toBe("FORBIDDEN");
        const after = await queryData(
          url(),
          /* GraphQL */ `query ($id: ID!) { ${t.one}(id: $id) { classification version } }`,
          { id: created.id },
          {
            as: editor,
          },
        );
        expect(after[t.one]).toEqual({ classification: "INTERNAL", version: created.version });
      },
    );
  });
}
