import path from "node:path";
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from "graphql";
import { REPOSITORY_ROOT } from "../shared/core/config";
import type { SubgraphDefinition } from "../shared/federation/subgraph";

/**
 * The web app's record forms, generated from the API schema and the
 * departments' definitions: for every record type of the trade, tourism,
 * foreign-affairs and border-security subgraphs, its fields (from its input
 * type) and its four documents — list, load, create, update — which
 * graphql-codegen then types and validates like any other. One generic form
 * serves them all; a new record type gets its form by `npm run compose`.
 */
export const RECORD_FORMS_FILE = path.join(REPOSITORY_ROOT, "web", "src", "records", "record-types.ts");
export const RECORD_OPERATIONS_FILE = path.join(REPOSITORY_ROOT, "shared", "service", "record-operation-names.ts");

/** How a form shows an input field. */
type Control = "text" | "longText" | "int" | "float" | "date" | "enum" | "texts" | "reference" | "references" | "country" | "countries";

interface FieldSpec {
  name: string;
  control: Control;
  required: boolean;
  description: string | null;
  values?: string[];
  /** What a picker offers: task, agency, borderGate, borderCommune, partnerLocality. */
  picks?: string;
  /** How the record's current value is read back: `country { code }` for `countryCode`. */
  selection: string;
}

/** Fields whose text runs to paragraphs. */
const LONG_TEXT = new Set(["description", "notes", "purpose", "actionTaken", "rebuttal", "agreement", "audience"]);
/** Fields every record has, which the form handles itself. */
const COMMON = new Set(["provinceCode", "classification"]);
const TITLE_FIELDS = ["name", "title", "topic", "headline", "outlet"];

function unwrap(type: GraphQLInputType): { list: boolean; required: boolean } {
  const required = isNonNullType(type);
  const inner = required ? type.ofType : type;
  return { list: isListType(inner), required };
}

function fieldSpec(field: GraphQLInputField, output: GraphQLObjectType): FieldSpec {
  const { list, required } = unwrap(field.type);
  const named = getNamedType(field.type);
  const description = field.description ?? null;
  const base = { name: field.name, required, description };
  const outputs = output.getFields();
  if (field.name === "agencyIds") return { ...base, control: "references", picks: "agency", selection: "agencies { id }" };
  if (/Ids?$/.test(field.name) && named.name === "ID") {
    const target = field.name.replace(/Id$/, "");
    return { ...base, control: "reference", picks: target, selection: `${target} { id }` };
  }
  if (/Codes$/.test(field.name) && outputs[field.name.replace(/Codes$/, "s")])
    return { ...base, control: "countries", selection: `${field.name.replace(/Codes$/, "s")} { code }` };
  if (/Code$/.test(field.name) && outputs[field.name.replace(/Code$/, "")])
    return { ...base, control: "country", selection: `${field.name.replace(/Code$/, "")} { code }` };
  if (isEnumType(named)) return { ...base, control: "enum", values: named.getValues().map((v) => v.name), selection: field.name };
  if (list) return { ...base, control: "texts", selection: field.name };
  const control: Control =
    named.name === "Int"
      ? "int"
      : named.name === "Float"
        ? "float"
        : named.name === "Date"
          ? "date"
          : LONG_TEXT.has(field.name)
            ? "longText"
            : "text";
  return { ...base, control, selection: field.name };
}

function rootField(schema: GraphQLSchema, type: string, list: boolean): string {
  const fields = Object.values(schema.getQueryType()!.getFields());
  const found = fields.find((f) => {
    const named = getNamedType(f.type).name === type;
    const isList = isListType(isNonNullType(f.type) ? f.type.ofType : f.type);
    return named && isList === list && (list ? f.args.some((a) => a.name === "search") : f.args.some((a) => a.name === "id"));
  });
  if (!found) throw new Error(`no ${list ? "list" : "by-id"} query for ${type}`);
  return found.name;
}

interface RecordType {
  type: string;
  department: string;
  one: string;
  many: string;
  titleField: string;
  dateField: string | null;
  fields: FieldSpec[];
}

