import { ArrayMinSize, ArrayUnique, IsArray, IsEnum, Matches } from "class-validator";
import { Field, InputType, ObjectType, registerEnumType } from "type-graphql";
import { Column, Index } from "typeorm";
import { Entity } from "typeorm";
import { DateTimeScalar } from "../../../shared/core/domain";
import { Text, TextInput } from "../../../shared/records/fields";
import { PROVINCE_CODE, VersionedRecord } from "../../../shared/records/records";

/**
 * What a platform's client may read through the REST door
 * (`gateway/rest-door.ts`): each route needs one of these.
 */
export enum ApiScope {
  /** Plans and their tasks' states. */
  PLANS_READ = "PLANS_READ",
  /** Agencies' reporting compliance: tasks and reports on time, by year. */
  COMPLIANCE_READ = "COMPLIANCE_READ",
  /** The departments' records the province shares (destinations, events, publications, partner localities, border gates). */
  RECORDS_READ = "RECORDS_READ",
}
registerEnumType(ApiScope, { name: "ApiScope", description: "What an API client may read through the REST door." });

/**
 * A system of another state body — the province's integration platform
 * (LGSP), a ministry's — that reads the hub through the REST door with its
 * own credentials. It reads as a viewer of its agency and province, never
 * cleared for state secrets, and only the routes its scopes name. Created
 * and revoked by an admin; the secret is shown once and only its hash is kept.
 */
@ObjectType({ description: "A platform's client of the REST door: its province, agency and scopes. Admins only." })
@Entity("api_client")
export class ApiClient extends VersionedRecord {
  @Field({ description: "The province whose officials' read rules it follows." })
  @Index()
  @Column({ type: "varchar", length: 16 })
  provinceCode!: string;

  @Text(80, { description: "The agency it reads as (directory code, e.g. VPUBND)." })
  agencyCode!: string;

  @Text(200, { description: "Which system it is: 'Nền tảng tích hợp, chia sẻ dữ liệu tỉnh Gia Lai (LGSP)'." })
  name!: string;

  @Field(() => [ApiScope])
  @Column({ type: "simple-array" })
  scopes!: ApiScope[];

  /** SHA-256 of the secret (256 random bits: a slow hash adds nothing); never exposed. */
  @Column({ type: "varchar", length: 64 })
  secretHash!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: "When an admin revoked it; its calls are refused from then on." })
  @Column({ type: "varchar", length: 30, nullable: true })
  revokedAt!: string | null;
}

@InputType()
export class ApiClientInput {
  @Field({ description: "ISO 3166-2:VN, e.g. VN-30." })
  @Matches(PROVINCE_CODE, { message: "must be an ISO 3166-2:VN code such as VN-30", context: { kind: "province" } })
  provinceCode!: string;

  @TextInput(80, { description: "The agency it reads as (directory code)." })
  @Matches(/^[A-Z][A-Z0-9-]*$/, { message: "must be a directory code such as VPUBND or SKHCN" })
  agencyCode!: string;

  @TextInput(200)
  name!: string;

  @Field(() => [ApiScope])
  @IsArray()
  @ArrayMinSize(1, { message: "must name at least one scope" })
  @ArrayUnique()
  @IsEnum(ApiScope, { each: true })
  scopes!: ApiScope[];
}

@ObjectType({ description: "A new API client and its secret, shown this once: the hub keeps only its hash." })
export class ApiClientCredentials {
  @Field(() => ApiClient)
  client!: ApiClient;

  @Field({ description: "The client id, as the platform sends it (HTTP Basic user name)." })
  clientId!: string;

  @Field({ description: "The secret (HTTP Basic password). Store it in the platform's vault: it cannot be shown again." })
  secret!: string;
}
