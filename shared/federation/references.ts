import { Directive, Field, FieldResolver, ID, ObjectType } from "type-graphql";

/**
 * A shared entity as one department sees it: only its key. The department
 * attaches its own fields with `@FieldResolver`s on the returned class; the
 * owning subgraph answers everything else. Each call makes a distinct class so
 * that two departments' additions never mix when they share one process.
 */
export function codeKeyedEntity(typeName: "Province" | "Country", className: string) {
  @Directive(`@key(fields: "code")`)
  @ObjectType(typeName)
  class CodeKeyedEntity {
    @Field(() => String)
    code!: string;
  }
  Object.defineProperty(CodeKeyedEntity, "name", { value: className });
  return CodeKeyedEntity;
}

export function idKeyedEntity(typeName: "Agency" | "Task" | "BorderGate", className: string) {
  @Directive(`@key(fields: "id")`)
  @ObjectType(typeName)
  class IdKeyedEntity {
    @Field(() => ID)
    id!: string;
  }
  Object.defineProperty(IdKeyedEntity, "name", { value: className });
  return IdKeyedEntity;
}

type ReturnType = NonNullable<Parameters<typeof FieldResolver>[0]>;

/**
 * A field this department answers on an entity several departments share.
 * Always nullable: when this department is down or too slow the gateway
 * still answers the other departments' fields, and this one is null with an
 * error that names the department.
 */
export function ContributedField(returnType: ReturnType, options: { description?: string } = {}): MethodDecorator {
  return FieldResolver(returnType, { ...options, nullable: true });
}

export type CodeKeyed = { code: string };
export type IdKeyed = { id: string };

export const provinceRef = (code: string): CodeKeyed => ({ code });
export const countryRef = (code: string | null | undefined): CodeKeyed | null => (code ? { code } : null);
export const idRef = (id: string | null | undefined): IdKeyed | null => (id ? { id } : null);
