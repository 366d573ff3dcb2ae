import type { ApolloServerPlugin } from "@apollo/server";
import { getArgumentValues } from "graphql";
import { badUserInput, departmentUnavailable } from "../shared/core/errors";
import type { DepartmentDataSource, GatewayContext } from "./departments";
import { rootFieldNodes } from "./guards";

/**
 * Input fields that point at a record another department keeps, with the
 * entity they name and the department that owns it. A department's subgraph
 * checks the references into its own database itself; only the gateway can
 * check these, since it alone speaks to every department.
 */
const REMOTE_REFERENCES: Record<string, { typename: string; owner: string; label: string }> = {
  taskId: { typename: "Task", owner: "plans", label: "plan task" },
  agencyIds: { typename: "Agency", owner: "plans", label: "agency" },
  borderGateId: { typename: "BorderGate", owner: "borderSecurity", label: "border gate" },
};

/** How each owner tells a referenced record's province. */
const PROVINCE_OF: Record<string, string> = {
  Task: "... on Task { id plan { province { code } } }",
  Agency: "... on Agency { id province { code } }",
  BorderGate: "... on BorderGate { id province { code } }",
};

interface Reference {
  field: string;
  typename: string;
  owner: string;
  label: string;
  id: string;
  provinceCode: string;
}

/** The remote references of a department record's input, each with the province the record is written for. */
function referencesOf(input: unknown): Reference[] {
  if (!input || typeof input !== "object") return [];
  const values = input as Record<string, unknown>;
  if (typeof values.provinceCode !== "string") return [];
  const references: Reference[] = [];
  for (const [field, target] of Object.entries(REMOTE_REFERENCES)) {
    const value = values[field];
    const ids = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value];
    for (const id of ids) if (typeof id === "string") references.push({ field, ...target, id, provinceCode: values.provinceCode });
  }
  return references;
}

function refused(reference: Reference) {
  // One answer whether the record is missing, hidden from the caller or of another province.
  return badUserInput(
    `Invalid value for "${reference.field}": there is no ${reference.label} "${reference.id}" of ${reference.provinceCode} that you may read.`,
    [reference.field],
    {},
    { httpStatus: 400 },
  );
}

/**
 * Before a mutation reaches a department, every record its input points at
 * in another department must exist, be readable by the caller, and belong to
 * the province the record is written for: a Gia Lai trade event cannot hang
 * on an An Giang task or gate. The owners are asked with the caller's own
 * identity, so what the caller may not read is not found.
 */
export function referenceChecks(departments: Map<string, DepartmentDataSource>): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, schema, request, contextValue }) {
          if (operation?.operation !== "mutation") return;
          const mutationType = schema.getMutationType();
          const references: Reference[] = [];
          for (const node of rootFieldNodes(document, operation)) {
            const field = mutationType?.getFields()[node.name.value];
            if (!field) continue;
            try {
              references.push(...referencesOf(getArgumentValues(field, node, request.variables ?? {}).input));
            } catch {
              // arguments that do not coerce: execution reports them as the caller's error
            }
          }
          if (references.length === 0) return;
          const owners = [...new Set(references.map((r) => r.owner))];
          const provinces = new Map<string, string | null>();
          await Promise.all(
            owners.map(async (owner) => {
              const mine = references.filter((r) => r.owner === owner);
              const found = await entityProvinces(departments.get(owner), contextValue, mine);
              for (const [key, province] of found) provinces.set(key, province);
            }),
          );
          const wrong = references.find((r) => provinces.get(`${r.typename}:${r.id}`) !== r.provinceCode);
          if (wrong) throw refused(wrong);
        },
      };
    },
  };
}

/** Asks the owning department for the province of each referenced record (null: none the caller may read). */
async function entityProvinces(
  source: DepartmentDataSource | undefined,
  context: GatewayContext,
  references: Reference[],
): Promise<Map<string, string | null>> {
  const unique = [...new Map(references.map((r) => [`${r.typename}:${r.id}`, r])).values()];
  const types = [...new Set(unique.map((r) => r.typename))];
  const query = `query HubReferenceCheck($representations: [_Any!]!) { _entities(representations: $representations) { ${types.map((t) => PROVINCE_OF[t]).join(" ")} } }`;
  const answer = source
    ? await source.fetchInternal(context, query, { representations: unique.map((r) => ({ __typename: r.typename, id: r.id })) })
    : null;
  if (!answer) {
    throw departmentUnavailable(references[0].owner, {
      httpStatus: 503,
      message: "The records this change points at cannot be checked now (a department does not answer); nothing was changed.",
    });
  }
  const entities = ((answer.data as { _entities?: unknown[] } | undefined)?._entities ?? []) as ({
    plan?: { province?: { code?: string } };
    province?: { code?: string };
  } | null)[];
  return new Map(unique.map((r, i) => [`${r.typename}:${r.id}`, entities[i]?.plan?.province?.code ?? entities[i]?.province?.code ?? null]));
}