function recordTypes(schema: GraphQLSchema, subgraphs: readonly SubgraphDefinition[]): RecordType[] {
  return subgraphs
    .filter((s) => s.name !== "plans")
    .flatMap((subgraph) =>
      subgraph.entities.map((entity) => {
        const type = entity.name;
        const output = schema.getType(type);
        const input = schema.getType(`${type}Input`);
        if (!isObjectType(output) || !input || !("getFields" in input)) throw new Error(`${type} has no object and input type`);
        const inputFields = Object.values((input as { getFields(): Record<string, GraphQLInputField> }).getFields());
        const fields = inputFields.filter((f) => !COMMON.has(f.name)).map((f) => fieldSpec(f, output));
        return {
          type,
          department: subgraph.name,
          one: rootField(schema, type, false),
          many: rootField(schema, type, true),
          titleField: TITLE_FIELDS.find((name) => name in output.getFields()) ?? "id",
          dateField: fields.find((f) => f.control === "date")?.name ?? null,
          fields,
        };
      }),
    );
}

function documents(record: RecordType): Record<"list" | "load" | "create" | "update", string> {
  const { type, one, many, titleField, dateField } = record;
  const indent = (lines: string[], by: string) => lines.map((line) => `${by}${line}`).join("\n");
  const values = ["id", "version", "classification", "province { code }", ...record.fields.map((f) => f.selection)];
  return {
    list: `query ${type}Records($provinceCode: String, $search: String) {
  ${many}(provinceCode: $provinceCode, search: $search, limit: 200) {
    id
    version
    classification
    ${titleField}${dateField ? `\n    ${dateField}` : ""}
    province { code }
  }
}`,
    load: `query ${type}Record($id: ID!) {
  ${one}(id: $id) {
${indent(values, "    ")}
  }
}`,
    create: `mutation Create${type}Record($input: ${type}Input!) {
  create${type}(input: $input) {
    id
    version
  }
}`,
    update: `mutation Update${type}Record($id: ID!, $version: Int!, $input: ${type}Input!) {
  update${type}(id: $id, version: $version, input: $input) {
    id
    version
  }
}`,
  };
}

/** The operation names the generated documents use, for metrics (shared/service/operation-names.ts). */
function operationNames(records: RecordType[]): string[] {
  return records.flatMap((r) => [`${r.type}Records`, `${r.type}Record`, `Create${r.type}Record`, `Update${r.type}Record`]);
}

/** The generated files (left out of Prettier's checks, like web/src/gql). */
export async function recordFormFiles(
  apiSchemaSdl: string,
  subgraphs: readonly SubgraphDefinition[],
): Promise<{ file: string; content: string }[]> {
  const records = recordTypes(buildSchema(apiSchemaSdl), subgraphs);
  const header = "// Generated by `npm run compose` (scripts/record-forms.ts) from the API schema: do not edit.\n";
  const entries = records.map((record) => {
    const docs = documents(record);
    const { fields, ...rest } = record;
    const scalars = Object.entries(rest).map(([key, value]) => `${key}: ${JSON.stringify(value)},`);
    return `  ${record.type}: {
    ${scalars.join("\n    ")}
    fields: [\n${fields.map((f) => `      ${JSON.stringify(f)},`).join("\n")}\n    ],
    list: graphql(/* GraphQL */ \`\n${docs.list}\n\`),
    load: graphql(/* GraphQL */ \`\n${docs.load}\n\`),
    create: graphql(/* GraphQL */ \`\n${docs.create}\n\`),
    update: graphql(/* GraphQL */ \`\n${docs.update}\n\`),
  },`;
  });
  const web = `${header}import { graphql } from "../gql";

/** Every record type the departments keep, with the fields its form shows and its typed documents. */
export const RECORD_TYPES = {
${entries.join("\n")}
} as const;
`;
  const names = `${header}
/** The web app's record-form documents (web/src/records/record-types.ts), by operation name. */
export const RECORD_OPERATION_NAMES: readonly string[] = ${JSON.stringify(operationNames(records), null, 2)};
`;
  return [
    { file: RECORD_FORMS_FILE, content: web },
    { file: RECORD_OPERATIONS_FILE, content: names },
  ];
}
