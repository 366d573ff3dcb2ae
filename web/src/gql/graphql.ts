/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, ISO 8601 YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
};

export type Agency = {
  __typename?: 'Agency';
  classification: Classification;
  /** Directory code: STTTT, SNGV, BDBP, UBND-H:<district>, … */
  code: Scalars['String']['output'];
  /** Tasks the agency coordinates. */
  coordinatedTasks: Array<Task>;
  createdAt: Scalars['DateTime']['output'];
  /** Whether the agency existed on some day of the year (the 2025 reorganisation ended some and began others): outside its life it owes no report and no focal point. */
  existedIn: Scalars['Boolean']['output'];
  /** The leader and officer named for foreign-information work. */
  focalPoints: Array<FocalPoint>;
  /** The functions the agency holds or held in its province, each with its dates and the agencies that took it over. */
  functions: Array<AgencyFunction>;
  id: Scalars['ID']['output'];
  /** Tasks the agency leads, in plan order. */
  ledTasks: Array<Task>;
  /** Usual Vietnamese spelling. */
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  /** The agency's tasks and reports of a year, with the year before beside them. */
  performance: AgencyPerformance;
  province: Province;
  /** Reminders the hub sent this agency (or listed to send by hand) about the year's reports, oldest first; officials of its province only. */
  reminders: Array<ReminderMessage>;
  /** Reports owed for the year and their computed state. */
  reports: Array<ReportStatus>;
  /** Whether the agency owes the periodic foreign-information reports. */
  reportsRequired: Scalars['Boolean']['output'];
  /** Who signs the agency's documents on a date (today by default), the head first. */
  signatories: Array<Signatory>;
  /** The agency that took over after a reorganisation. */
  successor?: Maybe<Agency>;
  updatedAt: Scalars['DateTime']['output'];
  validFrom?: Maybe<Scalars['Date']['output']>;
  validUntil?: Maybe<Scalars['Date']['output']>;
  /** Send it back with an update; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['output'];
};


export type AgencyCoordinatedTasksArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type AgencyExistedInArgs = {
  year: Scalars['Int']['input'];
};


export type AgencyLedTasksArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type AgencyPerformanceArgs = {
  year: Scalars['Int']['input'];
};


export type AgencyRemindersArgs = {
  year: Scalars['Int']['input'];
};


export type AgencyReportsArgs = {
  year: Scalars['Int']['input'];
};


export type AgencySignatoriesArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
};

/** One function an agency holds, or held, and who took it over. */
export type AgencyFunction = {
  __typename?: 'AgencyFunction';
  from?: Maybe<Scalars['Date']['output']>;
  function: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** Directory codes of the agencies that took the function over when this holding ended. */
  successorCodes: Array<Scalars['String']['output']>;
  until?: Maybe<Scalars['Date']['output']>;
};

export type AgencyInput = {
  code: Scalars['String']['input'];
  name: Scalars['String']['input'];
  nameEn?: InputMaybe<Scalars['String']['input']>;
  provinceCode: Scalars['String']['input'];
  reportsRequired?: InputMaybe<Scalars['Boolean']['input']>;
  /** The agency that takes over after a reorganisation. */
  successorId?: InputMaybe<Scalars['ID']['input']>;
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  validUntil?: InputMaybe<Scalars['Date']['input']>;
};

/** An agency's figures for a year, with the year before beside them. */
export type AgencyPerformance = {
  __typename?: 'AgencyPerformance';
  agency: Agency;
  current: AgencyYearFigures;
  previous: AgencyYearFigures;
};

/** An agency's tasks and reports in one year, as of a day. */
export type AgencyYearFigures = {
  __typename?: 'AgencyYearFigures';
  /** The day the figures are as of: the year's end for a past year, else today. */
  asOf: Scalars['Date']['output'];
  /** Sent on time ÷ due; null when none is due yet. */
  reportOnTimeShare?: Maybe<Scalars['Float']['output']>;
  /** Owed against a deadline the plan wrote as no real date: a coordinator must set it. */
  reportsDeadlineUnknown: Scalars['Int']['output'];
  /** Reports due: sent on time, late, or missing. */
  reportsDue: Scalars['Int']['output'];
  reportsOnTime: Scalars['Int']['output'];
  /** Done on time ÷ (done + overdue); null when none is either. */
  taskOnTimeShare?: Maybe<Scalars['Float']['output']>;
  /** Done late. */
  tasksLate: Scalars['Int']['output'];
  /** Tasks it leads. */
  tasksLed: Scalars['Int']['output'];
  /** Of them, done on time. */
  tasksOnTime: Scalars['Int']['output'];
  /** Open within their time, or not yet due. */
  tasksOpen: Scalars['Int']['output'];
  /** Open past their end. */
  tasksOverdue: Scalars['Int']['output'];
  /** Without an end date: not counted in the share. */
  tasksWithoutDeadline: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** A platform's client of the REST door: its province, agency and scopes. Admins only. */
export type ApiClient = {
  __typename?: 'ApiClient';
  /** The agency it reads as (directory code, e.g. VPUBND). */
  agencyCode: Scalars['String']['output'];
  classification: Classification;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Which system it is: 'Nền tảng tích hợp, chia sẻ dữ liệu tỉnh Gia Lai (LGSP)'. */
  name: Scalars['String']['output'];
  /** The province whose officials' read rules it follows. */
  provinceCode: Scalars['String']['output'];
  /** When an admin revoked it; its calls are refused from then on. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  scopes: Array<ApiScope>;
  updatedAt: Scalars['DateTime']['output'];
  /** Send it back with an update; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['output'];
};

/** A new API client and its secret, shown this once: the hub keeps only its hash. */
export type ApiClientCredentials = {
  __typename?: 'ApiClientCredentials';
  client: ApiClient;
  /** The client id, as the platform sends it (HTTP Basic user name). */
  clientId: Scalars['String']['output'];
  /** The secret (HTTP Basic password). Store it in the platform's vault: it cannot be shown again. */
  secret: Scalars['String']['output'];
};

export type ApiClientInput = {
  /** The agency it reads as (directory code). */
  agencyCode: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** ISO 3166-2:VN, e.g. VN-30. */
  provinceCode: Scalars['String']['input'];
  scopes: Array<ApiScope>;
};

/** What an API client may read through the REST door. */
export type ApiScope =
  | 'COMPLIANCE_READ'
  | 'PLANS_READ'
  | 'RECORDS_READ';

/** A correction applied to the document before loading: what it set right, where, from what to what. */
export type AppliedCorrection = {
  __typename?: 'AppliedCorrection';
  /** As the document had it (a date as written, the timeframe, the leads, the code read). */
  from?: Maybe<Scalars['String']['output']>;
  kind: PlanImportCorrectionKind;
  /** What it is about: the task's number, the deadline's period, the basis's place, the agency's name as written. */
  target: Scalars['String']['output'];
  /** As corrected (an ISO date, the timeframe's new wording, agency codes). */
  to: Scalars['String']['output'];
};

export type Assignment = {
  __typename?: 'Assignment';
  /** The directory agency, when the name matched one. */
  agency?: Maybe<Agency>;
  /** The agency as the document names it. */
  agencyName: Scalars['String']['output'];
  duties: Array<Scalars['String']['output']>;
  /** What the heading adds about it, e.g. 'cơ quan thường trực'. */
  role?: Maybe<Scalars['String']['output']>;
};

/** Whether a subgraph's audit chain is whole: every entry hashes to what it says and follows the one before it. */
export type AuditChainState = {
  __typename?: 'AuditChainState';
  /** Entries checked and found in order (all of them when intact). */
  entries: Scalars['Int']['output'];
  intact: Scalars['Boolean']['output'];
  /** Where the chain breaks, when it does. */
  problem?: Maybe<Scalars['String']['output']>;
};

/** One write, or one refused write, as the subgraph recorded it. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** The writer's province. */
  actorProvinceCode?: Maybe<Scalars['String']['output']>;
  /** The record after the write (or as attempted), as JSON. */
  after?: Maybe<Scalars['String']['output']>;
  /** The writer's agency code. */
  agencyCode?: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  /** The record before the write, as JSON. */
  before?: Maybe<Scalars['String']['output']>;
  entity: Scalars['String']['output'];
  hash: Scalars['String']['output'];
  /** The mutation, e.g. updateTradeEvent. */
  operation: Scalars['String']['output'];
  /** ALLOWED or REFUSED. */
  outcome: Scalars['String']['output'];
  previousHash: Scalars['String']['output'];
  /** Why a write was refused (error code and message). */
  reason?: Maybe<Scalars['String']['output']>;
  recordId?: Maybe<Scalars['String']['output']>;
  role?: Maybe<Scalars['String']['output']>;
  /** Position in this subgraph's chain, from 1. */
  sequence: Scalars['Int']['output'];
  userId?: Maybe<Scalars['String']['output']>;
};

/** The audit trails of the five subgraphs. */
export type AuditLog = {
  __typename?: 'AuditLog';
  /** The borderSecurity subgraph's entries, newest first. */
  borderSecurity: Array<AuditEntry>;
  /** Whether the borderSecurity subgraph's audit chain is intact, or where it breaks (as npm run audit:verify checks it). */
  borderSecurityChain: AuditChainState;
  /** The foreignAffairs subgraph's entries, newest first. */
  foreignAffairs: Array<AuditEntry>;
  /** Whether the foreignAffairs subgraph's audit chain is intact, or where it breaks (as npm run audit:verify checks it). */
  foreignAffairsChain: AuditChainState;
  id: Scalars['ID']['output'];
  /** The plans subgraph's entries, newest first. */
  plans: Array<AuditEntry>;
  /** Whether the plans subgraph's audit chain is intact, or where it breaks (as npm run audit:verify checks it). */
  plansChain: AuditChainState;
  /** The tourism subgraph's entries, newest first. */
  tourism: Array<AuditEntry>;
  /** Whether the tourism subgraph's audit chain is intact, or where it breaks (as npm run audit:verify checks it). */
  tourismChain: AuditChainState;
  /** The trade subgraph's entries, newest first. */
  trade: Array<AuditEntry>;
  /** Whether the trade subgraph's audit chain is intact, or where it breaks (as npm run audit:verify checks it). */
  tradeChain: AuditChainState;
};


/** The audit trails of the five subgraphs. */
export type AuditLogBorderSecurityArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  operation?: InputMaybe<Scalars['String']['input']>;
  recordId?: InputMaybe<Scalars['ID']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
  userId?: InputMaybe<Scalars['String']['input']>;
};


/** The audit trails of the five subgraphs. */
export type AuditLogForeignAffairsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  operation?: InputMaybe<Scalars['String']['input']>;
  recordId?: InputMaybe<Scalars['ID']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
  userId?: InputMaybe<Scalars['String']['input']>;
};


/** The audit trails of the five subgraphs. */
export type AuditLogPlansArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  operation?: InputMaybe<Scalars['String']['input']>;
  recordId?: InputMaybe<Scalars['ID']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
  userId?: InputMaybe<Scalars['String']['input']>;
};


/** The audit trails of the five subgraphs. */
export type AuditLogTourismArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  operation?: InputMaybe<Scalars['String']['input']>;
  recordId?: InputMaybe<Scalars['ID']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
  userId?: InputMaybe<Scalars['String']['input']>;
};


/** The audit trails of the five subgraphs. */
export type AuditLogTradeArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  operation?: InputMaybe<Scalars['String']['input']>;
  recordId?: InputMaybe<Scalars['ID']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
  userId?: InputMaybe<Scalars['String']['input']>;
};

export type BorderCommune = {
  __typename?: 'BorderCommune';
  /** The agencies involved. */
  agencies: Array<Agency>;
  /** Length of border it holds, km. */
  borderLengthKm?: Maybe<Scalars['Float']['output']>;
  classification: Classification;
  /** The country across the border. */
  country: Country;
  createdAt: Scalars['DateTime']['output'];
  /** District (huyện, thị xã) it belongs to. */
  district?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  informationPoints?: Maybe<Array<InformationPoint>>;
  /** True for the hub's demonstration records. */
  isDemo: Scalars['Boolean']['output'];
  /** As written, in Vietnamese, e.g. 'Ia Dom'. */
  name: Scalars['String']['output'];
  outreachSessions?: Maybe<Array<OutreachSession>>;
  population?: Maybe<Scalars['Int']['output']>;
  province: Province;
  /** The agency holding that secret document. */
  secretHolder?: Maybe<Scalars['String']['output']>;
  /** A state-secret document this record cites, by its registration number in its holding agency's register — never its content, which stays on that agency's independent LAN. */
  secretRegistrationNumber?: Maybe<Scalars['String']['output']>;
  selfManagementGroups?: Maybe<Array<SelfManagementGroup>>;
  /** The plan task this record carries out. */
  task?: Maybe<Task>;
  updatedAt: Scalars['DateTime']['output'];
  /** Send it back with an update; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['output'];
};


export type BorderCommuneInformationPointsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type BorderCommuneOutreachSessionsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type BorderCommuneSelfManagementGroupsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};

export type BorderCommuneInput = {
  /** Agency ids from the plans directory; [] clears them (null is refused). */
  agencyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  borderLengthKm?: InputMaybe<Scalars['Float']['input']>;
  /** Defaults to INTERNAL. */
  classification?: InputMaybe<Classification>;
  /** The country across the border, ISO 3166-1 alpha-2. */
  countryCode: Scalars['String']['input'];
  district?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  population?: InputMaybe<Scalars['Int']['input']>;
  /** ISO 3166-2:VN, e.g. VN-30. */
  provinceCode: Scalars['String']['input'];
  /** The agency holding the cited secret document. */
  secretHolder?: InputMaybe<Scalars['String']['input']>;
  /** A state-secret document cited by its registration number (never its content). */
  secretRegistrationNumber?: InputMaybe<Scalars['String']['input']>;
  /** The plan task this record carries out. */
  taskId?: InputMaybe<Scalars['ID']['input']>;
};

export type BorderGate = {
  __typename?: 'BorderGate';
  /** The agencies involved. */
  agencies: Array<Agency>;
  /** Incidents at the gate (classified). */
  borderIncidents?: Maybe<Array<BorderIncident>>;
  classification: Classification;
  /** The neighbouring country. */
  country: Country;
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** District (huyện, thị xã) it lies in. */
  district?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Information points at the gate. */
  informationPoints?: Maybe<Array<InformationPoint>>;
  /** Projects in the gate's economic zone. */
  investmentProjects?: Maybe<Array<InvestmentProject>>;
  /** True for the hub's demonstration records. */
  isDemo: Scalars['Boolean']['output'];
  kind: BorderGateKind;
  /** As written, in Vietnamese, e.g. 'Lệ Thanh'. */
  name: Scalars['String']['output'];
  openedOn?: Maybe<Scalars['Date']['output']>;
  /** The gate's name on the other side, e.g. 'O Yadav'. */
  oppositeGate?: Maybe<Scalars['String']['output']>;
  /** Outreach sessions held at or for the gate. */
  outreachSessions?: Maybe<Array<OutreachSession>>;
  /** Foreign press visits that entered through this gate. */
  pressVisits?: Maybe<Array<ForeignPressVisit>>;
  province: Province;
  /** The agency holding that secret document. */
  secretHolder?: Maybe<Scalars['String']['output']>;
  /** A state-secret document this record cites, by its registration number in its holding agency's register — never its content, which stays on that agency's independent LAN. */
  secretRegistrationNumber?: Maybe<Scalars['String']['output']>;
  /** The plan task this record carries out. */
  task?: Maybe<Task>;
  /** Plan tasks that name this gate. */
  tasks?: Maybe<Array<Task>>;
  /** Trade events in the gate's economic zone. */
  tradeEvents?: Maybe<Array<TradeEvent>>;
  updatedAt: Scalars['DateTime']['output'];
  /** Send it back with an update; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['output'];
};


export type BorderGateBorderIncidentsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type BorderGateInformationPointsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type BorderGateInvestmentProjectsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type BorderGateOutreachSessionsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type BorderGatePressVisitsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type BorderGateTasksArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type BorderGateTradeEventsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};

export type BorderGateInput = {
  /** Agency ids from the plans directory; [] clears them (null is refused). */
  agencyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Defaults to INTERNAL. */
  classification?: InputMaybe<Classification>;
  /** The neighbouring country, ISO 3166-1 alpha-2. */
  countryCode: Scalars['String']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  district?: InputMaybe<Scalars['String']['input']>;
  kind: BorderGateKind;
  name: Scalars['String']['input'];
  openedOn?: InputMaybe<Scalars['Date']['input']>;
  oppositeGate?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-2:VN, e.g. VN-30. */
  provinceCode: Scalars['String']['input'];
  /** The agency holding the cited secret document. */
  secretHolder?: InputMaybe<Scalars['String']['input']>;
  /** A state-secret document cited by its registration number (never its content). */
  secretRegistrationNumber?: InputMaybe<Scalars['String']['input']>;
  /** The plan task this record carries out. */
  taskId?: InputMaybe<Scalars['ID']['input']>;
};

/** Cửa khẩu quốc tế, quốc gia, phụ. */
export type BorderGateKind =
  | 'AUXILIARY'
  | 'INTERNATIONAL'
  | 'NATIONAL';

export type BorderIncident = {
  __typename?: 'BorderIncident';
  actionTaken?: Maybe<Scalars['String']['output']>;
  /** The agencies involved. */
  agencies: Array<Agency>;
  borderCommune?: Maybe<BorderCommune>;
  borderGate?: Maybe<BorderGate>;
  classification: Classification;
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** True for the hub's demonstration records. */
  isDemo: Scalars['Boolean']['output'];
  occurredOn?: Maybe<Scalars['Date']['output']>;
  province: Province;
  /** The agency holding that secret document. */
  secretHolder?: Maybe<Scalars['String']['output']>;
  /** A state-secret document this record cites, by its registration number in its holding agency's register — never its content, which stays on that agency's independent LAN. */
  secretRegistrationNumber?: Maybe<Scalars['String']['output']>;
  /** The plan task this record carries out. */
  task?: Maybe<Task>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Send it back with an update; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['output'];
};

export type BorderIncidentInput = {
  actionTaken?: InputMaybe<Scalars['String']['input']>;
  /** Agency ids from the plans directory; [] clears them (null is refused). */
  agencyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  borderCommuneId?: InputMaybe<Scalars['ID']['input']>;
  borderGateId?: InputMaybe<Scalars['ID']['input']>;
  /** Defaults to SECRET. */
  classification?: InputMaybe<Classification>;
  description?: InputMaybe<Scalars['String']['input']>;
  occurredOn?: InputMaybe<Scalars['Date']['input']>;
  /** ISO 3166-2:VN, e.g. VN-30. */
  provinceCode: Scalars['String']['input'];
  /** The agency holding the cited secret document. */
  secretHolder?: InputMaybe<Scalars['String']['input']>;
  /** A state-secret document cited by its registration number (never its content). */
  secretRegistrationNumber?: InputMaybe<Scalars['String']['input']>;
  /** The plan task this record carries out. */
  taskId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
};

/** The border guard's figures for a province and year. Classified records (incidents) are never counted here. */
export type BorderSummary = {
  __typename?: 'BorderSummary';
  /** People who attended those sessions. */
  attendees: Scalars['Int']['output'];
  /** Information points installed in the year. */
  informationPoints: Scalars['Int']['output'];
  /** Outreach sessions held in the year. */
  outreachSessions: Scalars['Int']['output'];
};

/** PUBLIC: anyone. INTERNAL: officials of the record's province. SECRET: state secret, cleared users of the agencies concerned. */
export type Classification =
  | 'INTERNAL'
  | 'PUBLIC'
  | 'SECRET';

/** A country by its ISO 3166-1 alpha-2 code. */
export type Country = {
  __typename?: 'Country';
  /** Border gates facing this country. */
  borderGates?: Maybe<Array<BorderGate>>;
  /** ISO 3166-1 alpha-2, e.g. KH. */
  code: Scalars['String']['output'];
  /** Cultural events held in this country or with it as partner. */
  culturalEvents?: Maybe<Array<CulturalEvent>>;
  /** Delegations received from or sent to this country. */
  delegations?: Maybe<Array<Delegation>>;
  /** Projects whose investor comes from this country. */
  investmentProjects?: Maybe<Array<InvestmentProject>>;
  /** Vietnamese name, e.g. 'Campuchia'. */
  name: Scalars['String']['output'];
  /** English name, e.g. 'Cambodia'. */
  nameEn: Scalars['String']['output'];
  /** Vietnamese communities living in this country. */
  overseasCommunities?: Maybe<Array<OverseasCommunity>>;
  /** Localities of this country that Vietnamese provinces partner. */
  partnerLocalities?: Maybe<Array<PartnerLocality>>;
  /** Visits by this country's press. */
  pressVisits?: Maybe<Array<ForeignPressVisit>>;
  /** Tourism campaigns aimed at this market. */
  promotionCampaigns?: Maybe<Array<PromotionCampaign>>;
  /** Trade events held in or aimed at this country. */
  tradeEvents?: Maybe<Array<TradeEvent>>;
};


/** A country by its ISO 3166-1 alpha-2 code. */
export type CountryBorderGatesArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


/** A country by its ISO 3166-1 alpha-2 code. */
export type CountryCulturalEventsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


/** A country by its ISO 3166-1 alpha-2 code. */
export type CountryDelegationsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


/** A country by its ISO 3166-1 alpha-2 code. */
export type CountryInvestmentProjectsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


/** A country by its ISO 3166-1 alpha-2 code. */
export type CountryOverseasCommunitiesArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


/** A country by its ISO 3166-1 alpha-2 code. */
export type CountryPartnerLocalitiesArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


/** A country by its ISO 3166-1 alpha-2 code. */
export type CountryPressVisitsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


/** A country by its ISO 3166-1 alpha-2 code. */
export type CountryPromotionCampaignsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


/** A country by its ISO 3166-1 alpha-2 code. */
export type CountryTradeEventsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};

export type CulturalEvent = {
  __typename?: 'CulturalEvent';
  /** The agencies involved. */
  agencies: Array<Agency>;
  classification: Classification;
  /** Communities whose culture it presents, e.g. Kinh, Hoa, Khmer, Chăm, Jrai, Bahnar. */
  communities: Array<Scalars['String']['output']>;
  /** Where it is held when abroad, or the partner country. */
  country?: Maybe<Country>;
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  endsOn?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  /** True for the hub's demonstration records. */
  isDemo: Scalars['Boolean']['output'];
  kind: CulturalEventKind;
  /** As written, in Vietnamese. */
  name: Scalars['String']['output'];
  province: Province;
  /** The agency holding that secret document. */
  secretHolder?: Maybe<Scalars['String']['output']>;
  /** A state-secret document this record cites, by its registration number in its holding agency's register — never its content, which stays on that agency's independent LAN. */
  secretRegistrationNumber?: Maybe<Scalars['String']['output']>;
  startsOn?: Maybe<Scalars['Date']['output']>;
  /** The plan task this record carries out. */
  task?: Maybe<Task>;
  updatedAt: Scalars['DateTime']['output'];
  venue?: Maybe<Scalars['String']['output']>;
  /** Send it back with an update; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['output'];
};

export type CulturalEventInput = {
  /** Agency ids from the plans directory; [] clears them (null is refused). */
  agencyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Defaults to INTERNAL. */
  classification?: InputMaybe<Classification>;
  /** [] clears the list. */
  communities?: InputMaybe<Array<Scalars['String']['input']>>;
  /** ISO 3166-1 alpha-2, e.g. KH. */
  countryCode?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  kind: CulturalEventKind;
  name: Scalars['String']['input'];
  /** ISO 3166-2:VN, e.g. VN-30. */
  provinceCode: Scalars['String']['input'];
  /** The agency holding the cited secret document. */
  secretHolder?: InputMaybe<Scalars['String']['input']>;
  /** A state-secret document cited by its registration number (never its content). */
  secretRegistrationNumber?: InputMaybe<Scalars['String']['input']>;
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  /** The plan task this record carries out. */
  taskId?: InputMaybe<Scalars['ID']['input']>;
  venue?: InputMaybe<Scalars['String']['input']>;
};

export type CulturalEventKind =
  | 'CULTURAL_EXCHANGE'
  | 'EXHIBITION'
  | 'FESTIVAL'
  | 'PERFORMANCE'
  | 'SPORTS_EXCHANGE';

export type DeadlineDateInput = {
  dueOn: Scalars['Date']['input'];
  period: ReportPeriod;
};

export type Delegation = {
  __typename?: 'Delegation';
  /** The agencies involved. */
  agencies: Array<Agency>;
  classification: Classification;
  /** The foreign country it comes from or goes to. */
  country?: Maybe<Country>;
  createdAt: Scalars['DateTime']['output'];
  direction: DelegationDirection;
  endsOn?: Maybe<Scalars['Date']['output']>;
  /** The position of who heads it, e.g. 'Phó Chủ tịch UBND tỉnh'; never a person's private data. */
  headedBy?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** True for the hub's demonstration records. */
  isDemo: Scalars['Boolean']['output'];
  memberCount?: Maybe<Scalars['Int']['output']>;
  /** As written, in Vietnamese. */
  name: Scalars['String']['output'];
  /** The partner locality it visits or comes from. */
  partnerLocality?: Maybe<PartnerLocality>;
  province: Province;
  purpose?: Maybe<Scalars['String']['output']>;
  /** The agency holding that secret document. */
  secretHolder?: Maybe<Scalars['String']['output']>;
  /** A state-secret document this record cites, by its registration number in its holding agency's register — never its content, which stays on that agency's independent LAN. */
  secretRegistrationNumber?: Maybe<Scalars['String']['output']>;
  startsOn?: Maybe<Scalars['Date']['output']>;
  /** The plan task this record carries out. */
  task?: Maybe<Task>;
  updatedAt: Scalars['DateTime']['output'];
  /** Send it back with an update; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['output'];
};

/** INCOMING: a foreign delegation visits the province. OUTGOING: the province's delegation goes abroad. */
export type DelegationDirection =
  | 'INCOMING'
  | 'OUTGOING';

export type DelegationInput = {
  /** Agency ids from the plans directory; [] clears them (null is refused). */
  agencyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Defaults to INTERNAL. */
  classification?: InputMaybe<Classification>;
  /** ISO 3166-1 alpha-2, e.g. KH. */
  countryCode: Scalars['String']['input'];
  direction: DelegationDirection;
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  headedBy?: InputMaybe<Scalars['String']['input']>;
  memberCount?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  /** Id of a PartnerLocality. */
  partnerLocalityId?: InputMaybe<Scalars['ID']['input']>;
  /** ISO 3166-2:VN, e.g. VN-30. */
  provinceCode: Scalars['String']['input'];
  purpose?: InputMaybe<Scalars['String']['input']>;
  /** The agency holding the cited secret document. */
  secretHolder?: InputMaybe<Scalars['String']['input']>;
  /** A state-secret document cited by its registration number (never its content). */
  secretRegistrationNumber?: InputMaybe<Scalars['String']['input']>;
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  /** The plan task this record carries out. */
  taskId?: InputMaybe<Scalars['ID']['input']>;
};

export type Destination = {
  __typename?: 'Destination';
  /** The agencies involved. */
  agencies: Array<Agency>;
  classification: Classification;
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** District-level unit as written, e.g. 'huyện Đức Cơ', 'thành phố Châu Đốc'. */
  district?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** True for the hub's demonstration records. */
  isDemo: Scalars['Boolean']['output'];
  kind: DestinationKind;
  /** Languages promotional material about it exists in (ISO 639 codes: vi, en, km, jra, …). */
  materialLanguages: Array<Scalars['String']['output']>;
  /** As written, in Vietnamese. */
  name: Scalars['String']['output'];
  province: Province;
  /** The agency holding that secret document. */
  secretHolder?: Maybe<Scalars['String']['output']>;
  /** A state-secret document this record cites, by its registration number in its holding agency's register — never its content, which stays on that agency's independent LAN. */
  secretRegistrationNumber?: Maybe<Scalars['String']['output']>;
  /** The plan task this record carries out. */
  task?: Maybe<Task>;
  updatedAt: Scalars['DateTime']['output'];
  /** Send it back with an update; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['output'];
};

export type DestinationInput = {
  /** Agency ids from the plans directory; [] clears them (null is refused). */
  agencyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Defaults to INTERNAL. */
  classification?: InputMaybe<Classification>;
  description?: InputMaybe<Scalars['String']['input']>;
  district?: InputMaybe<Scalars['String']['input']>;
  kind: DestinationKind;
  /** ISO 639 codes, e.g. ['vi', 'en', 'km']; [] clears the list. */
  materialLanguages?: InputMaybe<Array<Scalars['String']['input']>>;
  name: Scalars['String']['input'];
  /** ISO 3166-2:VN, e.g. VN-30. */
  provinceCode: Scalars['String']['input'];
  /** The agency holding the cited secret document. */
  secretHolder?: InputMaybe<Scalars['String']['input']>;
  /** A state-secret document cited by its registration number (never its content). */
  secretRegistrationNumber?: InputMaybe<Scalars['String']['input']>;
  /** The plan task this record carries out. */
  taskId?: InputMaybe<Scalars['ID']['input']>;
};

export type DestinationKind =
  | 'BORDER_TOURISM'
  | 'CULTURAL_HERITAGE'
  | 'ECOTOURISM'
  | 'HISTORIC_SITE'
  | 'SCENIC_SPOT'
  | 'SPIRITUAL';

export type ErasureReceipt = {
  __typename?: 'ErasureReceipt';
  /** Whether the key sealing the person's data in the audit trail was destroyed: what the trail kept cannot be read again. */
  auditTrailSealed: Scalars['Boolean']['output'];
  erasedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
};

export type FocalPoint = {
  __typename?: 'FocalPoint';
  /** The agency that named the focal point. */
  agency?: Maybe<Agency>;
  appointedOn?: Maybe<Scalars['Date']['output']>;
  classification: Classification;
  /** Whether the asking official may read this focal point's phone and e-mail: when false, null is not 'none' but 'not shown to you'. */
  contactShown: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** As phone. */
  email?: Maybe<Scalars['String']['output']>;
  fullName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Only for the province's coordinators in charge of foreign information, the focal point's own agency and admins; every read is logged. */
  phone?: Maybe<Scalars['String']['output']>;
  position?: Maybe<Scalars['String']['output']>;
  role: FocalPointRole;
  updatedAt: Scalars['DateTime']['output'];
  /** Send it back with an update; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['output'];
};

export type FocalPointInput = {
  agencyId: Scalars['ID']['input'];
  appointedOn?: InputMaybe<Scalars['Date']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  fullName: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  position?: InputMaybe<Scalars['String']['input']>;
  role: FocalPointRole;
};

export type FocalPointRole =
  | 'LEADER'
  | 'OFFICER';

/** The foreign affairs department's figures for a province and year. */
export type ForeignAffairsSummary = {
  __typename?: 'ForeignAffairsSummary';
  /** Delegations, incoming and outgoing, starting in the year. */
  delegations: Scalars['Int']['output'];
  /** Media items published in the year. */
  mediaItems: Scalars['Int']['output'];
  /** Press conferences held in the year. */
  pressConferences: Scalars['Int']['output'];
  /** Foreign press visits arriving in the year. */
  pressVisits: Scalars['Int']['output'];
  /** Media items published in the year that have a rebuttal. */
  rebuttals: Scalars['Int']['output'];
};

/** Who is in charge of a province's foreign information on a date, and the ministry its work answers to: a document's issuer and recipient. */
export type ForeignInformationAuthority = {
  __typename?: 'ForeignInformationAuthority';
  /** The department in charge: STTTT until 28/02/2025, the culture department since. */
  agencyCode?: Maybe<Scalars['String']['output']>;
  /** The department in charge's directory id. */
  agencyId?: Maybe<Scalars['String']['output']>;
  /** Its name as the directory holds it. */
  agencyName?: Maybe<Scalars['String']['output']>;
  /** Bộ Thông tin và Truyền thông until 28/02/2025; Bộ Văn hóa, Thể thao và Du lịch since. */
  ministry: Scalars['String']['output'];
  /** The ministry's office for foreign information. */
  ministryOffice: Scalars['String']['output'];
  on: Scalars['Date']['output'];
  /** Who signs for the department in charge on that date, the head first. */
  signatories: Array<Signatory>;
};

export type ForeignPressVisit = {
  __typename?: 'ForeignPressVisit';
  /** The agencies involved. */
  agencies: Array<Agency>;
  arrivesOn?: Maybe<Scalars['Date']['output']>;
  /** The gate the reporters entered through, if any. */
  borderGate?: Maybe<BorderGate>;
  classification: Classification;
  /** Where the outlet comes from. */
  country?: Maybe<Country>;
  createdAt: Scalars['DateTime']['output'];
  departsOn?: Maybe<Scalars['Date']['output']>;
  /** Who hosts them in the province, as written. */
  hostAgency?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** True for the hub's demonstration records. */
  isDemo: Scalars['Boolean']['output'];
  /** The news organisation, as written, e.g. 'Đài Truyền hình Quốc gia Campuchia (TVK)'. */
  outlet: Scalars['String']['output'];
  province: Province;
  /** What they came to cover. */
  purpose?: Maybe<Scalars['String']['output']>;
  reporterCount?: Maybe<Scalars['Int']['output']>;
  /** The agency holding that secret document. */
  secretHolder?: Maybe<Scalars['String']['output']>;
  /** A state-secret document this record cites, by its registration number in its holding agency's register — never its content, which stays on that agency's independent LAN. */
  secretRegistrationNumber?: Maybe<Scalars['String']['output']>;
  /** The plan task this record carries out. */
  task?: Maybe<Task>;
  updatedAt: Scalars['DateTime']['output'];
  /** Send it back with an update; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['output'];
};

export type ForeignPressVisitInput = {
  /** Agency ids from the plans directory; [] clears them (null is refused). */
  agencyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  arrivesOn?: InputMaybe<Scalars['Date']['input']>;
  /** Border gate id, e.g. VN-44-tinh-bien. */
  borderGateId?: InputMaybe<Scalars['ID']['input']>;
  /** Defaults to INTERNAL. */
  classification?: InputMaybe<Classification>;
  /** ISO 3166-1 alpha-2, e.g. KH. */
  countryCode: Scalars['String']['input'];
  departsOn?: InputMaybe<Scalars['Date']['input']>;
  hostAgency?: InputMaybe<Scalars['String']['input']>;
  outlet: Scalars['String']['input'];
  /** ISO 3166-2:VN, e.g. VN-30. */
  provinceCode: Scalars['String']['input'];
  purpose?: InputMaybe<Scalars['String']['input']>;
  reporterCount?: InputMaybe<Scalars['Int']['input']>;
  /** The agency holding the cited secret document. */
  secretHolder?: InputMaybe<Scalars['String']['input']>;
  /** A state-secret document cited by its registration number (never its content). */
  secretRegistrationNumber?: InputMaybe<Scalars['String']['input']>;
  /** The plan task this record carries out. */
  taskId?: InputMaybe<Scalars['ID']['input']>;
};

export type FtaOutreach = {
  __typename?: 'FtaOutreach';
  /** The agencies involved. */
  agencies: Array<Agency>;
  /** The agreement explained, e.g. 'EVFTA'. */
  agreement: Scalars['String']['output'];
  attendees?: Maybe<Scalars['Int']['output']>;
  /** Who it was for, e.g. 'doanh nghiệp xuất khẩu'. */
  audience?: Maybe<Scalars['String']['output']>;
  classification: Classification;
  createdAt: Scalars['DateTime']['output'];
  heldOn?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  /** True for the hub's demonstration records. */
  isDemo: Scalars['Boolean']['output'];
  province: Province;
  /** The agency holding that secret document. */
  secretHolder?: Maybe<Scalars['String']['output']>;
  /** A state-secret document this record cites, by its registration number in its holding agency's register — never its content, which stays on that agency's independent LAN. */
  secretRegistrationNumber?: Maybe<Scalars['String']['output']>;
  /** The plan task this record carries out. */
  task?: Maybe<Task>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  venue?: Maybe<Scalars['String']['output']>;
  /** Send it back with an update; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['output'];
};

export type FtaOutreachInput = {
  /** Agency ids from the plans directory; [] clears them (null is refused). */
  agencyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  agreement: Scalars['String']['input'];
  attendees?: InputMaybe<Scalars['Int']['input']>;
  audience?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to INTERNAL. */
  classification?: InputMaybe<Classification>;
  heldOn?: InputMaybe<Scalars['Date']['input']>;
  /** ISO 3166-2:VN, e.g. VN-30. */
  provinceCode: Scalars['String']['input'];
  /** The agency holding the cited secret document. */
  secretHolder?: InputMaybe<Scalars['String']['input']>;
  /** A state-secret document cited by its registration number (never its content). */
  secretRegistrationNumber?: InputMaybe<Scalars['String']['input']>;
  /** The plan task this record carries out. */
  taskId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
  venue?: InputMaybe<Scalars['String']['input']>;
};

/** Which agencies of a province hold one state-management function on a date. */
export type FunctionHolders = {
  __typename?: 'FunctionHolders';
  /** The holders' directory codes. */
  agencyCodes: Array<Scalars['String']['output']>;
  /** The texts that assign the function to them. */
  bases: Array<Scalars['String']['output']>;
  /** FOREIGN_INFORMATION, TRADE_PROMOTION, TOURISM, FOREIGN_AFFAIRS, BORDER_SECURITY, DIGITAL_TRANSFORMATION. */
  function: Scalars['String']['output'];
  /** In Vietnamese, as a document names it: thông tin đối ngoại. */
  label: Scalars['String']['output'];
};

/** Why the import would be refused, exactly as `importPlan` would say it. */
export type ImportRefusal = {
  __typename?: 'ImportRefusal';
  code: Scalars['String']['output'];
  /** In English. */
  message: Scalars['String']['output'];
  /** The figures the message states, for a reader's own wording. */
  params: Array<MessageParam>;
  /** What exactly is refused, as a stable code (docs/importing.md lists them). */
  reason?: Maybe<Scalars['String']['output']>;
};

/** One warning of the parser: its code, where it points, its figures, and the English sentence. */
export type ImportWarning = {
  __typename?: 'ImportWarning';
  /** A stable code (docs/importing.md lists them). */
  code: Scalars['String']['output'];
  /** In English, beginning with where it is. */
  message: Scalars['String']['output'];
  params: Array<MessageParam>;
  place: WarningPlace;
};

export type InformationPoint = {
  __typename?: 'InformationPoint';
  /** The agencies involved. */
  agencies: Array<Agency>;
  /** The border commune it stands in. */
  borderCommune?: Maybe<BorderCommune>;
  /** The gate it stands at. */
  borderGate?: Maybe<BorderGate>;
  classification: Classification;
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** When it went into service; null while not yet installed. */
  installedOn?: Maybe<Scalars['Date']['output']>;
  /** True for the hub's demonstration records. */
  isDemo: Scalars['Boolean']['output'];
  kind: InformationPointKind;
  /** Languages of its content, ISO 639 codes (vi, km, en, jra…). */
  languages: Array<Scalars['String']['output']>;
  /** As written, in Vietnamese. */
  name: Scalars['String']['output'];
  province: Province;
  /** The agency holding that secret document. */
  secretHolder?: Maybe<Scalars['String']['output']>;
  /** A state-secret document this record cites, by its registration number in its holding agency's register — never its content, which stays on that agency's independent LAN. */
  secretRegistrationNumber?: Maybe<Scalars['String']['output']>;
  status: InformationPointStatus;
  /** The plan task this record carries out. */
  task?: Maybe<Task>;
  updatedAt: Scalars['DateTime']['output'];
  /** Send it back with an update; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['output'];
};

export type InformationPointInput = {
  /** Agency ids from the plans directory; [] clears them (null is refused). */
  agencyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  borderCommuneId?: InputMaybe<Scalars['ID']['input']>;
  borderGateId?: InputMaybe<Scalars['ID']['input']>;
  /** Defaults to INTERNAL. */
  classification?: InputMaybe<Classification>;
  description?: InputMaybe<Scalars['String']['input']>;
  installedOn?: InputMaybe<Scalars['Date']['input']>;
  kind: InformationPointKind;
  /** ISO 639 codes, e.g. vi, km, en, jra. */
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  name: Scalars['String']['input'];
  /** ISO 3166-2:VN, e.g. VN-30. */
  provinceCode: Scalars['String']['input'];
  /** The agency holding the cited secret document. */
  secretHolder?: InputMaybe<Scalars['String']['input']>;
  /** A state-secret document cited by its registration number (never its content). */
  secretRegistrationNumber?: InputMaybe<Scalars['String']['input']>;
  status: InformationPointStatus;
  /** The plan task this record carries out. */
  taskId?: InputMaybe<Scalars['ID']['input']>;
};

/** Cụm pa nô, điểm thông tin, màn hình, loa. */
export type InformationPointKind =
  | 'INFORMATION_POINT'
  | 'LOUDSPEAKER'
  | 'PANEL_CLUSTER'
  | 'SCREEN';

export type InformationPointStatus =
  | 'OPERATING'
  | 'OUT_OF_SERVICE'
  | 'PLANNED'
  | 'UNDER_CONSTRUCTION';

export type InvestmentProject = {
  __typename?: 'InvestmentProject';
  /** The agencies involved. */
  agencies: Array<Agency>;
  borderGate?: Maybe<BorderGate>;
  /** Registered or expected capital, million USD. */
  capitalMillionUsd?: Maybe<Scalars['Float']['output']>;
  classification: Classification;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  investor?: Maybe<Scalars['String']['output']>;
  investorCountry?: Maybe<Country>;
  /** True for the hub's demonstration records. */
  isDemo: Scalars['Boolean']['output'];
  location?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  province: Province;
  /** When it was called for or licensed. */
  registeredOn?: Maybe<Scalars['Date']['output']>;
  /** The agency holding that secret document. */
  secretHolder?: Maybe<Scalars['String']['output']>;
  /** A state-secret document this record cites, by its registration number in its holding agency's register — never its content, which stays on that agency's independent LAN. */
  secretRegistrationNumber?: Maybe<Scalars['String']['output']>;
  /** e.g. 'Logistics', 'Chế biến nông sản'. */
  sector: Scalars['String']['output'];
  status: InvestmentProjectStatus;
  /** The plan task this record carries out. */
  task?: Maybe<Task>;
  updatedAt: Scalars['DateTime']['output'];
  /** Send it back with an update; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['output'];
};

export type InvestmentProjectInput = {
  /** Agency ids from the plans directory; [] clears them (null is refused). */
  agencyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The border gate whose economic zone hosts it. */
  borderGateId?: InputMaybe<Scalars['ID']['input']>;
  capitalMillionUsd?: InputMaybe<Scalars['Float']['input']>;
  /** Defaults to INTERNAL. */
  classification?: InputMaybe<Classification>;
  investor?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-1 alpha-2, e.g. KH. */
  investorCountryCode?: InputMaybe<Scalars['String']['input']>;
  location?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** ISO 3166-2:VN, e.g. VN-30. */
  provinceCode: Scalars['String']['input'];
  registeredOn?: InputMaybe<Scalars['Date']['input']>;
  /** The agency holding the cited secret document. */
  secretHolder?: InputMaybe<Scalars['String']['input']>;
  /** A state-secret document cited by its registration number (never its content). */
  secretRegistrationNumber?: InputMaybe<Scalars['String']['input']>;
  sector: Scalars['String']['input'];
  status: InvestmentProjectStatus;
  /** The plan task this record carries out. */
  taskId?: InputMaybe<Scalars['ID']['input']>;
};

export type InvestmentProjectStatus =
  | 'CALLING_FOR_INVESTMENT'
  | 'LICENSED'
  | 'OPERATING'
  | 'UNDER_CONSTRUCTION'
  | 'WITHDRAWN';

export type LegalBasis = {
  __typename?: 'LegalBasis';
  issuedOn?: Maybe<Scalars['Date']['output']>;
  issuer?: Maybe<Scalars['String']['output']>;
  /** Kết luận, Nghị định, Chỉ thị, Quyết định, Thông tư, Công văn, … */
  kind: Scalars['String']['output'];
  /** e.g. '72/2015/NĐ-CP'. */
  number?: Maybe<Scalars['String']['output']>;
  /** The reference as written. */
  text: Scalars['String']['output'];
};

export type MediaMonitoringItem = {
  __typename?: 'MediaMonitoringItem';
  /** The agencies involved. */
  agencies: Array<Agency>;
  classification: Classification;
  /** The outlet's country, when known. */
  country?: Maybe<Country>;
  createdAt: Scalars['DateTime']['output'];
  headline: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** True for the hub's demonstration records. */
  isDemo: Scalars['Boolean']['output'];
  /** Where it appeared, as written. */
  outlet: Scalars['String']['output'];
  province: Province;
  publishedOn?: Maybe<Scalars['Date']['output']>;
  /** The province's explanation or rebuttal, as published. */
  rebuttal?: Maybe<Scalars['String']['output']>;
  rebuttedOn?: Maybe<Scalars['Date']['output']>;
  /** The agency holding that secret document. */
  secretHolder?: Maybe<Scalars['String']['output']>;
  /** A state-secret document this record cites, by its registration number in its holding agency's register — never its content, which stays on that agency's independent LAN. */
  secretRegistrationNumber?: Maybe<Scalars['String']['output']>;
  sentiment: MediaSentiment;
  /** The plan task this record carries out. */
  task?: Maybe<Task>;
  updatedAt: Scalars['DateTime']['output'];
  url?: Maybe<Scalars['String']['output']>;
  /** Send it back with an update; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['output'];
};

export type MediaMonitoringItemInput = {
  /** Agency ids from the plans directory; [] clears them (null is refused). */
  agencyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Defaults to INTERNAL. */
  classification?: InputMaybe<Classification>;
  /** ISO 3166-1 alpha-2, e.g. KH. */
  countryCode?: InputMaybe<Scalars['String']['input']>;
  headline: Scalars['String']['input'];
  outlet: Scalars['String']['input'];
  /** ISO 3166-2:VN, e.g. VN-30. */
  provinceCode: Scalars['String']['input'];
  publishedOn?: InputMaybe<Scalars['Date']['input']>;
  rebuttal?: InputMaybe<Scalars['String']['input']>;
  rebuttedOn?: InputMaybe<Scalars['Date']['input']>;
  /** The agency holding the cited secret document. */
  secretHolder?: InputMaybe<Scalars['String']['input']>;
  /** A state-secret document cited by its registration number (never its content). */
  secretRegistrationNumber?: InputMaybe<Scalars['String']['input']>;
  sentiment: MediaSentiment;
  /** The plan task this record carries out. */
  taskId?: InputMaybe<Scalars['ID']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

/** How the coverage presents the province; FALSE_INFORMATION calls for a rebuttal. */
export type MediaSentiment =
  | 'FALSE_INFORMATION'
  | 'NEGATIVE'
  | 'NEUTRAL'
  | 'POSITIVE';

/** One figure a message states, by name, for a reader's own wording of it. */
export type MessageParam = {
  __typename?: 'MessageParam';
  name: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Records a new Agency. */
  createAgency: Agency;
  /** Registers a platform's client of the REST door; admins only. The secret is shown this once. */
  createApiClient: ApiClientCredentials;
  /** Records a new BorderCommune. */
  createBorderCommune: BorderCommune;
  /** Records a new BorderGate. */
  createBorderGate: BorderGate;
  /** Records a new BorderIncident. */
  createBorderIncident: BorderIncident;
  /** Records a new CulturalEvent. */
  createCulturalEvent: CulturalEvent;
  /** Records a new Delegation. */
  createDelegation: Delegation;
  /** Records a new Destination. */
  createDestination: Destination;
  /** Records a new FocalPoint. */
  createFocalPoint: FocalPoint;
  /** Records a new ForeignPressVisit. */
  createForeignPressVisit: ForeignPressVisit;
  /** Records a new FtaOutreach. */
  createFtaOutreach: FtaOutreach;
  /** Records a new InformationPoint. */
  createInformationPoint: InformationPoint;
  /** Records a new InvestmentProject. */
  createInvestmentProject: InvestmentProject;
  /** Records a new MediaMonitoringItem. */
  createMediaMonitoringItem: MediaMonitoringItem;
  /** Records a new OutreachSession. */
  createOutreachSession: OutreachSession;
  /** Records a new OverseasCommunity. */
  createOverseasCommunity: OverseasCommunity;
  /** Records a new PartnerLocality. */
  createPartnerLocality: PartnerLocality;
  /** Records a new Plan. */
  createPlan: Plan;
  /** Records a new PressConference. */
  createPressConference: PressConference;
  /** Records a new Product. */
  createProduct: Product;
  /** Records a new PromotionCampaign. */
  createPromotionCampaign: PromotionCampaign;
  /** Records a new Publication. */
  createPublication: Publication;
  /** Records an agency's report against a deadline with its document: number, date and file (PDF or Word) required. The agency's officer submits its own; the department in charge records one received on paper. */
  createReport: Report;
  /** Sets a reporting deadline on a plan (information department). */
  createReportingDeadline: ReportingDeadline;
  /** Records a new SelfManagementGroup. */
  createSelfManagementGroup: SelfManagementGroup;
  /** Records a new Signatory. */
  createSignatory: Signatory;
  /** Adds a task to a plan (information department). */
  createTask: Task;
  /** Records a new TradeEvent. */
  createTradeEvent: TradeEvent;
  /** Erases a person's focal-point record at their request (the data-protection officer or an admin of the province): the record goes, and the key sealing its personal fields in the audit trail is destroyed, so the trail keeps nothing readable of them and still verifies. */
  erasePersonalData: ErasureReceipt;
  /** Reads a plan document (Word, PDF, HTML, Markdown, plain text or a scan, by OCR) and loads it, all or nothing (coordinators of its province). Importing the same plan again updates it. A province or agencies missing from the directory refuse it unless addUnknown is true. */
  importPlan: Plan;
  /** Records that the asking official exported focal points' contact details (a spreadsheet): those they may read are logged and counted. */
  recordContactExport: Scalars['Int']['output'];
  /** Enters a secret document in the register before it leaves (the department in charge of foreign information, cleared for SECRET). */
  registerOutgoingSecretDocument: OutgoingSecretDocument;
  /** Revokes an API client: its calls are refused from now on. Revoking it again changes nothing. */
  revokeApiClient: ApiClient;
  /** Changes an Agency: omitted fields keep their value, null clears one. Refused with CONFLICT when `version` is stale. */
  updateAgency: Agency;
  /** Changes a BorderCommune: omitted fields keep their value, null clears one. Refused with CONFLICT when `version` is stale. */
  updateBorderCommune: BorderCommune;
  /** Changes a BorderGate: omitted fields keep their value, null clears one. Refused with CONFLICT when `version` is stale. */
  updateBorderGate: BorderGate;
  /** Changes a BorderIncident: omitted fields keep their value, null clears one. Refused with CONFLICT when `version` is stale. */
  updateBorderIncident: BorderIncident;
  /** Changes a CulturalEvent: omitted fields keep their value, null clears one. Refused with CONFLICT when `version` is stale. */
  updateCulturalEvent: CulturalEvent;
  /** Changes a Delegation: omitted fields keep their value, null clears one. Refused with CONFLICT when `version` is stale. */
  updateDelegation: Delegation;
  /** Changes a Destination: omitted fields keep their value, null clears one. Refused with CONFLICT when `version` is stale. */
  updateDestination: Destination;
  /** Changes a FocalPoint: omitted fields keep their value, null clears one. Refused with CONFLICT when `version` is stale. */
  updateFocalPoint: FocalPoint;
  /** Changes a ForeignPressVisit: omitted fields keep their value, null clears one. Refused with CONFLICT when `version` is stale. */
  updateForeignPressVisit: ForeignPressVisit;
  /** Changes a FtaOutreach: omitted fields keep their value, null clears one. Refused with CONFLICT when `version` is stale. */
  updateFtaOutreach: FtaOutreach;
  /** Changes an InformationPoint: omitted fields keep their value, null clears one. Refused with CONFLICT when `version` is stale. */
  updateInformationPoint: InformationPoint;
  /** Changes an InvestmentProject: omitted fields keep their value, null clears one. Refused with CONFLICT when `version` is stale. */
  updateInvestmentProject: InvestmentProject;
  /** Changes a MediaMonitoringItem: omitted fields keep their value, null clears one. Refused with CONFLICT when `version` is stale. */
  updateMediaMonitoringItem: MediaMonitoringItem;
  /** Changes an OutreachSession: omitted fields keep their value, null clears one. Refused with CONFLICT when `version` is stale. */
  updateOutreachSession: OutreachSession;
  /** Changes an OverseasCommunity: omitted fields keep their value, null clears one. Refused with CONFLICT when `version` is stale. */
  updateOverseasCommunity: OverseasCommunity;
  /** Changes a PartnerLocality: omitted fields keep their value, null clears one. Refused with CONFLICT when `version` is stale. */
  updatePartnerLocality: PartnerLocality;
  /** Changes a Plan: omitted fields keep their value, null clears one. Refused with CONFLICT when `version` is stale. */
  updatePlan: Plan;
  /** Changes a PressConference: omitted fields keep their value, null clears one. Refused with CONFLICT when `version` is stale. */
  updatePressConference: PressConference;
  /** Changes a Product: omitted fields keep their value, null clears one. Refused with CONFLICT when `version` is stale. */
  updateProduct: Product;
  /** Changes a PromotionCampaign: omitted fields keep their value, null clears one. Refused with CONFLICT when `version` is stale. */
  updatePromotionCampaign: PromotionCampaign;
  /** Changes a Publication: omitted fields keep their value, null clears one. Refused with CONFLICT when `version` is stale. */
  updatePublication: Publication;
  /** Corrects a report: omitted fields keep their value; a file sent replaces the one kept. Refused with CONFLICT when `version` is stale. */
  updateReport: Report;
  /** Changes a deadline. Refused with CONFLICT when `version` is stale. */
  updateReportingDeadline: ReportingDeadline;
  /** Changes a SelfManagementGroup: omitted fields keep their value, null clears one. Refused with CONFLICT when `version` is stale. */
  updateSelfManagementGroup: SelfManagementGroup;
  /** Changes a Signatory: omitted fields keep their value, null clears one. Refused with CONFLICT when `version` is stale. */
  updateSignatory: Signatory;
  /** Changes a task's wording or timeframe. Refused with CONFLICT when `version` is stale. */
  updateTask: Task;
  /** The lead agency reports the task's status and progress. */
  updateTaskProgress: Task;
  /** Changes a TradeEvent: omitted fields keep their value, null clears one. Refused with CONFLICT when `version` is stale. */
  updateTradeEvent: TradeEvent;
};


export type MutationCreateAgencyArgs = {
  input: AgencyInput;
};


export type MutationCreateApiClientArgs = {
  input: ApiClientInput;
};


export type MutationCreateBorderCommuneArgs = {
  input: BorderCommuneInput;
};


export type MutationCreateBorderGateArgs = {
  input: BorderGateInput;
};


export type MutationCreateBorderIncidentArgs = {
  input: BorderIncidentInput;
};


export type MutationCreateCulturalEventArgs = {
  input: CulturalEventInput;
};


export type MutationCreateDelegationArgs = {
  input: DelegationInput;
};


export type MutationCreateDestinationArgs = {
  input: DestinationInput;
};


export type MutationCreateFocalPointArgs = {
  input: FocalPointInput;
};


export type MutationCreateForeignPressVisitArgs = {
  input: ForeignPressVisitInput;
};


export type MutationCreateFtaOutreachArgs = {
  input: FtaOutreachInput;
};


export type MutationCreateInformationPointArgs = {
  input: InformationPointInput;
};


export type MutationCreateInvestmentProjectArgs = {
  input: InvestmentProjectInput;
};


export type MutationCreateMediaMonitoringItemArgs = {
  input: MediaMonitoringItemInput;
};


export type MutationCreateOutreachSessionArgs = {
  input: OutreachSessionInput;
};


export type MutationCreateOverseasCommunityArgs = {
  input: OverseasCommunityInput;
};


export type MutationCreatePartnerLocalityArgs = {
  input: PartnerLocalityInput;
};


export type MutationCreatePlanArgs = {
  input: PlanInput;
};


export type MutationCreatePressConferenceArgs = {
  input: PressConferenceInput;
};


export type MutationCreateProductArgs = {
  input: ProductInput;
};


export type MutationCreatePromotionCampaignArgs = {
  input: PromotionCampaignInput;
};


export type MutationCreatePublicationArgs = {
  input: PublicationInput;
};


export type MutationCreateReportArgs = {
  input: ReportInput;
};


export type MutationCreateReportingDeadlineArgs = {
  input: ReportingDeadlineInput;
};


export type MutationCreateSelfManagementGroupArgs = {
  input: SelfManagementGroupInput;
};


export type MutationCreateSignatoryArgs = {
  input: SignatoryInput;
};


export type MutationCreateTaskArgs = {
  input: TaskInput;
};


export type MutationCreateTradeEventArgs = {
  input: TradeEventInput;
};


export type MutationErasePersonalDataArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationImportPlanArgs = {
  addUnknown?: Scalars['Boolean']['input'];
  corrections?: InputMaybe<Array<PlanImportCorrection>>;
  deadlineDates?: InputMaybe<Array<DeadlineDateInput>>;
  file?: InputMaybe<Scalars['String']['input']>;
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRecordContactExportArgs = {
  focalPointIds: Array<Scalars['ID']['input']>;
  format: Scalars['String']['input'];
};


export type MutationRegisterOutgoingSecretDocumentArgs = {
  input: OutgoingSecretDocumentInput;
};


export type MutationRevokeApiClientArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationUpdateAgencyArgs = {
  id: Scalars['ID']['input'];
  input: AgencyInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateBorderCommuneArgs = {
  id: Scalars['ID']['input'];
  input: BorderCommuneInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateBorderGateArgs = {
  id: Scalars['ID']['input'];
  input: BorderGateInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateBorderIncidentArgs = {
  id: Scalars['ID']['input'];
  input: BorderIncidentInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateCulturalEventArgs = {
  id: Scalars['ID']['input'];
  input: CulturalEventInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateDelegationArgs = {
  id: Scalars['ID']['input'];
  input: DelegationInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateDestinationArgs = {
  id: Scalars['ID']['input'];
  input: DestinationInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateFocalPointArgs = {
  id: Scalars['ID']['input'];
  input: FocalPointInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateForeignPressVisitArgs = {
  id: Scalars['ID']['input'];
  input: ForeignPressVisitInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateFtaOutreachArgs = {
  id: Scalars['ID']['input'];
  input: FtaOutreachInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateInformationPointArgs = {
  id: Scalars['ID']['input'];
  input: InformationPointInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateInvestmentProjectArgs = {
  id: Scalars['ID']['input'];
  input: InvestmentProjectInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateMediaMonitoringItemArgs = {
  id: Scalars['ID']['input'];
  input: MediaMonitoringItemInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateOutreachSessionArgs = {
  id: Scalars['ID']['input'];
  input: OutreachSessionInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateOverseasCommunityArgs = {
  id: Scalars['ID']['input'];
  input: OverseasCommunityInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdatePartnerLocalityArgs = {
  id: Scalars['ID']['input'];
  input: PartnerLocalityInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdatePlanArgs = {
  id: Scalars['ID']['input'];
  input: PlanInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdatePressConferenceArgs = {
  id: Scalars['ID']['input'];
  input: PressConferenceInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateProductArgs = {
  id: Scalars['ID']['input'];
  input: ProductInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdatePromotionCampaignArgs = {
  id: Scalars['ID']['input'];
  input: PromotionCampaignInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdatePublicationArgs = {
  id: Scalars['ID']['input'];
  input: PublicationInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateReportArgs = {
  id: Scalars['ID']['input'];
  input: ReportInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateReportingDeadlineArgs = {
  id: Scalars['ID']['input'];
  input: ReportingDeadlineInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateSelfManagementGroupArgs = {
  id: Scalars['ID']['input'];
  input: SelfManagementGroupInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateSignatoryArgs = {
  id: Scalars['ID']['input'];
  input: SignatoryInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateTaskArgs = {
  id: Scalars['ID']['input'];
  input: TaskInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateTaskProgressArgs = {
  id: Scalars['ID']['input'];
  input: TaskProgressInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateTradeEventArgs = {
  id: Scalars['ID']['input'];
  input: TradeEventInput;
  version: Scalars['Int']['input'];
};

/** A line of a scan that OCR doubts, to check against the paper. */
export type OcrDoubtedLine = {
  __typename?: 'OcrDoubtedLine';
  /** OCR's confidence in the line, 0–100. */
  confidence: Scalars['Float']['output'];
  /** The words in it OCR doubts most, as read. */
  doubtedWords: Array<Scalars['String']['output']>;
  /** The line's number on its page, counting lines of text from the top. */
  line: Scalars['Int']['output'];
  /** The page, from 1. */
  page: Scalars['Int']['output'];
  /** The line as OCR read it. */
  text: Scalars['String']['output'];
};

/** How a scanned document was read by OCR (Tesseract, Vietnamese): how sure it is, and the lines to check. */
export type OcrReadingSummary = {
  __typename?: 'OcrReadingSummary';
  /** Confidence over the whole scan, 0–100, each word weighted by its length. */
  confidence: Scalars['Float']['output'];
  /** Doubted lines in all (at most 200 are listed). */
  doubtedLineCount: Scalars['Int']['output'];
  doubtedLines: Array<OcrDoubtedLine>;
  /** Lines read in all. */
  lineCount: Scalars['Int']['output'];
  pages: Scalars['Int']['output'];
  /** A line read with less confidence than this, or holding a doubted word, is doubted. */
  threshold: Scalars['Float']['output'];
};

/** One secret document sent, as the register of outgoing secret documents keeps it. */
export type OutgoingSecretDocument = {
  __typename?: 'OutgoingSecretDocument';
  classification: Classification;
  /** Copies issued. */
  copies?: Maybe<Scalars['Int']['output']>;
  /** Whether the document may be copied or photographed. */
  copyingAllowed: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The document's number and sign (15/BC-SVHTTDL), or blank until the clerk numbers it. */
  documentNumber: Scalars['String']['output'];
  drafter: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  issuedOn: Scalars['Date']['output'];
  /** MẬT: the highest level the hub holds. */
  level: Scalars['String']['output'];
  provinceCode: Scalars['String']['output'];
  /** Where the copies go, one recipient a line. */
  recipients: Scalars['String']['output'];
  /** Its subject (trích yếu). */
  subject: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Send it back with an update; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['output'];
};

export type OutgoingSecretDocumentInput = {
  copies: Scalars['Int']['input'];
  copyingAllowed: Scalars['Boolean']['input'];
  documentNumber: Scalars['String']['input'];
  drafter: Scalars['String']['input'];
  issuedOn: Scalars['Date']['input'];
  provinceCode: Scalars['String']['input'];
  recipients: Scalars['String']['input'];
  subject: Scalars['String']['input'];
};

export type OutreachSession = {
  __typename?: 'OutreachSession';
  /** The agencies involved. */
  agencies: Array<Agency>;
  attendees?: Maybe<Scalars['Int']['output']>;
  borderCommune?: Maybe<BorderCommune>;
  borderGate?: Maybe<BorderGate>;
  classification: Classification;
  createdAt: Scalars['DateTime']['output'];
  heldOn?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  /** True for the hub's demonstration records. */
  isDemo: Scalars['Boolean']['output'];
  /** Main language it was held in, ISO 639 code (vi, km, jra…). */
  language?: Maybe<Scalars['String']['output']>;
  /** Where it was held, as written. */
  location?: Maybe<Scalars['String']['output']>;
  province: Province;
  /** The agency holding that secret document. */
  secretHolder?: Maybe<Scalars['String']['output']>;
  /** A state-secret document this record cites, by its registration number in its holding agency's register — never its content, which stays on that agency's independent LAN. */
  secretRegistrationNumber?: Maybe<Scalars['String']['output']>;
  /** The plan task this record carries out. */
  task?: Maybe<Task>;
  /** What was explained, as written. */
  topic: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Send it back with an update; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['output'];
};

export type OutreachSessionInput = {
  /** Agency ids from the plans directory; [] clears them (null is refused). */
  agencyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  attendees?: InputMaybe<Scalars['Int']['input']>;
  borderCommuneId?: InputMaybe<Scalars['ID']['input']>;
  borderGateId?: InputMaybe<Scalars['ID']['input']>;
  /** Defaults to INTERNAL. */
  classification?: InputMaybe<Classification>;
  heldOn?: InputMaybe<Scalars['Date']['input']>;
  /** ISO 639 code, e.g. vi. */
  language?: InputMaybe<Scalars['String']['input']>;
  location?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-2:VN, e.g. VN-30. */
  provinceCode: Scalars['String']['input'];
  /** The agency holding the cited secret document. */
  secretHolder?: InputMaybe<Scalars['String']['input']>;
  /** A state-secret document cited by its registration number (never its content). */
  secretRegistrationNumber?: InputMaybe<Scalars['String']['input']>;
  /** The plan task this record carries out. */
  taskId?: InputMaybe<Scalars['ID']['input']>;
  topic: Scalars['String']['input'];
};

export type OverseasCommunity = {
  __typename?: 'OverseasCommunity';
  /** The agencies involved. */
  agencies: Array<Agency>;
  classification: Classification;
  /** The organisation the department stays in touch through. */
  contactOrganisation?: Maybe<Scalars['String']['output']>;
  country?: Maybe<Country>;
  createdAt: Scalars['DateTime']['output'];
  /** Estimated number of people. */
  estimatedSize?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  /** True for the hub's demonstration records. */
  isDemo: Scalars['Boolean']['output'];
  /** As written, e.g. 'Tổng hội Việt kiều ở Campuchia'. */
  name: Scalars['String']['output'];
  notes?: Maybe<Scalars['String']['output']>;
  province: Province;
  /** The agency holding that secret document. */
  secretHolder?: Maybe<Scalars['String']['output']>;
  /** A state-secret document this record cites, by its registration number in its holding agency's register — never its content, which stays on that agency's independent LAN. */
  secretRegistrationNumber?: Maybe<Scalars['String']['output']>;
  /** The plan task this record carries out. */
  task?: Maybe<Task>;
  updatedAt: Scalars['DateTime']['output'];
  /** Send it back with an update; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['output'];
};

export type OverseasCommunityInput = {
  /** Agency ids from the plans directory; [] clears them (null is refused). */
  agencyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Defaults to INTERNAL. */
  classification?: InputMaybe<Classification>;
  contactOrganisation?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-1 alpha-2, e.g. KH. */
  countryCode: Scalars['String']['input'];
  estimatedSize?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-2:VN, e.g. VN-30. */
  provinceCode: Scalars['String']['input'];
  /** The agency holding the cited secret document. */
  secretHolder?: InputMaybe<Scalars['String']['input']>;
  /** A state-secret document cited by its registration number (never its content). */
  secretRegistrationNumber?: InputMaybe<Scalars['String']['input']>;
  /** The plan task this record carries out. */
  taskId?: InputMaybe<Scalars['ID']['input']>;
};

export type ParticipantRole =
  | 'COORDINATOR'
  | 'LEAD';

export type PartnerLocality = {
  __typename?: 'PartnerLocality';
  /** The agencies involved. */
  agencies: Array<Agency>;
  /** The cooperation agreement or memorandum, as written. */
  agreement?: Maybe<Scalars['String']['output']>;
  classification: Classification;
  cooperationSince?: Maybe<Scalars['Date']['output']>;
  country?: Maybe<Country>;
  createdAt: Scalars['DateTime']['output'];
  /** Delegations exchanged with this locality. */
  delegations: Array<Delegation>;
  id: Scalars['ID']['output'];
  /** True for the hub's demonstration records. */
  isDemo: Scalars['Boolean']['output'];
  /** e.g. 'tỉnh', 'thành phố'. */
  kind?: Maybe<Scalars['String']['output']>;
  /** In the partner's own language and script. */
  localName?: Maybe<Scalars['String']['output']>;
  /** As the province writes it, e.g. 'Kandal', 'Takeo'. */
  name: Scalars['String']['output'];
  province: Province;
  /** The agency holding that secret document. */
  secretHolder?: Maybe<Scalars['String']['output']>;
  /** A state-secret document this record cites, by its registration number in its holding agency's register — never its content, which stays on that agency's independent LAN. */
  secretRegistrationNumber?: Maybe<Scalars['String']['output']>;
  /** The plan task this record carries out. */
  task?: Maybe<Task>;
  updatedAt: Scalars['DateTime']['output'];
  /** Send it back with an update; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['output'];
};


export type PartnerLocalityDelegationsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};

export type PartnerLocalityInput = {
  /** Agency ids from the plans directory; [] clears them (null is refused). */
  agencyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  agreement?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to INTERNAL. */
  classification?: InputMaybe<Classification>;
  cooperationSince?: InputMaybe<Scalars['Date']['input']>;
  /** ISO 3166-1 alpha-2, e.g. KH. */
  countryCode: Scalars['String']['input'];
  kind?: InputMaybe<Scalars['String']['input']>;
  localName?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** ISO 3166-2:VN, e.g. VN-30. */
  provinceCode: Scalars['String']['input'];
  /** The agency holding the cited secret document. */
  secretHolder?: InputMaybe<Scalars['String']['input']>;
  /** A state-secret document cited by its registration number (never its content). */
  secretRegistrationNumber?: InputMaybe<Scalars['String']['input']>;
  /** The plan task this record carries out. */
  taskId?: InputMaybe<Scalars['ID']['input']>;
};

/** What the hub holds about a person, for their access request, and when it must be answered. */
export type PersonalDataReport = {
  __typename?: 'PersonalDataReport';
  /** Two working days after it was received (Decree 356/2025/NĐ-CP): the request is acknowledged, and answered, by then. */
  answerBy: Scalars['Date']['output'];
  /** The focal-point records naming the person (phone and e-mail included, for the officer). */
  focalPoints: Array<FocalPoint>;
  /** The audit trail's entries about those records. */
  history: Array<AuditEntry>;
  /** Every recorded read, export and answer of the person's data. */
  processing: Array<ProcessingLogEntry>;
  receivedOn: Scalars['Date']['output'];
};

export type Plan = {
  __typename?: 'Plan';
  /** Who signed the approving decision, kept apart from the plan's own signatory. */
  approvalSignatoryName?: Maybe<Scalars['String']['output']>;
  /** e.g. 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH'. */
  approvalSignatoryTitle?: Maybe<Scalars['String']['output']>;
  /** Number of the approving decision, when one comes first. */
  approvedByNumber?: Maybe<Scalars['String']['output']>;
  approvedOn?: Maybe<Scalars['Date']['output']>;
  /** Tổ chức thực hiện: duties per agency. */
  assignments: Array<Assignment>;
  /** Funding, as written (Kinh phí). */
  budget?: Maybe<Scalars['String']['output']>;
  classification: Classification;
  createdAt: Scalars['DateTime']['output'];
  /** e.g. '21/KH-STTTT' when the document states it. */
  documentNumber?: Maybe<Scalars['String']['output']>;
  /** Deadline for agencies to name their focal points. */
  focalPointsDueOn?: Maybe<Scalars['Date']['output']>;
  /** That deadline as written. */
  focalPointsDueText?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** What could not be read cleanly when the plan was imported. */
  importWarnings: Array<Scalars['String']['output']>;
  /** The plan's own date, from its header ('Quảng Ninh, ngày 15 tháng 01 năm 2020'). */
  issuedOn?: Maybe<Scalars['Date']['output']>;
  /** Căn cứ: the legal bases, in document order. */
  legalBases: Array<LegalBasis>;
  /** Whether the asking official may change this plan, its tasks, deadlines and reports: the plans policy's own answer (coordinators of the department in charge of foreign information at the plan's date, or of its successor today; admins). */
  mayCoordinate: Scalars['Boolean']['output'];
  objectives: Array<Scalars['String']['output']>;
  province: Province;
  reportingDeadlines: Array<ReportingDeadline>;
  requirements: Array<Scalars['String']['output']>;
  signatoryName?: Maybe<Scalars['String']['output']>;
  /** e.g. 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH'. */
  signatoryTitle?: Maybe<Scalars['String']['output']>;
  /** The plan's tasks in document order; nested items too unless scope is TOP_LEVEL. */
  tasks: Array<Task>;
  /** One line, as written. */
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Send it back with an update; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};


export type PlanTasksArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  scope?: TaskScope;
};

/** One correction of a plan document before loading: `kind` says what it sets right and which of the other fields it takes. Sent alike to previewPlanImport and importPlan; the import's audit entry lists the corrections applied. */
export type PlanImportCorrection = {
  /** AGENCY: the code of an agency of the province's directory. */
  agencyCode?: InputMaybe<Scalars['String']['input']>;
  /** TASK_LEADS: codes of agencies of the province's directory. */
  agencyCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** BASIS_DATE: the legal basis's place in the plan's list, from 1. */
  basis?: InputMaybe<Scalars['Int']['input']>;
  /** DEADLINE_DATE, FOCAL_POINT_DEADLINE_DATE, BASIS_DATE: the date, YYYY-MM-DD. */
  date?: InputMaybe<Scalars['String']['input']>;
  kind: PlanImportCorrectionKind;
  /** AGENCY: the agency's name exactly as the document writes it (the preview's name). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** DEADLINE_DATE: the deadline's period. */
  period?: InputMaybe<ReportPeriod>;
  /** TASK_TIMEFRAME, TASK_LEADS: the task's number as the preview shows it ("2.1", "1.a"). */
  task?: InputMaybe<Scalars['String']['input']>;
  /** TASK_TIMEFRAME: the timeframe as it should read ("Trước ngày 30/6/2019"). */
  timeframe?: InputMaybe<Scalars['String']['input']>;
};

/** What a correction before loading sets right. */
export type PlanImportCorrectionKind =
  /** An agency name as the document writes it (`name`) is the directory's agency `agencyCode`, wherever the plan names it. */
  | 'AGENCY'
  /** The date of issue of a legal basis written as no real date (`basis`, its place from 1; `date`). */
  | 'BASIS_DATE'
  /** The date of a reporting deadline the document wrote as no real date (`period`, `date`). */
  | 'DEADLINE_DATE'
  /** The date of the focal-point deadline the document wrote as no real date (`date`). */
  | 'FOCAL_POINT_DEADLINE_DATE'
  /** A task's lead agencies (`task`, `agencyCodes`: codes of the province's directory). */
  | 'TASK_LEADS'
  /** A task's timeframe, worded again (`task`, `timeframe`); its dates are read from the new wording. */
  | 'TASK_TIMEFRAME';

/** A plan document as the importer reads it, and what importing it would change; nothing is stored. */
export type PlanImportPreview = {
  __typename?: 'PlanImportPreview';
  assignments: Array<PreviewAssignment>;
  /** The corrections applied to the document before it was previewed, as importing with them records them in the audit trail. */
  corrections: Array<AppliedCorrection>;
  deadlines: Array<PreviewDeadline>;
  documentNumber?: Maybe<Scalars['String']['output']>;
  /** Whether the province already has this plan (importing updates it). */
  exists: Scalars['Boolean']['output'];
  legalBases: Array<Scalars['String']['output']>;
  objectives: Array<Scalars['String']['output']>;
  /** For a scan (a PDF without a text layer, a PNG, JPEG or TIFF picture), read by OCR: its confidence and doubted lines; null for a document with text. */
  ocr?: Maybe<OcrReadingSummary>;
  /** The id the plan has, or would have. */
  planId: Scalars['String']['output'];
  provinceCode?: Maybe<Scalars['String']['output']>;
  /** Whether the directory has the province. */
  provinceKnown: Scalars['Boolean']['output'];
  provinceName: Scalars['String']['output'];
  /** Why importing (with the addUnknown given) would be refused; null when it would go through. */
  refusal?: Maybe<ImportRefusal>;
  /** Stored deadlines the document no longer states. */
  removedDeadlines: Array<PreviewDeadline>;
  removedTasks: Array<RemovedTask>;
  tasks: Array<PreviewTask>;
  title: Scalars['String']['output'];
  /** Agencies the directory lacks: import with addUnknown to add them. */
  unknownAgencies: Array<PreviewAgency>;
  /** The same warnings with their codes, places and figures. */
  warningDetails: Array<ImportWarning>;
  /** The parser's warnings in English, each saying where and what was kept. */
  warnings: Array<Scalars['String']['output']>;
  year: Scalars['Int']['output'];
};

export type PlanInput = {
  budget?: InputMaybe<Scalars['String']['input']>;
  documentNumber?: InputMaybe<Scalars['String']['input']>;
  focalPointsDueOn?: InputMaybe<Scalars['Date']['input']>;
  provinceCode: Scalars['String']['input'];
  title: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

/** The information department's figures for a province's plans of one year. */
export type PlanSummary = {
  __typename?: 'PlanSummary';
  /** The year's reporting deadlines without a usable date: a coordinator must set each one. */
  deadlinesWithoutDate: Scalars['Int']['output'];
  overdueTasks: Scalars['Int']['output'];
  /** Reports owed against a deadline that has no usable date. */
  reportsDeadlineUnknown: Scalars['Int']['output'];
  reportsLate: Scalars['Int']['output'];
  reportsMissing: Scalars['Int']['output'];
  reportsOnTime: Scalars['Int']['output'];
  reportsPending: Scalars['Int']['output'];
  /** All tasks and nested items of the year's plans. */
  tasks: Scalars['Int']['output'];
  tasksByStatus: Array<TaskStatusCount>;
};

export type PressConference = {
  __typename?: 'PressConference';
  /** The agencies involved. */
  agencies: Array<Agency>;
  attendees?: Maybe<Scalars['Int']['output']>;
  classification: Classification;
  createdAt: Scalars['DateTime']['output'];
  /** Foreign news organisations present. */
  foreignOutlets?: Maybe<Scalars['Int']['output']>;
  heldOn?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  /** True for the hub's demonstration records. */
  isDemo: Scalars['Boolean']['output'];
  province: Province;
  /** The agency holding that secret document. */
  secretHolder?: Maybe<Scalars['String']['output']>;
  /** A state-secret document this record cites, by its registration number in its holding agency's register — never its content, which stays on that agency's independent LAN. */
  secretRegistrationNumber?: Maybe<Scalars['String']['output']>;
  /** The spokesperson's position, e.g. 'Giám đốc Sở Ngoại vụ'. */
  spokesperson?: Maybe<Scalars['String']['output']>;
  /** The plan task this record carries out. */
  task?: Maybe<Task>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  venue?: Maybe<Scalars['String']['output']>;
  /** Send it back with an update; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['output'];
};

export type PressConferenceInput = {
  /** Agency ids from the plans directory; [] clears them (null is refused). */
  agencyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  attendees?: InputMaybe<Scalars['Int']['input']>;
  /** Defaults to INTERNAL. */
  classification?: InputMaybe<Classification>;
  foreignOutlets?: InputMaybe<Scalars['Int']['input']>;
  heldOn?: InputMaybe<Scalars['Date']['input']>;
  /** ISO 3166-2:VN, e.g. VN-30. */
  provinceCode: Scalars['String']['input'];
  /** The agency holding the cited secret document. */
  secretHolder?: InputMaybe<Scalars['String']['input']>;
  /** A state-secret document cited by its registration number (never its content). */
  secretRegistrationNumber?: InputMaybe<Scalars['String']['input']>;
  spokesperson?: InputMaybe<Scalars['String']['input']>;
  /** The plan task this record carries out. */
  taskId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
  venue?: InputMaybe<Scalars['String']['input']>;
};

/** An agency as the document names it, and whether the directory knows it. */
export type PreviewAgency = {
  __typename?: 'PreviewAgency';
  /** The directory code read from the name; null when the name is not one agency's. */
  code?: Maybe<Scalars['String']['output']>;
  /** Whether the province's directory has this agency (false also when `code` is null). */
  known: Scalars['Boolean']['output'];
  /** The name as written. */
  name: Scalars['String']['output'];
};

export type PreviewAssignment = {
  __typename?: 'PreviewAssignment';
  agency: PreviewAgency;
  duties: Array<Scalars['String']['output']>;
};

export type PreviewDeadline = {
  __typename?: 'PreviewDeadline';
  /** NEW, MOVED or KEPT, against the stored plan. */
  change: Scalars['String']['output'];
  dueOn?: Maybe<Scalars['Date']['output']>;
  period: ReportPeriod;
  /** The stored date, when the deadline moves. */
  previousDueOn?: Maybe<Scalars['Date']['output']>;
  rawText: Scalars['String']['output'];
};

export type PreviewTask = {
  __typename?: 'PreviewTask';
  /** NEW, RETITLED or KEPT, against the stored plan. */
  change: Scalars['String']['output'];
  coordinators: Array<PreviewAgency>;
  depth: Scalars['Int']['output'];
  /** The timeframe's last day, as read from it. */
  endsOn?: Maybe<Scalars['Date']['output']>;
  leads: Array<PreviewAgency>;
  outline: Scalars['String']['output'];
  /** The stored title, when the document retitles the task. */
  previousTitle?: Maybe<Scalars['String']['output']>;
  /** The timeframe's first day, as read from it. */
  startsOn?: Maybe<Scalars['Date']['output']>;
  /** The status the task keeps (a task stated again keeps its status and progress). */
  status?: Maybe<TaskStatus>;
  timeframe?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

/** One processing of personal data: who, when, which records and fields, and how. */
export type ProcessingLogEntry = {
  __typename?: 'ProcessingLogEntry';
  agencyCode?: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  entity: Scalars['String']['output'];
  fields: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The request it answered, or why (an export's format, an erasure's reason). */
  note?: Maybe<Scalars['String']['output']>;
  /** READ, EXPORT, ACCESS_REQUEST or ERASE. */
  operation: Scalars['String']['output'];
  /** The province whose people's data it was. */
  provinceCode: Scalars['String']['output'];
  recordIds: Array<Scalars['ID']['output']>;
  role?: Maybe<Scalars['String']['output']>;
  userId?: Maybe<Scalars['String']['output']>;
};

export type Product = {
  __typename?: 'Product';
  /** The agencies involved. */
  agencies: Array<Agency>;
  /** e.g. 'Nông sản', 'Thủy sản'. */
  category?: Maybe<Scalars['String']['output']>;
  classification: Classification;
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** Countries it is exported to or promoted in. */
  exportMarkets: Array<Country>;
  id: Scalars['ID']['output'];
  /** True for the hub's demonstration records. */
  isDemo: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  province: Province;
  /** The agency holding that secret document. */
  secretHolder?: Maybe<Scalars['String']['output']>;
  /** A state-secret document this record cites, by its registration number in its holding agency's register — never its content, which stays on that agency's independent LAN. */
  secretRegistrationNumber?: Maybe<Scalars['String']['output']>;
  /** The plan task this record carries out. */
  task?: Maybe<Task>;
  updatedAt: Scalars['DateTime']['output'];
  /** Send it back with an update; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['output'];
};

export type ProductInput = {
  /** Agency ids from the plans directory; [] clears them (null is refused). */
  agencyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  category?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to INTERNAL. */
  classification?: InputMaybe<Classification>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-1 alpha-2 codes. */
  exportMarketCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  name: Scalars['String']['input'];
  /** ISO 3166-2:VN, e.g. VN-30. */
  provinceCode: Scalars['String']['input'];
  /** The agency holding the cited secret document. */
  secretHolder?: InputMaybe<Scalars['String']['input']>;
  /** A state-secret document cited by its registration number (never its content). */
  secretRegistrationNumber?: InputMaybe<Scalars['String']['input']>;
  /** The plan task this record carries out. */
  taskId?: InputMaybe<Scalars['ID']['input']>;
};

export type PromotionCampaign = {
  __typename?: 'PromotionCampaign';
  /** The agencies involved. */
  agencies: Array<Agency>;
  /** Where it runs, e.g. 'Đài Phát thanh - Truyền hình', 'Cổng thông tin điện tử', 'hội chợ du lịch'. */
  channels: Array<Scalars['String']['output']>;
  classification: Classification;
  /** The target market abroad; none for a domestic campaign. */
  country?: Maybe<Country>;
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  endsOn?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  /** True for the hub's demonstration records. */
  isDemo: Scalars['Boolean']['output'];
  /** As written, in Vietnamese. */
  name: Scalars['String']['output'];
  province: Province;
  /** The agency holding that secret document. */
  secretHolder?: Maybe<Scalars['String']['output']>;
  /** A state-secret document this record cites, by its registration number in its holding agency's register — never its content, which stays on that agency's independent LAN. */
  secretRegistrationNumber?: Maybe<Scalars['String']['output']>;
  startsOn?: Maybe<Scalars['Date']['output']>;
  /** The plan task this record carries out. */
  task?: Maybe<Task>;
  /** Slogan or theme, e.g. 'Hai quốc gia, một điểm đến'. */
  theme?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** Send it back with an update; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['output'];
};

export type PromotionCampaignInput = {
  /** Agency ids from the plans directory; [] clears them (null is refused). */
  agencyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** [] clears the list. */
  channels?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Defaults to INTERNAL. */
  classification?: InputMaybe<Classification>;
  /** ISO 3166-1 alpha-2 of the target market. */
  countryCode?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  name: Scalars['String']['input'];
  /** ISO 3166-2:VN, e.g. VN-30. */
  provinceCode: Scalars['String']['input'];
  /** The agency holding the cited secret document. */
  secretHolder?: InputMaybe<Scalars['String']['input']>;
  /** A state-secret document cited by its registration number (never its content). */
  secretRegistrationNumber?: InputMaybe<Scalars['String']['input']>;
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  /** The plan task this record carries out. */
  taskId?: InputMaybe<Scalars['ID']['input']>;
  theme?: InputMaybe<Scalars['String']['input']>;
};

export type Province = {
  __typename?: 'Province';
  agencies: Array<Agency>;
  /** Every agency that owes reports, with its share of tasks done on time and of reports sent on time, worst first, and the year before. */
  agencyPerformance: Array<AgencyPerformance>;
  /** The province's border gates. */
  borderGates?: Maybe<Array<BorderGate>>;
  borderSummary?: Maybe<BorderSummary>;
  /** ISO 3166-2:VN, e.g. VN-30. */
  code: Scalars['String']['output'];
  /** The province's tourism destinations. */
  destinations?: Maybe<Array<Destination>>;
  foreignAffairsSummary?: Maybe<ForeignAffairsSummary>;
  /** Who is in charge of the province's foreign information on a date (today when not given), and its ministry. */
  foreignInformationAuthority: ForeignInformationAuthority;
  /** Who holds each function in the province on a date (today when not given). */
  functionHolders: Array<FunctionHolders>;
  /** As written, e.g. 'Gia Lai'. */
  name: Scalars['String']['output'];
  /** Foreign localities this province partners. */
  partnerLocalities?: Maybe<Array<PartnerLocality>>;
  planSummary: PlanSummary;
  /** The province's plans, newest first. With includeMerged, also the plans of the provinces merged into it on 1 July 2025 (an older Bình Định plan in today's Gia Lai's history), each keeping its own province. */
  plans: Array<Plan>;
  /** The provinces of the hub's directory merged into this one. */
  predecessors: Array<Province>;
  /** The province's key export products. */
  products?: Maybe<Array<Product>>;
  /** The province this one was merged into, if it was. */
  successor?: Maybe<Province>;
  tourismSummary?: Maybe<TourismSummary>;
  tradeSummary?: Maybe<TradeSummary>;
  /** Reorganisations end a province; old plans still resolve. */
  validUntil?: Maybe<Scalars['Date']['output']>;
};


export type ProvinceAgenciesArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type ProvinceAgencyPerformanceArgs = {
  year: Scalars['Int']['input'];
};


export type ProvinceBorderGatesArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type ProvinceBorderSummaryArgs = {
  year: Scalars['Int']['input'];
};


export type ProvinceDestinationsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type ProvinceForeignAffairsSummaryArgs = {
  year: Scalars['Int']['input'];
};


export type ProvinceForeignInformationAuthorityArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
};


export type ProvinceFunctionHoldersArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
};


export type ProvincePartnerLocalitiesArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type ProvincePlanSummaryArgs = {
  year: Scalars['Int']['input'];
};


export type ProvincePlansArgs = {
  includeMerged?: Scalars['Boolean']['input'];
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type ProvinceProductsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type ProvinceTourismSummaryArgs = {
  year: Scalars['Int']['input'];
};


export type ProvinceTradeSummaryArgs = {
  year: Scalars['Int']['input'];
};

export type Publication = {
  __typename?: 'Publication';
  /** The agencies involved. */
  agencies: Array<Agency>;
  classification: Classification;
  /** Copies printed or discs pressed; none for a website. */
  copies?: Maybe<Scalars['Int']['output']>;
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  format: PublicationFormat;
  id: Scalars['ID']['output'];
  /** True for the hub's demonstration records. */
  isDemo: Scalars['Boolean']['output'];
  /** Languages it is published in: ISO 639 codes where one exists (vi, km, en, jra, bdq), otherwise the name as written. */
  languages: Array<Scalars['String']['output']>;
  province: Province;
  publishedOn?: Maybe<Scalars['Date']['output']>;
  /** The agency holding that secret document. */
  secretHolder?: Maybe<Scalars['String']['output']>;
  /** A state-secret document this record cites, by its registration number in its holding agency's register — never its content, which stays on that agency's independent LAN. */
  secretRegistrationNumber?: Maybe<Scalars['String']['output']>;
  /** The plan task this record carries out. */
  task?: Maybe<Task>;
  /** As written. */
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Send it back with an update; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['output'];
};

export type PublicationFormat =
  | 'BOOK'
  | 'BROCHURE'
  | 'DVD'
  | 'PANEL'
  | 'VIDEO'
  | 'WEBSITE';

export type PublicationInput = {
  /** Agency ids from the plans directory; [] clears them (null is refused). */
  agencyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Defaults to INTERNAL. */
  classification?: InputMaybe<Classification>;
  copies?: InputMaybe<Scalars['Int']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  format: PublicationFormat;
  /** e.g. ['vi', 'km', 'en']; [] clears the list. */
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  /** ISO 3166-2:VN, e.g. VN-30. */
  provinceCode: Scalars['String']['input'];
  publishedOn?: InputMaybe<Scalars['Date']['input']>;
  /** The agency holding the cited secret document. */
  secretHolder?: InputMaybe<Scalars['String']['input']>;
  /** A state-secret document cited by its registration number (never its content). */
  secretRegistrationNumber?: InputMaybe<Scalars['String']['input']>;
  /** The plan task this record carries out. */
  taskId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** A province's agency directory; `activeOn` keeps those valid on that day. */
  agencies: Array<Agency>;
  agency?: Maybe<Agency>;
  /** The REST door's clients, newest first, of a province (and those merged into it) or all; admins only. */
  apiClients: Array<ApiClient>;
  /** The hub's audit trails (coordinators and admins). */
  auditLog: AuditLog;
  /** One BorderCommune by id. */
  borderCommune?: Maybe<BorderCommune>;
  /** BorderCommune records, optionally of one province or matching a search. */
  borderCommunes: Array<BorderCommune>;
  /** One BorderGate by id. */
  borderGate?: Maybe<BorderGate>;
  /** BorderGate records, optionally of one province or matching a search. */
  borderGates: Array<BorderGate>;
  /** One BorderIncident by id. */
  borderIncident?: Maybe<BorderIncident>;
  /** BorderIncident records, optionally of one province or matching a search. */
  borderIncidents: Array<BorderIncident>;
  /** Every ISO 3166-1 country, in Vietnamese alphabetical order (for pickers). */
  countries: Array<Country>;
  /** One country by ISO 3166-1 alpha-2 code (case ignored); null when no country has that code. */
  country?: Maybe<Country>;
  /** One CulturalEvent by id. */
  culturalEvent?: Maybe<CulturalEvent>;
  /** CulturalEvent records, optionally of one province or matching a search. */
  culturalEvents: Array<CulturalEvent>;
  /** One Delegation by id. */
  delegation?: Maybe<Delegation>;
  /** Delegation records, optionally of one province or matching a search. */
  delegations: Array<Delegation>;
  /** One Destination by id. */
  destination?: Maybe<Destination>;
  /** Destination records, optionally of one province or matching a search. */
  destinations: Array<Destination>;
  /** One ForeignPressVisit by id. */
  foreignPressVisit?: Maybe<ForeignPressVisit>;
  /** ForeignPressVisit records, optionally of one province or matching a search. */
  foreignPressVisits: Array<ForeignPressVisit>;
  /** One FtaOutreach by id. */
  ftaOutreach?: Maybe<FtaOutreach>;
  /** FtaOutreach records, optionally of one province or matching a search. */
  ftaOutreaches: Array<FtaOutreach>;
  /** One InformationPoint by id. */
  informationPoint?: Maybe<InformationPoint>;
  /** InformationPoint records, optionally of one province or matching a search. */
  informationPoints: Array<InformationPoint>;
  /** One InvestmentProject by id. */
  investmentProject?: Maybe<InvestmentProject>;
  /** InvestmentProject records, optionally of one province or matching a search. */
  investmentProjects: Array<InvestmentProject>;
  /** One MediaMonitoringItem by id. */
  mediaMonitoringItem?: Maybe<MediaMonitoringItem>;
  /** MediaMonitoringItem records, optionally of one province or matching a search. */
  mediaMonitoringItems: Array<MediaMonitoringItem>;
  /** The register of outgoing secret documents of a province, newest first. */
  outgoingSecretDocuments: Array<OutgoingSecretDocument>;
  /** One OutreachSession by id. */
  outreachSession?: Maybe<OutreachSession>;
  /** OutreachSession records, optionally of one province or matching a search. */
  outreachSessions: Array<OutreachSession>;
  /** OverseasCommunity records, optionally of one province or matching a search. */
  overseasCommunities: Array<OverseasCommunity>;
  /** One OverseasCommunity by id. */
  overseasCommunity?: Maybe<OverseasCommunity>;
  /** PartnerLocality records, optionally of one province or matching a search. */
  partnerLocalities: Array<PartnerLocality>;
  /** One PartnerLocality by id. */
  partnerLocality?: Maybe<PartnerLocality>;
  /** A person's access request: every focal-point record naming them in the province, its history and every processing of it; the answer is logged. */
  personalData: PersonalDataReport;
  plan?: Maybe<Plan>;
  /** A province's plans, optionally for one year, newest first. */
  plans: Array<Plan>;
  /** One PressConference by id. */
  pressConference?: Maybe<PressConference>;
  /** PressConference records, optionally of one province or matching a search. */
  pressConferences: Array<PressConference>;
  /** Reads a plan document as importPlan would and says what importing it would do — the plan as read, agencies the directory lacks, what changes against the stored plan, and the refusal if importing would be refused — storing nothing (coordinators of its province). */
  previewPlanImport: PlanImportPreview;
  /** The province's processing log, newest first (its data-protection officer and admins). */
  processingLog: Array<ProcessingLogEntry>;
  /** One Product by id. */
  product?: Maybe<Product>;
  /** Product records, optionally of one province or matching a search. */
  products: Array<Product>;
  /** One PromotionCampaign by id. */
  promotionCampaign?: Maybe<PromotionCampaign>;
  /** PromotionCampaign records, optionally of one province or matching a search. */
  promotionCampaigns: Array<PromotionCampaign>;
  /** A province by ISO 3166-2:VN code. */
  province?: Maybe<Province>;
  provinces: Array<Province>;
  /** One Publication by id. */
  publication?: Maybe<Publication>;
  /** Publication records, optionally of one province or matching a search. */
  publications: Array<Publication>;
  /** A report's document, for those who may read the report; null when the report was recorded without its file. */
  reportFile?: Maybe<ReportFileContent>;
  /** Agencies' reporting compliance in a province and year: each agency that owes reports, with its share of tasks done on time and of reports sent on time, worst first, and the year before (as `Province.agencyPerformance`). */
  reportingCompliance: Array<AgencyPerformance>;
  /** One SelfManagementGroup by id. */
  selfManagementGroup?: Maybe<SelfManagementGroup>;
  /** SelfManagementGroup records, optionally of one province or matching a search. */
  selfManagementGroups: Array<SelfManagementGroup>;
  task?: Maybe<Task>;
  /** One TradeEvent by id. */
  tradeEvent?: Maybe<TradeEvent>;
  /** TradeEvent records, optionally of one province or matching a search. */
  tradeEvents: Array<TradeEvent>;
};


export type QueryAgenciesArgs = {
  activeOn?: InputMaybe<Scalars['Date']['input']>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  provinceCode: Scalars['String']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAgencyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryApiClientsArgs = {
  provinceCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryBorderCommuneArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBorderCommunesArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryBorderGateArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBorderGatesArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryBorderIncidentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBorderIncidentsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCountryArgs = {
  code: Scalars['String']['input'];
};


export type QueryCulturalEventArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCulturalEventsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryDelegationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDelegationsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryDestinationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDestinationsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryForeignPressVisitArgs = {
  id: Scalars['ID']['input'];
};


export type QueryForeignPressVisitsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryFtaOutreachArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFtaOutreachesArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryInformationPointArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInformationPointsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryInvestmentProjectArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInvestmentProjectsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryMediaMonitoringItemArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMediaMonitoringItemsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryOutgoingSecretDocumentsArgs = {
  limit?: Scalars['Int']['input'];
  provinceCode: Scalars['String']['input'];
};


export type QueryOutreachSessionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOutreachSessionsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryOverseasCommunitiesArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryOverseasCommunityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPartnerLocalitiesArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPartnerLocalityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPersonalDataArgs = {
  fullName: Scalars['String']['input'];
  provinceCode: Scalars['String']['input'];
  receivedOn?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryPlanArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPlansArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  provinceCode: Scalars['String']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPressConferenceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPressConferencesArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPreviewPlanImportArgs = {
  addUnknown?: Scalars['Boolean']['input'];
  corrections?: InputMaybe<Array<PlanImportCorrection>>;
  deadlineDates?: InputMaybe<Array<DeadlineDateInput>>;
  file?: InputMaybe<Scalars['String']['input']>;
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
};


export type QueryProcessingLogArgs = {
  limit?: Scalars['Int']['input'];
  provinceCode: Scalars['String']['input'];
  recordId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryProductArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProductsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPromotionCampaignArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPromotionCampaignsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryProvinceArgs = {
  code: Scalars['String']['input'];
};


export type QueryPublicationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPublicationsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryReportFileArgs = {
  reportId: Scalars['ID']['input'];
};


export type QueryReportingComplianceArgs = {
  provinceCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


export type QuerySelfManagementGroupArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySelfManagementGroupsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryTaskArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTradeEventArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTradeEventsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

/** A reminder the hub sent (or listed to send) to an agency about a report it owes. */
export type ReminderMessage = {
  __typename?: 'ReminderMessage';
  agencyId: Scalars['String']['output'];
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** For a reminder ahead of the deadline: how many days ahead it was due. */
  daysBefore?: Maybe<Scalars['Int']['output']>;
  deadlineId: Scalars['String']['output'];
  /** The deadline it is about (null: the plan's date cannot be read). */
  dueOn?: Maybe<Scalars['Date']['output']>;
  error?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The mail server's message id. */
  messageId?: Maybe<Scalars['String']['output']>;
  period: Scalars['String']['output'];
  /** Whom it went to: the focal points' names (their addresses stay in the directory). */
  recipients: Array<Scalars['String']['output']>;
  /** The new deadline the letter sets. */
  respondBy?: Maybe<Scalars['Date']['output']>;
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  status: ReminderStatus;
  step: ReminderStep;
  subject: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

export type ReminderStatus =
  | 'FAILED'
  | 'NO_RECIPIENT'
  | 'SENDING'
  | 'SENT'
  | 'TO_SEND_BY_HAND';

export type ReminderStep =
  | 'BEFORE_DEADLINE'
  | 'DEADLINE_UNKNOWN'
  | 'REPORT_MISSING';

/** A stored task the document no longer states: importing removes it. */
export type RemovedTask = {
  __typename?: 'RemovedTask';
  outline: Scalars['String']['output'];
  status: TaskStatus;
  title: Scalars['String']['output'];
};

export type Report = {
  __typename?: 'Report';
  classification: Classification;
  createdAt: Scalars['DateTime']['output'];
  /** The report document's number, e.g. '15/BC-SCT' (required since reports carry their document). */
  documentNumber?: Maybe<Scalars['String']['output']>;
  /** Its size in bytes. */
  fileBytes?: Maybe<Scalars['Int']['output']>;
  /** The report document's file name, as sent; null for a report recorded without its file. */
  fileName?: Maybe<Scalars['String']['output']>;
  /** SHA-256 of its bytes, hex. */
  fileSha256?: Maybe<Scalars['String']['output']>;
  /** Its media type, from its content (PDF or Word). */
  fileType?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  submittedOn: Scalars['Date']['output'];
  summary?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** Send it back with an update; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['output'];
};

/** A report's document, its bytes in base64. */
export type ReportFileContent = {
  __typename?: 'ReportFileContent';
  /** The file's bytes, base64. */
  content: Scalars['String']['output'];
  fileBytes: Scalars['Int']['output'];
  fileName: Scalars['String']['output'];
  fileSha256: Scalars['String']['output'];
  fileType: Scalars['String']['output'];
};

export type ReportFileInput = {
  /** The file's bytes, base64: PDF or Word (.docx), at most 700 KB, told apart by content. */
  content: Scalars['String']['input'];
  /** The file's name, e.g. 'bao-cao-6-thang.pdf'. */
  fileName: Scalars['String']['input'];
};

export type ReportInput = {
  agencyId: Scalars['ID']['input'];
  deadlineId: Scalars['ID']['input'];
  /** The report document's number, e.g. '15/BC-SCT'. */
  documentNumber: Scalars['String']['input'];
  /** The report document. Required when a report is first recorded; on a correction, omitted keeps the file sent before. */
  file?: InputMaybe<ReportFileInput>;
  /** The date the report document bears (never assumed to be today). */
  submittedOn: Scalars['Date']['input'];
  summary?: InputMaybe<Scalars['String']['input']>;
};

export type ReportPeriod =
  | 'AD_HOC'
  | 'ANNUAL'
  | 'SEMI_ANNUAL';

/** Computed, never typed in: ON_TIME or LATE once submitted, MISSING when the deadline passed without one, else PENDING; DEADLINE_UNKNOWN while the deadline has no usable date (the source wrote one that does not exist) until a coordinator sets it. */
export type ReportState =
  | 'DEADLINE_UNKNOWN'
  | 'LATE'
  | 'MISSING'
  | 'ON_TIME'
  | 'PENDING';

export type ReportStatus = {
  __typename?: 'ReportStatus';
  /** The deadline this report is owed against (a report's `deadlineId`). */
  deadlineId: Scalars['ID']['output'];
  dueOn?: Maybe<Scalars['Date']['output']>;
  /** The deadline as written. */
  dueText: Scalars['String']['output'];
  period: ReportPeriod;
  /** The report as recorded, to correct it; null while none is. */
  report?: Maybe<Report>;
  state: ReportState;
  submittedOn?: Maybe<Scalars['Date']['output']>;
};

export type ReportingDeadline = {
  __typename?: 'ReportingDeadline';
  classification: Classification;
  createdAt: Scalars['DateTime']['output'];
  dueOn?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  period: ReportPeriod;
  /** As written, e.g. 'trước ngày 31/11/2019'. */
  rawText: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Send it back with an update; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['output'];
};

export type ReportingDeadlineInput = {
  dueOn?: InputMaybe<Scalars['Date']['input']>;
  period: ReportPeriod;
  planId: Scalars['ID']['input'];
  rawText: Scalars['String']['input'];
};

export type SelfManagementGroup = {
  __typename?: 'SelfManagementGroup';
  /** The agencies involved. */
  agencies: Array<Agency>;
  borderCommune?: Maybe<BorderCommune>;
  classification: Classification;
  createdAt: Scalars['DateTime']['output'];
  establishedOn?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  /** True for the hub's demonstration records. */
  isDemo: Scalars['Boolean']['output'];
  /** Length of border line it looks after, km. */
  lengthKm?: Maybe<Scalars['Float']['output']>;
  /** Markers it looks after, as written, e.g. 'mốc 19–21'. */
  markers?: Maybe<Scalars['String']['output']>;
  /** Number of members. */
  members?: Maybe<Scalars['Int']['output']>;
  /** As written, in Vietnamese. */
  name: Scalars['String']['output'];
  province: Province;
  /** The agency holding that secret document. */
  secretHolder?: Maybe<Scalars['String']['output']>;
  /** A state-secret document this record cites, by its registration number in its holding agency's register — never its content, which stays on that agency's independent LAN. */
  secretRegistrationNumber?: Maybe<Scalars['String']['output']>;
  /** The plan task this record carries out. */
  task?: Maybe<Task>;
  updatedAt: Scalars['DateTime']['output'];
  /** Send it back with an update; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['output'];
};

export type SelfManagementGroupInput = {
  /** Agency ids from the plans directory; [] clears them (null is refused). */
  agencyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  borderCommuneId?: InputMaybe<Scalars['ID']['input']>;
  /** Defaults to INTERNAL. */
  classification?: InputMaybe<Classification>;
  establishedOn?: InputMaybe<Scalars['Date']['input']>;
  lengthKm?: InputMaybe<Scalars['Float']['input']>;
  markers?: InputMaybe<Scalars['String']['input']>;
  members?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  /** ISO 3166-2:VN, e.g. VN-30. */
  provinceCode: Scalars['String']['input'];
  /** The agency holding the cited secret document. */
  secretHolder?: InputMaybe<Scalars['String']['input']>;
  /** A state-secret document cited by its registration number (never its content). */
  secretRegistrationNumber?: InputMaybe<Scalars['String']['input']>;
  /** The plan task this record carries out. */
  taskId?: InputMaybe<Scalars['ID']['input']>;
};

/** One who signs an agency's documents: its head or a deputy, with the dates they hold the post. */
export type Signatory = {
  __typename?: 'Signatory';
  classification: Classification;
  createdAt: Scalars['DateTime']['output'];
  fullName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** True for the agency's head; a deputy signs for the head (KT.). */
  isHead: Scalars['Boolean']['output'];
  /** The signature block this signatory puts on a document. */
  signature: SignatureBlock;
  /** The post as a signature names it: Giám đốc, Phó Giám đốc. */
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  validFrom?: Maybe<Scalars['Date']['output']>;
  validUntil?: Maybe<Scalars['Date']['output']>;
  /** Send it back with an update; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['output'];
};

export type SignatoryInput = {
  agencyId: Scalars['ID']['input'];
  fullName: Scalars['String']['input'];
  isHead: Scalars['Boolean']['input'];
  title: Scalars['String']['input'];
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  validUntil?: InputMaybe<Scalars['Date']['input']>;
};

/** How a signatory signs: the authority lines and the name. */
export type SignatureBlock = {
  __typename?: 'SignatureBlock';
  authority: Array<Scalars['String']['output']>;
  name: Scalars['String']['output'];
};

export type Task = {
  __typename?: 'Task';
  /** Border gates the task names. */
  borderGates: Array<BorderGate>;
  /** Border incidents linked to this task (classified: only those the reader may read, like every list of them). */
  borderIncidents?: Maybe<Array<BorderIncident>>;
  /** Nested items, in document order. */
  children: Array<Task>;
  classification: Classification;
  /** Agencies that coordinate (Cơ quan phối hợp). */
  coordinators: Array<Agency>;
  createdAt: Scalars['DateTime']['output'];
  /** Festivals and exchange events that carried out this task. */
  culturalEvents?: Maybe<Array<CulturalEvent>>;
  /** Delegations that carried out this task. */
  delegations?: Maybe<Array<Delegation>>;
  /** 0 for a top-level task. */
  depth: Scalars['Int']['output'];
  /** Destinations promoted under this task. */
  destinations?: Maybe<Array<Destination>>;
  id: Scalars['ID']['output'];
  /** Information points built under this task. */
  informationPoints?: Maybe<Array<InformationPoint>>;
  investmentProjects?: Maybe<Array<InvestmentProject>>;
  /** Agencies that lead the task (Cơ quan chủ trì). */
  leads: Array<Agency>;
  /** Press coverage monitored or rebutted under this task. */
  mediaMonitoringItems?: Maybe<Array<MediaMonitoringItem>>;
  /** As numbered in the document: '1', '5.1.5', 'a'. */
  ordinal: Scalars['String']['output'];
  /** Full number from the top, e.g. '5.1.5.a'. */
  outline: Scalars['String']['output'];
  /** Border outreach sessions that carried out this task. */
  outreachSessions?: Maybe<Array<OutreachSession>>;
  /** Timeframe ended and neither DONE nor CANCELLED. */
  overdue: Scalars['Boolean']['output'];
  parent?: Maybe<Task>;
  /** Leads and coordinators as written, including collective phrases. */
  participants: Array<TaskParticipant>;
  plan: Plan;
  /** Place in the document, counting nested items. */
  position: Scalars['Int']['output'];
  /** Foreign press visits that carried out this task. */
  pressVisits?: Maybe<Array<ForeignPressVisit>>;
  /** The lead agency's latest note on progress. */
  progressNote?: Maybe<Scalars['String']['output']>;
  /** Tourism promotion campaigns that carried out this task. */
  promotionCampaigns?: Maybe<Array<PromotionCampaign>>;
  /** Publications produced for this task. */
  publications?: Maybe<Array<Publication>>;
  status: TaskStatus;
  /** Every change of the task's status, oldest first. */
  statusHistory: Array<TaskStatusChange>;
  /** The body of the item, as written. */
  text?: Maybe<Scalars['String']['output']>;
  timeframe?: Maybe<Timeframe>;
  title: Scalars['String']['output'];
  /** The task as the Government's task tracking counts it, as it stood at the end of `asOf` (today by default). */
  tracking: TaskTracking;
  /** Trade events that carried out this task. */
  tradeEvents?: Maybe<Array<TradeEvent>>;
  updatedAt: Scalars['DateTime']['output'];
  /** Send it back with an update; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['output'];
};


export type TaskBorderIncidentsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type TaskCulturalEventsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type TaskDelegationsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type TaskDestinationsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type TaskInformationPointsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type TaskInvestmentProjectsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type TaskMediaMonitoringItemsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type TaskOutreachSessionsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type TaskPressVisitsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type TaskPromotionCampaignsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type TaskPublicationsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type TaskTrackingArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


export type TaskTradeEventsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};

/** A task added to a plan by the information department. */
export type TaskInput = {
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  ordinal: Scalars['String']['input'];
  /** The task this one is nested in. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  planId: Scalars['ID']['input'];
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
  timeframeLabel?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type TaskParticipant = {
  __typename?: 'TaskParticipant';
  /** The directory agency, when the name matched one. */
  agency?: Maybe<Agency>;
  /** As written; collective phrases ('các sở, ban, ngành') match no agency. */
  nameAsWritten: Scalars['String']['output'];
  role: ParticipantRole;
};

/** What a lead agency reports on its task. */
export type TaskProgressInput = {
  progressNote?: InputMaybe<Scalars['String']['input']>;
  status: TaskStatus;
};

/** ALL: every task and nested item in document order; TOP_LEVEL: numbered items only. */
export type TaskScope =
  | 'ALL'
  | 'TOP_LEVEL';

export type TaskStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'NOT_STARTED';

/** One change of a task's status: who reported it, on which day, with what note. */
export type TaskStatusChange = {
  __typename?: 'TaskStatusChange';
  /** The reporting official's agency code. */
  agencyCode?: Maybe<Scalars['String']['output']>;
  changedAt: Scalars['DateTime']['output'];
  /** The day, in Vietnam, the status changed. */
  changedOn: Scalars['Date']['output'];
  progressNote?: Maybe<Scalars['String']['output']>;
  status: TaskStatus;
  userId?: Maybe<Scalars['String']['output']>;
};

export type TaskStatusCount = {
  __typename?: 'TaskStatusCount';
  count: Scalars['Int']['output'];
  status: TaskStatus;
};

/** A task as the Government's task tracking counts it, on a day. */
export type TaskTracking = {
  __typename?: 'TaskTracking';
  asOf: Scalars['Date']['output'];
  /** Days past its end: to the day it was done, or to asOf while open. */
  daysOverdue: Scalars['Int']['output'];
  /** The day it was marked done, if it was. */
  doneOn?: Maybe<Scalars['Date']['output']>;
  state: TrackingState;
  /** The plan's own status, as it stood that day. */
  status: TaskStatus;
};

/** When a task is to be done: the label as written and the dates it means. */
export type Timeframe = {
  __typename?: 'Timeframe';
  endsOn?: Maybe<Scalars['Date']['output']>;
  /** e.g. 'Trong quý II - quý III năm 2019'. */
  label: Scalars['String']['output'];
  startsOn?: Maybe<Scalars['Date']['output']>;
};

/** The tourism department's figures for a province and year. */
export type TourismSummary = {
  __typename?: 'TourismSummary';
  /** Cultural events starting in the year. */
  culturalEvents: Scalars['Int']['output'];
  /** Promotion campaigns starting in the year. */
  promotionCampaigns: Scalars['Int']['output'];
  /** Copies of those publications, where a count was recorded. */
  publicationCopies: Scalars['Int']['output'];
  /** Publications published in the year. */
  publications: Scalars['Int']['output'];
};

/** As the Government's task tracking counts: hoàn thành đúng hạn, hoàn thành quá hạn, đang thực hiện trong hạn, đang thực hiện quá hạn, chưa đến hạn; and cancelled, or without an end date. */
export type TrackingState =
  | 'CANCELLED'
  | 'COMPLETED_LATE'
  | 'COMPLETED_ON_TIME'
  | 'IN_PROGRESS_ON_TIME'
  | 'IN_PROGRESS_OVERDUE'
  | 'NOT_YET_DUE'
  | 'NO_DEADLINE';

export type TradeEvent = {
  __typename?: 'TradeEvent';
  /** The agencies involved. */
  agencies: Array<Agency>;
  /** The border gate whose economic zone it serves. */
  borderGate?: Maybe<BorderGate>;
  classification: Classification;
  /** Where it takes place, or the market it targets. */
  country?: Maybe<Country>;
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  endsOn?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  /** True for the hub's demonstration records. */
  isDemo: Scalars['Boolean']['output'];
  kind: TradeEventKind;
  /** As written, in Vietnamese. */
  name: Scalars['String']['output'];
  /** Who organises it, as written. */
  organizer?: Maybe<Scalars['String']['output']>;
  participatingBusinesses?: Maybe<Scalars['Int']['output']>;
  province: Province;
  /** The agency holding that secret document. */
  secretHolder?: Maybe<Scalars['String']['output']>;
  /** A state-secret document this record cites, by its registration number in its holding agency's register — never its content, which stays on that agency's independent LAN. */
  secretRegistrationNumber?: Maybe<Scalars['String']['output']>;
  startsOn?: Maybe<Scalars['Date']['output']>;
  /** The plan task this record carries out. */
  task?: Maybe<Task>;
  updatedAt: Scalars['DateTime']['output'];
  venue?: Maybe<Scalars['String']['output']>;
  /** Send it back with an update; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['output'];
};

export type TradeEventInput = {
  /** Agency ids from the plans directory; [] clears them (null is refused). */
  agencyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The border gate whose economic zone it serves. */
  borderGateId?: InputMaybe<Scalars['ID']['input']>;
  /** Defaults to INTERNAL. */
  classification?: InputMaybe<Classification>;
  /** ISO 3166-1 alpha-2, e.g. KH. */
  countryCode?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  kind: TradeEventKind;
  name: Scalars['String']['input'];
  organizer?: InputMaybe<Scalars['String']['input']>;
  participatingBusinesses?: InputMaybe<Scalars['Int']['input']>;
  /** ISO 3166-2:VN, e.g. VN-30. */
  provinceCode: Scalars['String']['input'];
  /** The agency holding the cited secret document. */
  secretHolder?: InputMaybe<Scalars['String']['input']>;
  /** A state-secret document cited by its registration number (never its content). */
  secretRegistrationNumber?: InputMaybe<Scalars['String']['input']>;
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  /** The plan task this record carries out. */
  taskId?: InputMaybe<Scalars['ID']['input']>;
  venue?: InputMaybe<Scalars['String']['input']>;
};

export type TradeEventKind =
  | 'BUSINESS_MATCHING'
  | 'EXHIBITION'
  | 'FAIR'
  | 'INVESTMENT_CONFERENCE'
  | 'MARKET_SURVEY';

/** The trade department's figures for a province and year. */
export type TradeSummary = {
  __typename?: 'TradeSummary';
  /** Free-trade-agreement briefings held in the year. */
  ftaOutreaches: Scalars['Int']['output'];
  /** Investment projects called for or licensed in the year. */
  investmentProjects: Scalars['Int']['output'];
  /** Trade events starting in the year. */
  tradeEvents: Scalars['Int']['output'];
};

/** Where in the document a warning points. */
export type WarningPlace = {
  __typename?: 'WarningPlace';
  /** A section without a number: its heading. */
  heading?: Maybe<Scalars['String']['output']>;
  /** An item inside: a task's lettered item, a section's numbered item. */
  item?: Maybe<Scalars['String']['output']>;
  /** The basis's place in the list, the section's Roman numeral, the task's number. */
  number?: Maybe<Scalars['String']['output']>;
  /** header, legalBasis, section, task or closing. */
  part: Scalars['String']['output'];
};

export type YearFiguresFragment = { __typename: 'AgencyYearFigures', year: number, asOf: string, tasksLed: number, tasksOnTime: number, tasksLate: number, tasksOverdue: number, taskOnTimeShare?: number | null, reportsDue: number, reportsOnTime: number, reportsDeadlineUnknown: number, reportOnTimeShare?: number | null };

export type CreateReportMutationVariables = Exact<{
  input: ReportInput;
}>;


export type CreateReportMutation = { __typename: 'Mutation', createReport: { __typename: 'Report', id: string, version: number, submittedOn: string } };

export type UpdateReportMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: ReportInput;
}>;


export type UpdateReportMutation = { __typename: 'Mutation', updateReport: { __typename: 'Report', id: string, version: number, submittedOn: string } };

export type CreateFocalPointMutationVariables = Exact<{
  input: FocalPointInput;
}>;


export type CreateFocalPointMutation = { __typename: 'Mutation', createFocalPoint: { __typename: 'FocalPoint', id: string, version: number } };

export type UpdateFocalPointMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: FocalPointInput;
}>;


export type UpdateFocalPointMutation = { __typename: 'Mutation', updateFocalPoint: { __typename: 'FocalPoint', id: string, version: number } };

export type ProvinceYearFiguresFragment = { __typename: 'Province', planSummary: { __typename: 'PlanSummary', tasks: number, overdueTasks: number, reportsOnTime: number, reportsLate: number, reportsMissing: number, reportsPending: number, reportsDeadlineUnknown: number, tasksByStatus: Array<{ __typename: 'TaskStatusCount', status: TaskStatus, count: number }> }, agencyPerformance: Array<{ __typename: 'AgencyPerformance', agency: { __typename: 'Agency', id: string, code: string, name: string }, current: { __typename: 'AgencyYearFigures', year: number, asOf: string, tasksLed: number, tasksOnTime: number, tasksLate: number, tasksOverdue: number, taskOnTimeShare?: number | null, reportsDue: number, reportsOnTime: number, reportsDeadlineUnknown: number, reportOnTimeShare?: number | null }, previous: { __typename: 'AgencyYearFigures', year: number, asOf: string, tasksLed: number, tasksOnTime: number, tasksLate: number, tasksOverdue: number, taskOnTimeShare?: number | null, reportsDue: number, reportsOnTime: number, reportsDeadlineUnknown: number, reportOnTimeShare?: number | null } }>, tradeSummary?: { __typename: 'TradeSummary', tradeEvents: number, investmentProjects: number } | null, tourismSummary?: { __typename: 'TourismSummary', culturalEvents: number, promotionCampaigns: number, publications: number } | null, foreignAffairsSummary?: { __typename: 'ForeignAffairsSummary', pressVisits: number, delegations: number, mediaItems: number } | null, borderSummary?: { __typename: 'BorderSummary', outreachSessions: number, informationPoints: number } | null };

export type UpdateTaskProgressMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: TaskProgressInput;
}>;


export type UpdateTaskProgressMutation = { __typename: 'Mutation', updateTaskProgress: { __typename: 'Task', id: string, version: number, status: TaskStatus, progressNote?: string | null } };

export type UpdateTaskMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: TaskInput;
}>;


export type UpdateTaskMutation = { __typename: 'Mutation', updateTask: { __typename: 'Task', id: string, version: number, title: string, text?: string | null, timeframe?: { __typename: 'Timeframe', label: string, startsOn?: string | null, endsOn?: string | null } | null } };

export type UpdateReportingDeadlineMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: ReportingDeadlineInput;
}>;


export type UpdateReportingDeadlineMutation = { __typename: 'Mutation', updateReportingDeadline: { __typename: 'ReportingDeadline', id: string, version: number, dueOn?: string | null, rawText: string } };

export type AgencyLookupQueryVariables = Exact<{
  provinceCode: Scalars['String']['input'];
}>;


export type AgencyLookupQuery = { __typename: 'Query', agencies: Array<{ __typename: 'Agency', id: string, code: string }> };

export type AgencyTaskFragment = { __typename: 'Task', id: string, outline: string, title: string, status: TaskStatus, overdue: boolean, tracking: { __typename: 'TaskTracking', asOf: string, state: TrackingState, daysOverdue: number }, timeframe?: { __typename: 'Timeframe', label: string, endsOn?: string | null } | null, plan: { __typename: 'Plan', id: string, year: number, province: { __typename: 'Province', code: string } }, leads: Array<{ __typename: 'Agency', id: string, code: string, name: string }>, tradeEvents?: Array<{ __typename: 'TradeEvent', id: string, name: string, startsOn?: string | null, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null, investmentProjects?: Array<{ __typename: 'InvestmentProject', id: string, name: string, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null, culturalEvents?: Array<{ __typename: 'CulturalEvent', id: string, name: string, startsOn?: string | null, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null, promotionCampaigns?: Array<{ __typename: 'PromotionCampaign', id: string, name: string, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null, publications?: Array<{ __typename: 'Publication', id: string, title: string, publishedOn?: string | null, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null, destinations?: Array<{ __typename: 'Destination', id: string, name: string, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null, pressVisits?: Array<{ __typename: 'ForeignPressVisit', id: string, outlet: string, arrivesOn?: string | null, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null, delegations?: Array<{ __typename: 'Delegation', id: string, name: string, startsOn?: string | null, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null, mediaMonitoringItems?: Array<{ __typename: 'MediaMonitoringItem', id: string, headline: string, publishedOn?: string | null, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null, outreachSessions?: Array<{ __typename: 'OutreachSession', id: string, topic: string, heldOn?: string | null, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null, informationPoints?: Array<{ __typename: 'InformationPoint', id: string, name: string, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null, borderIncidents?: Array<{ __typename: 'BorderIncident', id: string, title: string, occurredOn?: string | null, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null };

export type AgencyViewQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
}>;


export type AgencyViewQuery = { __typename: 'Query', agency?: { __typename: 'Agency', id: string, code: string, name: string, nameEn?: string | null, validFrom?: string | null, validUntil?: string | null, existedIn: boolean, reportsRequired: boolean, province: { __typename: 'Province', code: string, name: string, successor?: { __typename: 'Province', code: string } | null }, successor?: { __typename: 'Agency', code: string, name: string } | null, focalPoints: Array<{ __typename: 'FocalPoint', id: string, role: FocalPointRole, fullName: string, position?: string | null, phone?: string | null, email?: string | null, contactShown: boolean }>, ledTasks: Array<{ __typename: 'Task', id: string, outline: string, title: string, status: TaskStatus, overdue: boolean, tracking: { __typename: 'TaskTracking', asOf: string, state: TrackingState, daysOverdue: number }, timeframe?: { __typename: 'Timeframe', label: string, endsOn?: string | null } | null, plan: { __typename: 'Plan', id: string, year: number, province: { __typename: 'Province', code: string } }, leads: Array<{ __typename: 'Agency', id: string, code: string, name: string }>, tradeEvents?: Array<{ __typename: 'TradeEvent', id: string, name: string, startsOn?: string | null, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null, investmentProjects?: Array<{ __typename: 'InvestmentProject', id: string, name: string, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null, culturalEvents?: Array<{ __typename: 'CulturalEvent', id: string, name: string, startsOn?: string | null, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null, promotionCampaigns?: Array<{ __typename: 'PromotionCampaign', id: string, name: string, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null, publications?: Array<{ __typename: 'Publication', id: string, title: string, publishedOn?: string | null, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null, destinations?: Array<{ __typename: 'Destination', id: string, name: string, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null, pressVisits?: Array<{ __typename: 'ForeignPressVisit', id: string, outlet: string, arrivesOn?: string | null, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null, delegations?: Array<{ __typename: 'Delegation', id: string, name: string, startsOn?: string | null, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null, mediaMonitoringItems?: Array<{ __typename: 'MediaMonitoringItem', id: string, headline: string, publishedOn?: string | null, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null, outreachSessions?: Array<{ __typename: 'OutreachSession', id: string, topic: string, heldOn?: string | null, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null, informationPoints?: Array<{ __typename: 'InformationPoint', id: string, name: string, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null, borderIncidents?: Array<{ __typename: 'BorderIncident', id: string, title: string, occurredOn?: string | null, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null }>, coordinatedTasks: Array<{ __typename: 'Task', id: string, outline: string, title: string, status: TaskStatus, overdue: boolean, tracking: { __typename: 'TaskTracking', asOf: string, state: TrackingState, daysOverdue: number }, timeframe?: { __typename: 'Timeframe', label: string, endsOn?: string | null } | null, plan: { __typename: 'Plan', id: string, year: number, province: { __typename: 'Province', code: string } }, leads: Array<{ __typename: 'Agency', id: string, code: string, name: string }>, tradeEvents?: Array<{ __typename: 'TradeEvent', id: string, name: string, startsOn?: string | null, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null, investmentProjects?: Array<{ __typename: 'InvestmentProject', id: string, name: string, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null, culturalEvents?: Array<{ __typename: 'CulturalEvent', id: string, name: string, startsOn?: string | null, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null, promotionCampaigns?: Array<{ __typename: 'PromotionCampaign', id: string, name: string, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null, publications?: Array<{ __typename: 'Publication', id: string, title: string, publishedOn?: string | null, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null, destinations?: Array<{ __typename: 'Destination', id: string, name: string, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null, pressVisits?: Array<{ __typename: 'ForeignPressVisit', id: string, outlet: string, arrivesOn?: string | null, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null, delegations?: Array<{ __typename: 'Delegation', id: string, name: string, startsOn?: string | null, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null, mediaMonitoringItems?: Array<{ __typename: 'MediaMonitoringItem', id: string, headline: string, publishedOn?: string | null, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null, outreachSessions?: Array<{ __typename: 'OutreachSession', id: string, topic: string, heldOn?: string | null, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null, informationPoints?: Array<{ __typename: 'InformationPoint', id: string, name: string, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null, borderIncidents?: Array<{ __typename: 'BorderIncident', id: string, title: string, occurredOn?: string | null, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null }>, reports: Array<{ __typename: 'ReportStatus', deadlineId: string, period: ReportPeriod, dueOn?: string | null, dueText: string, submittedOn?: string | null, state: ReportState, report?: { __typename: 'Report', id: string, documentNumber?: string | null, fileName?: string | null } | null }>, performance: { __typename: 'AgencyPerformance', current: { __typename: 'AgencyYearFigures', year: number, asOf: string, tasksLed: number, tasksOnTime: number, tasksLate: number, tasksOverdue: number, taskOnTimeShare?: number | null, reportsDue: number, reportsOnTime: number, reportsDeadlineUnknown: number, reportOnTimeShare?: number | null }, previous: { __typename: 'AgencyYearFigures', year: number, asOf: string, tasksLed: number, tasksOnTime: number, tasksLate: number, tasksOverdue: number, taskOnTimeShare?: number | null, reportsDue: number, reportsOnTime: number, reportsDeadlineUnknown: number, reportOnTimeShare?: number | null } } } | null };

export type AuditViewQueryVariables = Exact<{
  userId?: InputMaybe<Scalars['String']['input']>;
  recordId?: InputMaybe<Scalars['ID']['input']>;
  operation?: InputMaybe<Scalars['String']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
  plans: Scalars['Boolean']['input'];
  trade: Scalars['Boolean']['input'];
  tourism: Scalars['Boolean']['input'];
  foreignAffairs: Scalars['Boolean']['input'];
  borderSecurity: Scalars['Boolean']['input'];
}>;


export type AuditViewQuery = { __typename: 'Query', auditLog: { __typename: 'AuditLog', id: string, plansChain: { __typename: 'AuditChainState', intact: boolean, entries: number, problem?: string | null }, tradeChain: { __typename: 'AuditChainState', intact: boolean, entries: number, problem?: string | null }, tourismChain: { __typename: 'AuditChainState', intact: boolean, entries: number, problem?: string | null }, foreignAffairsChain: { __typename: 'AuditChainState', intact: boolean, entries: number, problem?: string | null }, borderSecurityChain: { __typename: 'AuditChainState', intact: boolean, entries: number, problem?: string | null }, plans?: Array<{ __typename: 'AuditEntry', sequence: number, at: string, userId?: string | null, agencyCode?: string | null, role?: string | null, operation: string, entity: string, recordId?: string | null, outcome: string, reason?: string | null }>, trade?: Array<{ __typename: 'AuditEntry', sequence: number, at: string, userId?: string | null, agencyCode?: string | null, role?: string | null, operation: string, entity: string, recordId?: string | null, outcome: string, reason?: string | null }>, tourism?: Array<{ __typename: 'AuditEntry', sequence: number, at: string, userId?: string | null, agencyCode?: string | null, role?: string | null, operation: string, entity: string, recordId?: string | null, outcome: string, reason?: string | null }>, foreignAffairs?: Array<{ __typename: 'AuditEntry', sequence: number, at: string, userId?: string | null, agencyCode?: string | null, role?: string | null, operation: string, entity: string, recordId?: string | null, outcome: string, reason?: string | null }>, borderSecurity?: Array<{ __typename: 'AuditEntry', sequence: number, at: string, userId?: string | null, agencyCode?: string | null, role?: string | null, operation: string, entity: string, recordId?: string | null, outcome: string, reason?: string | null }> } };

export type EntryFragment = { __typename: 'AuditEntry', sequence: number, at: string, userId?: string | null, agencyCode?: string | null, role?: string | null, operation: string, entity: string, recordId?: string | null, outcome: string, reason?: string | null };

export type BorderGateViewQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BorderGateViewQuery = { __typename: 'Query', borderGate?: { __typename: 'BorderGate', id: string, name: string, kind: BorderGateKind, classification: Classification, province: { __typename: 'Province', code: string, name: string }, country: { __typename: 'Country', code: string, name: string }, informationPoints?: Array<{ __typename: 'InformationPoint', id: string, name: string, status: InformationPointStatus, classification: Classification }> | null, outreachSessions?: Array<{ __typename: 'OutreachSession', id: string, topic: string, heldOn?: string | null, attendees?: number | null, classification: Classification }> | null, borderIncidents?: Array<{ __typename: 'BorderIncident', id: string, title: string, occurredOn?: string | null, classification: Classification }> | null, tradeEvents?: Array<{ __typename: 'TradeEvent', id: string, name: string, startsOn?: string | null, classification: Classification }> | null, pressVisits?: Array<{ __typename: 'ForeignPressVisit', id: string, outlet: string, arrivesOn?: string | null, classification: Classification }> | null, tasks?: Array<{ __typename: 'Task', id: string, title: string, plan: { __typename: 'Plan', id: string, year: number, province: { __typename: 'Province', code: string } } }> | null } | null };

export type RecordContactExportMutationVariables = Exact<{
  focalPointIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  format: Scalars['String']['input'];
}>;


export type RecordContactExportMutation = { __typename: 'Mutation', recordContactExport: number };

export type AgencyComplianceViewQueryVariables = Exact<{
  provinceCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
}>;


export type AgencyComplianceViewQuery = { __typename: 'Query', province?: { __typename: 'Province', code: string, name: string, successor?: { __typename: 'Province', code: string } | null } | null, plans: Array<{ __typename: 'Plan', id: string, mayCoordinate: boolean, focalPointsDueOn?: string | null, focalPointsDueText?: string | null }>, agencies: Array<{ __typename: 'Agency', id: string, code: string, name: string, validFrom?: string | null, validUntil?: string | null, existedIn: boolean, focalPoints: Array<{ __typename: 'FocalPoint', id: string, version: number, role: FocalPointRole, fullName: string, position?: string | null, phone?: string | null, email?: string | null, contactShown: boolean }>, ledTasks: Array<{ __typename: 'Task', id: string, outline: string, title: string, status: TaskStatus, overdue: boolean }>, reports: Array<{ __typename: 'ReportStatus', deadlineId: string, period: ReportPeriod, dueOn?: string | null, dueText: string, submittedOn?: string | null, state: ReportState, report?: { __typename: 'Report', id: string, version: number, submittedOn: string, documentNumber?: string | null, summary?: string | null, fileName?: string | null } | null }>, reminders: Array<{ __typename: 'ReminderMessage', step: ReminderStep, daysBefore?: number | null, status: ReminderStatus, recipients: Array<string>, createdAt: string, sentAt?: string | null, respondBy?: string | null, error?: string | null }>, performance: { __typename: 'AgencyPerformance', current: { __typename: 'AgencyYearFigures', year: number, asOf: string, tasksLed: number, tasksOnTime: number, tasksLate: number, tasksOverdue: number, taskOnTimeShare?: number | null, reportsDue: number, reportsOnTime: number, reportsDeadlineUnknown: number, reportOnTimeShare?: number | null }, previous: { __typename: 'AgencyYearFigures', year: number, asOf: string, tasksLed: number, tasksOnTime: number, tasksLate: number, tasksOverdue: number, taskOnTimeShare?: number | null, reportsDue: number, reportsOnTime: number, reportsDeadlineUnknown: number, reportOnTimeShare?: number | null } } }> };

export type CountryDossierQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type CountryDossierQuery = { __typename: 'Query', country?: { __typename: 'Country', code: string, name: string, nameEn: string, partnerLocalities?: Array<{ __typename: 'PartnerLocality', id: string, name: string, classification: Classification, province: { __typename: 'Province', code: string, name: string } }> | null, delegations?: Array<{ __typename: 'Delegation', id: string, name: string, direction: DelegationDirection, startsOn?: string | null, classification: Classification }> | null, pressVisits?: Array<{ __typename: 'ForeignPressVisit', id: string, outlet: string, arrivesOn?: string | null, classification: Classification }> | null, overseasCommunities?: Array<{ __typename: 'OverseasCommunity', id: string, name: string, classification: Classification }> | null, tradeEvents?: Array<{ __typename: 'TradeEvent', id: string, name: string, startsOn?: string | null, classification: Classification }> | null, investmentProjects?: Array<{ __typename: 'InvestmentProject', id: string, name: string, registeredOn?: string | null, classification: Classification }> | null, promotionCampaigns?: Array<{ __typename: 'PromotionCampaign', id: string, name: string, startsOn?: string | null, classification: Classification }> | null, culturalEvents?: Array<{ __typename: 'CulturalEvent', id: string, name: string, startsOn?: string | null, classification: Classification }> | null, borderGates?: Array<{ __typename: 'BorderGate', id: string, name: string, classification: Classification, province: { __typename: 'Province', code: string, name: string } }> | null } | null };

export type ProvinceListQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvinceListQuery = { __typename: 'Query', provinces: Array<{ __typename: 'Province', code: string, name: string, plans: Array<{ __typename: 'Plan', id: string, year: number }>, borderGates?: Array<{ __typename: 'BorderGate', id: string, country: { __typename: 'Country', code: string, name: string } }> | null }> };

export type NationalOverviewViewQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type NationalOverviewViewQuery = { __typename: 'Query', provinces: Array<{ __typename: 'Province', code: string, name: string, validUntil?: string | null, successor?: { __typename: 'Province', code: string } | null, plans: Array<{ __typename: 'Plan', id: string, year: number, title: string }>, planSummary: { __typename: 'PlanSummary', tasks: number, overdueTasks: number, reportsOnTime: number, reportsLate: number, reportsMissing: number, reportsPending: number, reportsDeadlineUnknown: number, tasksByStatus: Array<{ __typename: 'TaskStatusCount', status: TaskStatus, count: number }> } }> };

export type PlanViewQueryVariables = Exact<{
  provinceCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
}>;


export type PlanViewQuery = { __typename: 'Query', province?: { __typename: 'Province', code: string, successor?: { __typename: 'Province', code: string } | null } | null, agencies: Array<{ __typename: 'Agency', id: string, code: string, name: string }>, plans: Array<{ __typename: 'Plan', id: string, mayCoordinate: boolean, title: string, year: number, documentNumber?: string | null, issuedOn?: string | null, approvedByNumber?: string | null, approvedOn?: string | null, approvalSignatoryName?: string | null, approvalSignatoryTitle?: string | null, signatoryName?: string | null, signatoryTitle?: string | null, objectives: Array<string>, requirements: Array<string>, province: { __typename: 'Province', code: string, name: string }, legalBases: Array<{ __typename: 'LegalBasis', text: string }>, reportingDeadlines: Array<{ __typename: 'ReportingDeadline', id: string, version: number, period: ReportPeriod, dueOn?: string | null, rawText: string }>, tasks: Array<{ __typename: 'Task', id: string, version: number, text?: string | null, ordinal: string, outline: string, depth: number, title: string, status: TaskStatus, progressNote?: string | null, overdue: boolean, tracking: { __typename: 'TaskTracking', asOf: string, state: TrackingState, daysOverdue: number }, statusHistory: Array<{ __typename: 'TaskStatusChange', status: TaskStatus, progressNote?: string | null, changedOn: string, changedAt: string, userId?: string | null, agencyCode?: string | null }>, parent?: { __typename: 'Task', id: string } | null, timeframe?: { __typename: 'Timeframe', label: string, startsOn?: string | null, endsOn?: string | null } | null, leads: Array<{ __typename: 'Agency', id: string, code: string, name: string }>, coordinators: Array<{ __typename: 'Agency', id: string, code: string, name: string }>, tradeEvents?: Array<{ __typename: 'TradeEvent', id: string, name: string, startsOn?: string | null, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null, investmentProjects?: Array<{ __typename: 'InvestmentProject', id: string, name: string, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null, culturalEvents?: Array<{ __typename: 'CulturalEvent', id: string, name: string, startsOn?: string | null, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null, promotionCampaigns?: Array<{ __typename: 'PromotionCampaign', id: string, name: string, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null, publications?: Array<{ __typename: 'Publication', id: string, title: string, publishedOn?: string | null, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null, destinations?: Array<{ __typename: 'Destination', id: string, name: string, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null, pressVisits?: Array<{ __typename: 'ForeignPressVisit', id: string, outlet: string, arrivesOn?: string | null, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null, delegations?: Array<{ __typename: 'Delegation', id: string, name: string, startsOn?: string | null, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null, mediaMonitoringItems?: Array<{ __typename: 'MediaMonitoringItem', id: string, headline: string, publishedOn?: string | null, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null, outreachSessions?: Array<{ __typename: 'OutreachSession', id: string, topic: string, heldOn?: string | null, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null, informationPoints?: Array<{ __typename: 'InformationPoint', id: string, name: string, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null, borderIncidents?: Array<{ __typename: 'BorderIncident', id: string, title: string, occurredOn?: string | null, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null }> }> };

export type PreviewPlanImportQueryVariables = Exact<{
  file: Scalars['String']['input'];
  addUnknown: Scalars['Boolean']['input'];
  corrections?: InputMaybe<Array<PlanImportCorrection> | PlanImportCorrection>;
}>;


export type PreviewPlanImportQuery = { __typename: 'Query', previewPlanImport: { __typename: 'PlanImportPreview', planId: string, exists: boolean, title: string, year: number, documentNumber?: string | null, provinceCode?: string | null, provinceName: string, provinceKnown: boolean, legalBases: Array<string>, tasks: Array<{ __typename: 'PreviewTask', outline: string, depth: number, title: string, timeframe?: string | null, startsOn?: string | null, endsOn?: string | null, change: string, previousTitle?: string | null, status?: TaskStatus | null, leads: Array<{ __typename: 'PreviewAgency', name: string, code?: string | null, known: boolean }>, coordinators: Array<{ __typename: 'PreviewAgency', name: string, code?: string | null, known: boolean }> }>, removedTasks: Array<{ __typename: 'RemovedTask', outline: string, title: string, status: TaskStatus }>, deadlines: Array<{ __typename: 'PreviewDeadline', period: ReportPeriod, dueOn?: string | null, rawText: string, change: string, previousDueOn?: string | null }>, removedDeadlines: Array<{ __typename: 'PreviewDeadline', period: ReportPeriod, dueOn?: string | null, rawText: string }>, warningDetails: Array<{ __typename: 'ImportWarning', code: string, message: string, place: { __typename: 'WarningPlace', part: string, number?: string | null, heading?: string | null, item?: string | null }, params: Array<{ __typename: 'MessageParam', name: string, value: string }> }>, unknownAgencies: Array<{ __typename: 'PreviewAgency', name: string, code?: string | null }>, corrections: Array<{ __typename: 'AppliedCorrection', kind: PlanImportCorrectionKind, target: string, from?: string | null, to: string }>, refusal?: { __typename: 'ImportRefusal', code: string, reason?: string | null, message: string, params: Array<{ __typename: 'MessageParam', name: string, value: string }> } | null, ocr?: { __typename: 'OcrReadingSummary', pages: number, confidence: number, threshold: number, lineCount: number, doubtedLineCount: number, doubtedLines: Array<{ __typename: 'OcrDoubtedLine', page: number, line: number, text: string, confidence: number, doubtedWords: Array<string> }> } | null } };

export type ImportPlanMutationVariables = Exact<{
  file: Scalars['String']['input'];
  addUnknown: Scalars['Boolean']['input'];
  corrections?: InputMaybe<Array<PlanImportCorrection> | PlanImportCorrection>;
}>;


export type ImportPlanMutation = { __typename: 'Mutation', importPlan: { __typename: 'Plan', id: string, year: number, province: { __typename: 'Province', code: string } } };

export type PrivacyViewQueryVariables = Exact<{
  provinceCode: Scalars['String']['input'];
}>;


export type PrivacyViewQuery = { __typename: 'Query', processingLog: Array<{ __typename: 'ProcessingLogEntry', id: string, at: string, userId?: string | null, agencyCode?: string | null, role?: string | null, operation: string, entity: string, recordIds: Array<string>, fields: Array<string>, note?: string | null }> };

export type PersonalDataRequestQueryVariables = Exact<{
  provinceCode: Scalars['String']['input'];
  fullName: Scalars['String']['input'];
}>;


export type PersonalDataRequestQuery = { __typename: 'Query', personalData: { __typename: 'PersonalDataReport', receivedOn: string, answerBy: string, focalPoints: Array<{ __typename: 'FocalPoint', id: string, fullName: string, position?: string | null, phone?: string | null, email?: string | null, agency?: { __typename: 'Agency', name: string } | null }>, history: Array<{ __typename: 'AuditEntry', sequence: number, at: string, operation: string }>, processing: Array<{ __typename: 'ProcessingLogEntry', id: string, at: string, operation: string, userId?: string | null }> } };

export type ErasePersonalDataMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type ErasePersonalDataMutation = { __typename: 'Mutation', erasePersonalData: { __typename: 'ErasureReceipt', id: string, auditTrailSealed: boolean } };

export type ProvinceDashboardViewQueryVariables = Exact<{
  provinceCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
}>;


export type ProvinceDashboardViewQuery = { __typename: 'Query', province?: { __typename: 'Province', code: string, name: string, successor?: { __typename: 'Province', code: string } | null, plans: Array<{ __typename: 'Plan', id: string, year: number }>, history: Array<{ __typename: 'Plan', id: string, year: number, title: string, province: { __typename: 'Province', code: string, name: string } }>, foreignAffairsSummary?: { __typename: 'ForeignAffairsSummary', rebuttals: number, pressVisits: number, delegations: number, mediaItems: number } | null, borderSummary?: { __typename: 'BorderSummary', attendees: number, outreachSessions: number, informationPoints: number } | null, planSummary: { __typename: 'PlanSummary', tasks: number, overdueTasks: number, reportsOnTime: number, reportsLate: number, reportsMissing: number, reportsPending: number, reportsDeadlineUnknown: number, tasksByStatus: Array<{ __typename: 'TaskStatusCount', status: TaskStatus, count: number }> }, agencyPerformance: Array<{ __typename: 'AgencyPerformance', agency: { __typename: 'Agency', id: string, code: string, name: string }, current: { __typename: 'AgencyYearFigures', year: number, asOf: string, tasksLed: number, tasksOnTime: number, tasksLate: number, tasksOverdue: number, taskOnTimeShare?: number | null, reportsDue: number, reportsOnTime: number, reportsDeadlineUnknown: number, reportOnTimeShare?: number | null }, previous: { __typename: 'AgencyYearFigures', year: number, asOf: string, tasksLed: number, tasksOnTime: number, tasksLate: number, tasksOverdue: number, taskOnTimeShare?: number | null, reportsDue: number, reportsOnTime: number, reportsDeadlineUnknown: number, reportOnTimeShare?: number | null } }>, tradeSummary?: { __typename: 'TradeSummary', tradeEvents: number, investmentProjects: number } | null, tourismSummary?: { __typename: 'TourismSummary', culturalEvents: number, promotionCampaigns: number, publications: number } | null } | null, plans: Array<{ __typename: 'Plan', id: string, title: string, reportingDeadlines: Array<{ __typename: 'ReportingDeadline', period: ReportPeriod, dueOn?: string | null, rawText: string }>, tasks: Array<{ __typename: 'Task', id: string, outline: string, title: string, status: TaskStatus, overdue: boolean, tracking: { __typename: 'TaskTracking', asOf: string, state: TrackingState, daysOverdue: number }, timeframe?: { __typename: 'Timeframe', label: string, endsOn?: string | null } | null, leads: Array<{ __typename: 'Agency', id: string, code: string, name: string }> }> }> };

export type PublicPagesQueryVariables = Exact<{
  provinceCode: Scalars['String']['input'];
}>;


export type PublicPagesQuery = { __typename: 'Query', province?: { __typename: 'Province', code: string, name: string } | null, destinations: Array<{ __typename: 'Destination', id: string, name: string, district?: string | null, classification: Classification }>, culturalEvents: Array<{ __typename: 'CulturalEvent', id: string, name: string, startsOn?: string | null, venue?: string | null, classification: Classification }>, publications: Array<{ __typename: 'Publication', id: string, title: string, publishedOn?: string | null, languages: Array<string>, classification: Classification }>, partnerLocalities: Array<{ __typename: 'PartnerLocality', id: string, name: string, classification: Classification, country?: { __typename: 'Country', name: string } | null }> };

export type RebuttedMediaItemsQueryVariables = Exact<{
  provinceCode?: InputMaybe<Scalars['String']['input']>;
}>;


export type RebuttedMediaItemsQuery = { __typename: 'Query', mediaMonitoringItems: Array<{ __typename: 'MediaMonitoringItem', id: string, version: number, classification: Classification, headline: string, publishedOn?: string | null, rebuttal?: string | null, province: { __typename: 'Province', code: string } }> };

export type SearchPlansQueryVariables = Exact<{
  q: Scalars['String']['input'];
  planProvince: Scalars['String']['input'];
}>;


export type SearchPlansQuery = { __typename: 'Query', plans: Array<{ __typename: 'Plan', id: string, title: string, year: number, classification: Classification, province: { __typename: 'Province', code: string } }>, agencies: Array<{ __typename: 'Agency', id: string, name: string, code: string, classification: Classification }> };

export type SearchTradeQueryVariables = Exact<{
  q: Scalars['String']['input'];
  provinceCode?: InputMaybe<Scalars['String']['input']>;
}>;


export type SearchTradeQuery = { __typename: 'Query', tradeEvents: Array<{ __typename: 'TradeEvent', id: string, name: string, classification: Classification }>, investmentProjects: Array<{ __typename: 'InvestmentProject', id: string, name: string, classification: Classification }>, products: Array<{ __typename: 'Product', id: string, name: string, classification: Classification }>, ftaOutreaches: Array<{ __typename: 'FtaOutreach', id: string, title: string, classification: Classification }> };

export type SearchTourismQueryVariables = Exact<{
  q: Scalars['String']['input'];
  provinceCode?: InputMaybe<Scalars['String']['input']>;
}>;


export type SearchTourismQuery = { __typename: 'Query', destinations: Array<{ __typename: 'Destination', id: string, name: string, classification: Classification }>, culturalEvents: Array<{ __typename: 'CulturalEvent', id: string, name: string, classification: Classification }>, promotionCampaigns: Array<{ __typename: 'PromotionCampaign', id: string, name: string, classification: Classification }>, publications: Array<{ __typename: 'Publication', id: string, title: string, classification: Classification }> };

export type SearchForeignAffairsQueryVariables = Exact<{
  q: Scalars['String']['input'];
  provinceCode?: InputMaybe<Scalars['String']['input']>;
}>;


export type SearchForeignAffairsQuery = { __typename: 'Query', foreignPressVisits: Array<{ __typename: 'ForeignPressVisit', id: string, outlet: string, classification: Classification }>, delegations: Array<{ __typename: 'Delegation', id: string, name: string, classification: Classification }>, pressConferences: Array<{ __typename: 'PressConference', id: string, title: string, classification: Classification }>, partnerLocalities: Array<{ __typename: 'PartnerLocality', id: string, name: string, classification: Classification }>, overseasCommunities: Array<{ __typename: 'OverseasCommunity', id: string, name: string, classification: Classification }>, mediaMonitoringItems: Array<{ __typename: 'MediaMonitoringItem', id: string, headline: string, classification: Classification }> };

export type SearchBorderSecurityQueryVariables = Exact<{
  q: Scalars['String']['input'];
  provinceCode?: InputMaybe<Scalars['String']['input']>;
}>;


export type SearchBorderSecurityQuery = { __typename: 'Query', borderGates: Array<{ __typename: 'BorderGate', id: string, name: string, classification: Classification }>, borderCommunes: Array<{ __typename: 'BorderCommune', id: string, name: string, classification: Classification }>, informationPoints: Array<{ __typename: 'InformationPoint', id: string, name: string, classification: Classification }>, outreachSessions: Array<{ __typename: 'OutreachSession', id: string, topic: string, classification: Classification }>, selfManagementGroups: Array<{ __typename: 'SelfManagementGroup', id: string, name: string, classification: Classification }>, borderIncidents: Array<{ __typename: 'BorderIncident', id: string, title: string, classification: Classification }> };

export type SearchProvincesQueryVariables = Exact<{ [key: string]: never; }>;


export type SearchProvincesQuery = { __typename: 'Query', provinces: Array<{ __typename: 'Province', code: string, name: string }> };

export type ProvinceSummaryViewQueryVariables = Exact<{
  provinceCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
}>;


export type ProvinceSummaryViewQuery = { __typename: 'Query', province?: { __typename: 'Province', code: string, name: string, successor?: { __typename: 'Province', code: string } | null, planSummary: { __typename: 'PlanSummary', tasks: number, overdueTasks: number, reportsOnTime: number, reportsLate: number, reportsMissing: number, reportsPending: number, reportsDeadlineUnknown: number, tasksByStatus: Array<{ __typename: 'TaskStatusCount', status: TaskStatus, count: number }> }, agencyPerformance: Array<{ __typename: 'AgencyPerformance', agency: { __typename: 'Agency', id: string, code: string, name: string }, current: { __typename: 'AgencyYearFigures', year: number, asOf: string, tasksLed: number, tasksOnTime: number, tasksLate: number, tasksOverdue: number, taskOnTimeShare?: number | null, reportsDue: number, reportsOnTime: number, reportsDeadlineUnknown: number, reportOnTimeShare?: number | null }, previous: { __typename: 'AgencyYearFigures', year: number, asOf: string, tasksLed: number, tasksOnTime: number, tasksLate: number, tasksOverdue: number, taskOnTimeShare?: number | null, reportsDue: number, reportsOnTime: number, reportsDeadlineUnknown: number, reportOnTimeShare?: number | null } }>, tradeSummary?: { __typename: 'TradeSummary', tradeEvents: number, investmentProjects: number } | null, tourismSummary?: { __typename: 'TourismSummary', culturalEvents: number, promotionCampaigns: number, publications: number } | null, foreignAffairsSummary?: { __typename: 'ForeignAffairsSummary', pressVisits: number, delegations: number, mediaItems: number } | null, borderSummary?: { __typename: 'BorderSummary', outreachSessions: number, informationPoints: number } | null } | null, plans: Array<{ __typename: 'Plan', id: string, title: string, documentNumber?: string | null, issuedOn?: string | null, tasks: Array<{ __typename: 'Task', id: string, outline: string, title: string, status: TaskStatus, overdue: boolean, tracking: { __typename: 'TaskTracking', asOf: string, state: TrackingState, daysOverdue: number }, leads: Array<{ __typename: 'Agency', id: string, code: string, name: string }> }> }>, agencies: Array<{ __typename: 'Agency', id: string, code: string, name: string, reports: Array<{ __typename: 'ReportStatus', deadlineId: string, period: ReportPeriod, state: ReportState }> }> };

export type TaskRecordsFragment = { __typename: 'Task', tradeEvents?: Array<{ __typename: 'TradeEvent', id: string, name: string, startsOn?: string | null, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null, investmentProjects?: Array<{ __typename: 'InvestmentProject', id: string, name: string, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null, culturalEvents?: Array<{ __typename: 'CulturalEvent', id: string, name: string, startsOn?: string | null, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null, promotionCampaigns?: Array<{ __typename: 'PromotionCampaign', id: string, name: string, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null, publications?: Array<{ __typename: 'Publication', id: string, title: string, publishedOn?: string | null, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null, destinations?: Array<{ __typename: 'Destination', id: string, name: string, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null, pressVisits?: Array<{ __typename: 'ForeignPressVisit', id: string, outlet: string, arrivesOn?: string | null, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null, delegations?: Array<{ __typename: 'Delegation', id: string, name: string, startsOn?: string | null, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null, mediaMonitoringItems?: Array<{ __typename: 'MediaMonitoringItem', id: string, headline: string, publishedOn?: string | null, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null, outreachSessions?: Array<{ __typename: 'OutreachSession', id: string, topic: string, heldOn?: string | null, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null, informationPoints?: Array<{ __typename: 'InformationPoint', id: string, name: string, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null, borderIncidents?: Array<{ __typename: 'BorderIncident', id: string, title: string, occurredOn?: string | null, classification: Classification, agencies: Array<{ __typename: 'Agency', id: string }> }> | null };

export type PickerTasksQueryVariables = Exact<{
  provinceCode: Scalars['String']['input'];
}>;


export type PickerTasksQuery = { __typename: 'Query', plans: Array<{ __typename: 'Plan', id: string, year: number, tasks: Array<{ __typename: 'Task', id: string, outline: string, title: string }> }> };

export type PickerAgenciesQueryVariables = Exact<{
  provinceCode: Scalars['String']['input'];
}>;


export type PickerAgenciesQuery = { __typename: 'Query', agencies: Array<{ __typename: 'Agency', id: string, code: string, name: string, validUntil?: string | null }> };

export type PickerPlacesQueryVariables = Exact<{
  provinceCode: Scalars['String']['input'];
}>;


export type PickerPlacesQuery = { __typename: 'Query', borderGates: Array<{ __typename: 'BorderGate', id: string, name: string }>, borderCommunes: Array<{ __typename: 'BorderCommune', id: string, name: string }>, partnerLocalities: Array<{ __typename: 'PartnerLocality', id: string, name: string }> };

export type PickerCountriesQueryVariables = Exact<{ [key: string]: never; }>;


export type PickerCountriesQuery = { __typename: 'Query', countries: Array<{ __typename: 'Country', code: string, name: string, nameEn: string }> };

export type TradeEventRecordsQueryVariables = Exact<{
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type TradeEventRecordsQuery = { __typename: 'Query', tradeEvents: Array<{ __typename: 'TradeEvent', id: string, version: number, classification: Classification, name: string, startsOn?: string | null, province: { __typename: 'Province', code: string } }> };

export type TradeEventRecordQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TradeEventRecordQuery = { __typename: 'Query', tradeEvent?: { __typename: 'TradeEvent', id: string, version: number, classification: Classification, secretRegistrationNumber?: string | null, secretHolder?: string | null, name: string, kind: TradeEventKind, startsOn?: string | null, endsOn?: string | null, venue?: string | null, organizer?: string | null, participatingBusinesses?: number | null, description?: string | null, province: { __typename: 'Province', code: string }, task?: { __typename: 'Task', id: string } | null, agencies: Array<{ __typename: 'Agency', id: string }>, country?: { __typename: 'Country', code: string } | null, borderGate?: { __typename: 'BorderGate', id: string } | null } | null };

export type CreateTradeEventRecordMutationVariables = Exact<{
  input: TradeEventInput;
}>;


export type CreateTradeEventRecordMutation = { __typename: 'Mutation', createTradeEvent: { __typename: 'TradeEvent', id: string, version: number } };

export type UpdateTradeEventRecordMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: TradeEventInput;
}>;


export type UpdateTradeEventRecordMutation = { __typename: 'Mutation', updateTradeEvent: { __typename: 'TradeEvent', id: string, version: number } };

export type ProductRecordsQueryVariables = Exact<{
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type ProductRecordsQuery = { __typename: 'Query', products: Array<{ __typename: 'Product', id: string, version: number, classification: Classification, name: string, province: { __typename: 'Province', code: string } }> };

export type ProductRecordQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ProductRecordQuery = { __typename: 'Query', product?: { __typename: 'Product', id: string, version: number, classification: Classification, secretRegistrationNumber?: string | null, secretHolder?: string | null, name: string, category?: string | null, description?: string | null, province: { __typename: 'Province', code: string }, task?: { __typename: 'Task', id: string } | null, agencies: Array<{ __typename: 'Agency', id: string }>, exportMarkets: Array<{ __typename: 'Country', code: string }> } | null };

export type CreateProductRecordMutationVariables = Exact<{
  input: ProductInput;
}>;


export type CreateProductRecordMutation = { __typename: 'Mutation', createProduct: { __typename: 'Product', id: string, version: number } };

export type UpdateProductRecordMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: ProductInput;
}>;


export type UpdateProductRecordMutation = { __typename: 'Mutation', updateProduct: { __typename: 'Product', id: string, version: number } };

export type InvestmentProjectRecordsQueryVariables = Exact<{
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type InvestmentProjectRecordsQuery = { __typename: 'Query', investmentProjects: Array<{ __typename: 'InvestmentProject', id: string, version: number, classification: Classification, name: string, registeredOn?: string | null, province: { __typename: 'Province', code: string } }> };

export type InvestmentProjectRecordQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InvestmentProjectRecordQuery = { __typename: 'Query', investmentProject?: { __typename: 'InvestmentProject', id: string, version: number, classification: Classification, secretRegistrationNumber?: string | null, secretHolder?: string | null, name: string, sector: string, status: InvestmentProjectStatus, investor?: string | null, capitalMillionUsd?: number | null, location?: string | null, registeredOn?: string | null, province: { __typename: 'Province', code: string }, task?: { __typename: 'Task', id: string } | null, agencies: Array<{ __typename: 'Agency', id: string }>, investorCountry?: { __typename: 'Country', code: string } | null, borderGate?: { __typename: 'BorderGate', id: string } | null } | null };

export type CreateInvestmentProjectRecordMutationVariables = Exact<{
  input: InvestmentProjectInput;
}>;


export type CreateInvestmentProjectRecordMutation = { __typename: 'Mutation', createInvestmentProject: { __typename: 'InvestmentProject', id: string, version: number } };

export type UpdateInvestmentProjectRecordMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: InvestmentProjectInput;
}>;


export type UpdateInvestmentProjectRecordMutation = { __typename: 'Mutation', updateInvestmentProject: { __typename: 'InvestmentProject', id: string, version: number } };

export type FtaOutreachRecordsQueryVariables = Exact<{
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type FtaOutreachRecordsQuery = { __typename: 'Query', ftaOutreaches: Array<{ __typename: 'FtaOutreach', id: string, version: number, classification: Classification, title: string, heldOn?: string | null, province: { __typename: 'Province', code: string } }> };

export type FtaOutreachRecordQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type FtaOutreachRecordQuery = { __typename: 'Query', ftaOutreach?: { __typename: 'FtaOutreach', id: string, version: number, classification: Classification, secretRegistrationNumber?: string | null, secretHolder?: string | null, title: string, agreement: string, heldOn?: string | null, venue?: string | null, audience?: string | null, attendees?: number | null, province: { __typename: 'Province', code: string }, task?: { __typename: 'Task', id: string } | null, agencies: Array<{ __typename: 'Agency', id: string }> } | null };

export type CreateFtaOutreachRecordMutationVariables = Exact<{
  input: FtaOutreachInput;
}>;


export type CreateFtaOutreachRecordMutation = { __typename: 'Mutation', createFtaOutreach: { __typename: 'FtaOutreach', id: string, version: number } };

export type UpdateFtaOutreachRecordMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: FtaOutreachInput;
}>;


export type UpdateFtaOutreachRecordMutation = { __typename: 'Mutation', updateFtaOutreach: { __typename: 'FtaOutreach', id: string, version: number } };

export type DestinationRecordsQueryVariables = Exact<{
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type DestinationRecordsQuery = { __typename: 'Query', destinations: Array<{ __typename: 'Destination', id: string, version: number, classification: Classification, name: string, province: { __typename: 'Province', code: string } }> };

export type DestinationRecordQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DestinationRecordQuery = { __typename: 'Query', destination?: { __typename: 'Destination', id: string, version: number, classification: Classification, secretRegistrationNumber?: string | null, secretHolder?: string | null, name: string, kind: DestinationKind, district?: string | null, description?: string | null, materialLanguages: Array<string>, province: { __typename: 'Province', code: string }, task?: { __typename: 'Task', id: string } | null, agencies: Array<{ __typename: 'Agency', id: string }> } | null };

export type CreateDestinationRecordMutationVariables = Exact<{
  input: DestinationInput;
}>;


export type CreateDestinationRecordMutation = { __typename: 'Mutation', createDestination: { __typename: 'Destination', id: string, version: number } };

export type UpdateDestinationRecordMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: DestinationInput;
}>;


export type UpdateDestinationRecordMutation = { __typename: 'Mutation', updateDestination: { __typename: 'Destination', id: string, version: number } };

export type CulturalEventRecordsQueryVariables = Exact<{
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type CulturalEventRecordsQuery = { __typename: 'Query', culturalEvents: Array<{ __typename: 'CulturalEvent', id: string, version: number, classification: Classification, name: string, startsOn?: string | null, province: { __typename: 'Province', code: string } }> };

export type CulturalEventRecordQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CulturalEventRecordQuery = { __typename: 'Query', culturalEvent?: { __typename: 'CulturalEvent', id: string, version: number, classification: Classification, secretRegistrationNumber?: string | null, secretHolder?: string | null, name: string, kind: CulturalEventKind, startsOn?: string | null, endsOn?: string | null, venue?: string | null, communities: Array<string>, description?: string | null, province: { __typename: 'Province', code: string }, task?: { __typename: 'Task', id: string } | null, agencies: Array<{ __typename: 'Agency', id: string }>, country?: { __typename: 'Country', code: string } | null } | null };

export type CreateCulturalEventRecordMutationVariables = Exact<{
  input: CulturalEventInput;
}>;


export type CreateCulturalEventRecordMutation = { __typename: 'Mutation', createCulturalEvent: { __typename: 'CulturalEvent', id: string, version: number } };

export type UpdateCulturalEventRecordMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: CulturalEventInput;
}>;


export type UpdateCulturalEventRecordMutation = { __typename: 'Mutation', updateCulturalEvent: { __typename: 'CulturalEvent', id: string, version: number } };

export type PromotionCampaignRecordsQueryVariables = Exact<{
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type PromotionCampaignRecordsQuery = { __typename: 'Query', promotionCampaigns: Array<{ __typename: 'PromotionCampaign', id: string, version: number, classification: Classification, name: string, startsOn?: string | null, province: { __typename: 'Province', code: string } }> };

export type PromotionCampaignRecordQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PromotionCampaignRecordQuery = { __typename: 'Query', promotionCampaign?: { __typename: 'PromotionCampaign', id: string, version: number, classification: Classification, secretRegistrationNumber?: string | null, secretHolder?: string | null, name: string, theme?: string | null, startsOn?: string | null, endsOn?: string | null, channels: Array<string>, description?: string | null, province: { __typename: 'Province', code: string }, task?: { __typename: 'Task', id: string } | null, agencies: Array<{ __typename: 'Agency', id: string }>, country?: { __typename: 'Country', code: string } | null } | null };

export type CreatePromotionCampaignRecordMutationVariables = Exact<{
  input: PromotionCampaignInput;
}>;


export type CreatePromotionCampaignRecordMutation = { __typename: 'Mutation', createPromotionCampaign: { __typename: 'PromotionCampaign', id: string, version: number } };

export type UpdatePromotionCampaignRecordMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: PromotionCampaignInput;
}>;


export type UpdatePromotionCampaignRecordMutation = { __typename: 'Mutation', updatePromotionCampaign: { __typename: 'PromotionCampaign', id: string, version: number } };

export type PublicationRecordsQueryVariables = Exact<{
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type PublicationRecordsQuery = { __typename: 'Query', publications: Array<{ __typename: 'Publication', id: string, version: number, classification: Classification, title: string, publishedOn?: string | null, province: { __typename: 'Province', code: string } }> };

export type PublicationRecordQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PublicationRecordQuery = { __typename: 'Query', publication?: { __typename: 'Publication', id: string, version: number, classification: Classification, secretRegistrationNumber?: string | null, secretHolder?: string | null, title: string, format: PublicationFormat, languages: Array<string>, publishedOn?: string | null, copies?: number | null, description?: string | null, province: { __typename: 'Province', code: string }, task?: { __typename: 'Task', id: string } | null, agencies: Array<{ __typename: 'Agency', id: string }> } | null };

export type CreatePublicationRecordMutationVariables = Exact<{
  input: PublicationInput;
}>;


export type CreatePublicationRecordMutation = { __typename: 'Mutation', createPublication: { __typename: 'Publication', id: string, version: number } };

export type UpdatePublicationRecordMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: PublicationInput;
}>;


export type UpdatePublicationRecordMutation = { __typename: 'Mutation', updatePublication: { __typename: 'Publication', id: string, version: number } };

export type ForeignPressVisitRecordsQueryVariables = Exact<{
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type ForeignPressVisitRecordsQuery = { __typename: 'Query', foreignPressVisits: Array<{ __typename: 'ForeignPressVisit', id: string, version: number, classification: Classification, outlet: string, arrivesOn?: string | null, province: { __typename: 'Province', code: string } }> };

export type ForeignPressVisitRecordQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ForeignPressVisitRecordQuery = { __typename: 'Query', foreignPressVisit?: { __typename: 'ForeignPressVisit', id: string, version: number, classification: Classification, secretRegistrationNumber?: string | null, secretHolder?: string | null, outlet: string, reporterCount?: number | null, purpose?: string | null, arrivesOn?: string | null, departsOn?: string | null, hostAgency?: string | null, province: { __typename: 'Province', code: string }, task?: { __typename: 'Task', id: string } | null, agencies: Array<{ __typename: 'Agency', id: string }>, country?: { __typename: 'Country', code: string } | null, borderGate?: { __typename: 'BorderGate', id: string } | null } | null };

export type CreateForeignPressVisitRecordMutationVariables = Exact<{
  input: ForeignPressVisitInput;
}>;


export type CreateForeignPressVisitRecordMutation = { __typename: 'Mutation', createForeignPressVisit: { __typename: 'ForeignPressVisit', id: string, version: number } };

export type UpdateForeignPressVisitRecordMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: ForeignPressVisitInput;
}>;


export type UpdateForeignPressVisitRecordMutation = { __typename: 'Mutation', updateForeignPressVisit: { __typename: 'ForeignPressVisit', id: string, version: number } };

export type DelegationRecordsQueryVariables = Exact<{
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type DelegationRecordsQuery = { __typename: 'Query', delegations: Array<{ __typename: 'Delegation', id: string, version: number, classification: Classification, name: string, startsOn?: string | null, province: { __typename: 'Province', code: string } }> };

export type DelegationRecordQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DelegationRecordQuery = { __typename: 'Query', delegation?: { __typename: 'Delegation', id: string, version: number, classification: Classification, secretRegistrationNumber?: string | null, secretHolder?: string | null, name: string, direction: DelegationDirection, startsOn?: string | null, endsOn?: string | null, headedBy?: string | null, memberCount?: number | null, purpose?: string | null, province: { __typename: 'Province', code: string }, task?: { __typename: 'Task', id: string } | null, agencies: Array<{ __typename: 'Agency', id: string }>, country?: { __typename: 'Country', code: string } | null, partnerLocality?: { __typename: 'PartnerLocality', id: string } | null } | null };

export type CreateDelegationRecordMutationVariables = Exact<{
  input: DelegationInput;
}>;


export type CreateDelegationRecordMutation = { __typename: 'Mutation', createDelegation: { __typename: 'Delegation', id: string, version: number } };

export type UpdateDelegationRecordMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: DelegationInput;
}>;


export type UpdateDelegationRecordMutation = { __typename: 'Mutation', updateDelegation: { __typename: 'Delegation', id: string, version: number } };

export type PressConferenceRecordsQueryVariables = Exact<{
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type PressConferenceRecordsQuery = { __typename: 'Query', pressConferences: Array<{ __typename: 'PressConference', id: string, version: number, classification: Classification, title: string, heldOn?: string | null, province: { __typename: 'Province', code: string } }> };

export type PressConferenceRecordQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PressConferenceRecordQuery = { __typename: 'Query', pressConference?: { __typename: 'PressConference', id: string, version: number, classification: Classification, secretRegistrationNumber?: string | null, secretHolder?: string | null, title: string, heldOn?: string | null, venue?: string | null, spokesperson?: string | null, foreignOutlets?: number | null, attendees?: number | null, province: { __typename: 'Province', code: string }, task?: { __typename: 'Task', id: string } | null, agencies: Array<{ __typename: 'Agency', id: string }> } | null };

export type CreatePressConferenceRecordMutationVariables = Exact<{
  input: PressConferenceInput;
}>;


export type CreatePressConferenceRecordMutation = { __typename: 'Mutation', createPressConference: { __typename: 'PressConference', id: string, version: number } };

export type UpdatePressConferenceRecordMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: PressConferenceInput;
}>;


export type UpdatePressConferenceRecordMutation = { __typename: 'Mutation', updatePressConference: { __typename: 'PressConference', id: string, version: number } };

export type PartnerLocalityRecordsQueryVariables = Exact<{
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type PartnerLocalityRecordsQuery = { __typename: 'Query', partnerLocalities: Array<{ __typename: 'PartnerLocality', id: string, version: number, classification: Classification, name: string, cooperationSince?: string | null, province: { __typename: 'Province', code: string } }> };

export type PartnerLocalityRecordQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PartnerLocalityRecordQuery = { __typename: 'Query', partnerLocality?: { __typename: 'PartnerLocality', id: string, version: number, classification: Classification, secretRegistrationNumber?: string | null, secretHolder?: string | null, name: string, localName?: string | null, kind?: string | null, cooperationSince?: string | null, agreement?: string | null, province: { __typename: 'Province', code: string }, task?: { __typename: 'Task', id: string } | null, agencies: Array<{ __typename: 'Agency', id: string }>, country?: { __typename: 'Country', code: string } | null } | null };

export type CreatePartnerLocalityRecordMutationVariables = Exact<{
  input: PartnerLocalityInput;
}>;


export type CreatePartnerLocalityRecordMutation = { __typename: 'Mutation', createPartnerLocality: { __typename: 'PartnerLocality', id: string, version: number } };

export type UpdatePartnerLocalityRecordMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: PartnerLocalityInput;
}>;


export type UpdatePartnerLocalityRecordMutation = { __typename: 'Mutation', updatePartnerLocality: { __typename: 'PartnerLocality', id: string, version: number } };

export type OverseasCommunityRecordsQueryVariables = Exact<{
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type OverseasCommunityRecordsQuery = { __typename: 'Query', overseasCommunities: Array<{ __typename: 'OverseasCommunity', id: string, version: number, classification: Classification, name: string, province: { __typename: 'Province', code: string } }> };

export type OverseasCommunityRecordQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OverseasCommunityRecordQuery = { __typename: 'Query', overseasCommunity?: { __typename: 'OverseasCommunity', id: string, version: number, classification: Classification, secretRegistrationNumber?: string | null, secretHolder?: string | null, name: string, estimatedSize?: number | null, contactOrganisation?: string | null, notes?: string | null, province: { __typename: 'Province', code: string }, task?: { __typename: 'Task', id: string } | null, agencies: Array<{ __typename: 'Agency', id: string }>, country?: { __typename: 'Country', code: string } | null } | null };

export type CreateOverseasCommunityRecordMutationVariables = Exact<{
  input: OverseasCommunityInput;
}>;


export type CreateOverseasCommunityRecordMutation = { __typename: 'Mutation', createOverseasCommunity: { __typename: 'OverseasCommunity', id: string, version: number } };

export type UpdateOverseasCommunityRecordMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: OverseasCommunityInput;
}>;


export type UpdateOverseasCommunityRecordMutation = { __typename: 'Mutation', updateOverseasCommunity: { __typename: 'OverseasCommunity', id: string, version: number } };

export type MediaMonitoringItemRecordsQueryVariables = Exact<{
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type MediaMonitoringItemRecordsQuery = { __typename: 'Query', mediaMonitoringItems: Array<{ __typename: 'MediaMonitoringItem', id: string, version: number, classification: Classification, headline: string, publishedOn?: string | null, province: { __typename: 'Province', code: string } }> };

export type MediaMonitoringItemRecordQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MediaMonitoringItemRecordQuery = { __typename: 'Query', mediaMonitoringItem?: { __typename: 'MediaMonitoringItem', id: string, version: number, classification: Classification, secretRegistrationNumber?: string | null, secretHolder?: string | null, headline: string, outlet: string, publishedOn?: string | null, url?: string | null, sentiment: MediaSentiment, rebuttal?: string | null, rebuttedOn?: string | null, province: { __typename: 'Province', code: string }, task?: { __typename: 'Task', id: string } | null, agencies: Array<{ __typename: 'Agency', id: string }>, country?: { __typename: 'Country', code: string } | null } | null };

export type CreateMediaMonitoringItemRecordMutationVariables = Exact<{
  input: MediaMonitoringItemInput;
}>;


export type CreateMediaMonitoringItemRecordMutation = { __typename: 'Mutation', createMediaMonitoringItem: { __typename: 'MediaMonitoringItem', id: string, version: number } };

export type UpdateMediaMonitoringItemRecordMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: MediaMonitoringItemInput;
}>;


export type UpdateMediaMonitoringItemRecordMutation = { __typename: 'Mutation', updateMediaMonitoringItem: { __typename: 'MediaMonitoringItem', id: string, version: number } };

export type BorderGateRecordsQueryVariables = Exact<{
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type BorderGateRecordsQuery = { __typename: 'Query', borderGates: Array<{ __typename: 'BorderGate', id: string, version: number, classification: Classification, name: string, openedOn?: string | null, province: { __typename: 'Province', code: string } }> };

export type BorderGateRecordQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BorderGateRecordQuery = { __typename: 'Query', borderGate?: { __typename: 'BorderGate', id: string, version: number, classification: Classification, secretRegistrationNumber?: string | null, secretHolder?: string | null, name: string, kind: BorderGateKind, oppositeGate?: string | null, district?: string | null, openedOn?: string | null, description?: string | null, province: { __typename: 'Province', code: string }, task?: { __typename: 'Task', id: string } | null, agencies: Array<{ __typename: 'Agency', id: string }>, country: { __typename: 'Country', code: string } } | null };

export type CreateBorderGateRecordMutationVariables = Exact<{
  input: BorderGateInput;
}>;


export type CreateBorderGateRecordMutation = { __typename: 'Mutation', createBorderGate: { __typename: 'BorderGate', id: string, version: number } };

export type UpdateBorderGateRecordMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: BorderGateInput;
}>;


export type UpdateBorderGateRecordMutation = { __typename: 'Mutation', updateBorderGate: { __typename: 'BorderGate', id: string, version: number } };

export type BorderCommuneRecordsQueryVariables = Exact<{
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type BorderCommuneRecordsQuery = { __typename: 'Query', borderCommunes: Array<{ __typename: 'BorderCommune', id: string, version: number, classification: Classification, name: string, province: { __typename: 'Province', code: string } }> };

export type BorderCommuneRecordQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BorderCommuneRecordQuery = { __typename: 'Query', borderCommune?: { __typename: 'BorderCommune', id: string, version: number, classification: Classification, secretRegistrationNumber?: string | null, secretHolder?: string | null, name: string, district?: string | null, population?: number | null, borderLengthKm?: number | null, province: { __typename: 'Province', code: string }, task?: { __typename: 'Task', id: string } | null, agencies: Array<{ __typename: 'Agency', id: string }>, country: { __typename: 'Country', code: string } } | null };

export type CreateBorderCommuneRecordMutationVariables = Exact<{
  input: BorderCommuneInput;
}>;


export type CreateBorderCommuneRecordMutation = { __typename: 'Mutation', createBorderCommune: { __typename: 'BorderCommune', id: string, version: number } };

export type UpdateBorderCommuneRecordMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: BorderCommuneInput;
}>;


export type UpdateBorderCommuneRecordMutation = { __typename: 'Mutation', updateBorderCommune: { __typename: 'BorderCommune', id: string, version: number } };

export type InformationPointRecordsQueryVariables = Exact<{
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type InformationPointRecordsQuery = { __typename: 'Query', informationPoints: Array<{ __typename: 'InformationPoint', id: string, version: number, classification: Classification, name: string, installedOn?: string | null, province: { __typename: 'Province', code: string } }> };

export type InformationPointRecordQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InformationPointRecordQuery = { __typename: 'Query', informationPoint?: { __typename: 'InformationPoint', id: string, version: number, classification: Classification, secretRegistrationNumber?: string | null, secretHolder?: string | null, name: string, kind: InformationPointKind, status: InformationPointStatus, installedOn?: string | null, languages: Array<string>, description?: string | null, province: { __typename: 'Province', code: string }, task?: { __typename: 'Task', id: string } | null, agencies: Array<{ __typename: 'Agency', id: string }>, borderGate?: { __typename: 'BorderGate', id: string } | null, borderCommune?: { __typename: 'BorderCommune', id: string } | null } | null };

export type CreateInformationPointRecordMutationVariables = Exact<{
  input: InformationPointInput;
}>;


export type CreateInformationPointRecordMutation = { __typename: 'Mutation', createInformationPoint: { __typename: 'InformationPoint', id: string, version: number } };

export type UpdateInformationPointRecordMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: InformationPointInput;
}>;


export type UpdateInformationPointRecordMutation = { __typename: 'Mutation', updateInformationPoint: { __typename: 'InformationPoint', id: string, version: number } };

export type OutreachSessionRecordsQueryVariables = Exact<{
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type OutreachSessionRecordsQuery = { __typename: 'Query', outreachSessions: Array<{ __typename: 'OutreachSession', id: string, version: number, classification: Classification, topic: string, heldOn?: string | null, province: { __typename: 'Province', code: string } }> };

export type OutreachSessionRecordQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OutreachSessionRecordQuery = { __typename: 'Query', outreachSession?: { __typename: 'OutreachSession', id: string, version: number, classification: Classification, secretRegistrationNumber?: string | null, secretHolder?: string | null, topic: string, heldOn?: string | null, attendees?: number | null, language?: string | null, location?: string | null, province: { __typename: 'Province', code: string }, task?: { __typename: 'Task', id: string } | null, agencies: Array<{ __typename: 'Agency', id: string }>, borderCommune?: { __typename: 'BorderCommune', id: string } | null, borderGate?: { __typename: 'BorderGate', id: string } | null } | null };

export type CreateOutreachSessionRecordMutationVariables = Exact<{
  input: OutreachSessionInput;
}>;


export type CreateOutreachSessionRecordMutation = { __typename: 'Mutation', createOutreachSession: { __typename: 'OutreachSession', id: string, version: number } };

export type UpdateOutreachSessionRecordMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: OutreachSessionInput;
}>;


export type UpdateOutreachSessionRecordMutation = { __typename: 'Mutation', updateOutreachSession: { __typename: 'OutreachSession', id: string, version: number } };

export type SelfManagementGroupRecordsQueryVariables = Exact<{
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type SelfManagementGroupRecordsQuery = { __typename: 'Query', selfManagementGroups: Array<{ __typename: 'SelfManagementGroup', id: string, version: number, classification: Classification, name: string, establishedOn?: string | null, province: { __typename: 'Province', code: string } }> };

export type SelfManagementGroupRecordQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SelfManagementGroupRecordQuery = { __typename: 'Query', selfManagementGroup?: { __typename: 'SelfManagementGroup', id: string, version: number, classification: Classification, secretRegistrationNumber?: string | null, secretHolder?: string | null, name: string, members?: number | null, markers?: string | null, lengthKm?: number | null, establishedOn?: string | null, province: { __typename: 'Province', code: string }, task?: { __typename: 'Task', id: string } | null, agencies: Array<{ __typename: 'Agency', id: string }>, borderCommune?: { __typename: 'BorderCommune', id: string } | null } | null };

export type CreateSelfManagementGroupRecordMutationVariables = Exact<{
  input: SelfManagementGroupInput;
}>;


export type CreateSelfManagementGroupRecordMutation = { __typename: 'Mutation', createSelfManagementGroup: { __typename: 'SelfManagementGroup', id: string, version: number } };

export type UpdateSelfManagementGroupRecordMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: SelfManagementGroupInput;
}>;


export type UpdateSelfManagementGroupRecordMutation = { __typename: 'Mutation', updateSelfManagementGroup: { __typename: 'SelfManagementGroup', id: string, version: number } };

export type BorderIncidentRecordsQueryVariables = Exact<{
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type BorderIncidentRecordsQuery = { __typename: 'Query', borderIncidents: Array<{ __typename: 'BorderIncident', id: string, version: number, classification: Classification, title: string, occurredOn?: string | null, province: { __typename: 'Province', code: string } }> };

export type BorderIncidentRecordQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BorderIncidentRecordQuery = { __typename: 'Query', borderIncident?: { __typename: 'BorderIncident', id: string, version: number, classification: Classification, secretRegistrationNumber?: string | null, secretHolder?: string | null, title: string, occurredOn?: string | null, description?: string | null, actionTaken?: string | null, province: { __typename: 'Province', code: string }, task?: { __typename: 'Task', id: string } | null, agencies: Array<{ __typename: 'Agency', id: string }>, borderGate?: { __typename: 'BorderGate', id: string } | null, borderCommune?: { __typename: 'BorderCommune', id: string } | null } | null };

export type CreateBorderIncidentRecordMutationVariables = Exact<{
  input: BorderIncidentInput;
}>;


export type CreateBorderIncidentRecordMutation = { __typename: 'Mutation', createBorderIncident: { __typename: 'BorderIncident', id: string, version: number } };

export type UpdateBorderIncidentRecordMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: BorderIncidentInput;
}>;


export type UpdateBorderIncidentRecordMutation = { __typename: 'Mutation', updateBorderIncident: { __typename: 'BorderIncident', id: string, version: number } };

export const YearFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YearFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyYearFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"tasksLed"}},{"kind":"Field","name":{"kind":"Name","value":"tasksOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"tasksLate"}},{"kind":"Field","name":{"kind":"Name","value":"tasksOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"taskOnTimeShare"}},{"kind":"Field","name":{"kind":"Name","value":"reportsDue"}},{"kind":"Field","name":{"kind":"Name","value":"reportsOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"reportsDeadlineUnknown"}},{"kind":"Field","name":{"kind":"Name","value":"reportOnTimeShare"}}]}}]} as unknown as DocumentNode<YearFiguresFragment, unknown>;
export const ProvinceYearFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProvinceYearFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Province"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"planSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"}},{"kind":"Field","name":{"kind":"Name","value":"overdueTasks"}},{"kind":"Field","name":{"kind":"Name","value":"tasksByStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportsOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"reportsLate"}},{"kind":"Field","name":{"kind":"Name","value":"reportsMissing"}},{"kind":"Field","name":{"kind":"Name","value":"reportsPending"}},{"kind":"Field","name":{"kind":"Name","value":"reportsDeadlineUnknown"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencyPerformance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"YearFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"YearFigures"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tradeSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"tradeEvents"}},{"kind":"Field","name":{"kind":"Name","value":"investmentProjects"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tourismSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"culturalEvents"}},{"kind":"Field","name":{"kind":"Name","value":"promotionCampaigns"}},{"kind":"Field","name":{"kind":"Name","value":"publications"}}]}},{"kind":"Field","name":{"kind":"Name","value":"foreignAffairsSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"pressVisits"}},{"kind":"Field","name":{"kind":"Name","value":"delegations"}},{"kind":"Field","name":{"kind":"Name","value":"mediaItems"}}]}},{"kind":"Field","name":{"kind":"Name","value":"borderSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"outreachSessions"}},{"kind":"Field","name":{"kind":"Name","value":"informationPoints"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YearFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyYearFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"tasksLed"}},{"kind":"Field","name":{"kind":"Name","value":"tasksOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"tasksLate"}},{"kind":"Field","name":{"kind":"Name","value":"tasksOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"taskOnTimeShare"}},{"kind":"Field","name":{"kind":"Name","value":"reportsDue"}},{"kind":"Field","name":{"kind":"Name","value":"reportsOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"reportsDeadlineUnknown"}},{"kind":"Field","name":{"kind":"Name","value":"reportOnTimeShare"}}]}}]} as unknown as DocumentNode<ProvinceYearFiguresFragment, unknown>;
export const TaskRecordsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskRecords"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"tradeEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"investmentProjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"culturalEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"promotionCampaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"publications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pressVisits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"}},{"kind":"Field","name":{"kind":"Name","value":"arrivesOn"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"delegations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mediaMonitoringItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"outreachSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"informationPoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"borderIncidents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TaskRecordsFragment, unknown>;
export const AgencyTaskFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outline"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"tracking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeframe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskRecords"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskRecords"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"tradeEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"investmentProjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"culturalEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"promotionCampaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"publications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pressVisits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"}},{"kind":"Field","name":{"kind":"Name","value":"arrivesOn"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"delegations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mediaMonitoringItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"outreachSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"informationPoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"borderIncidents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AgencyTaskFragment, unknown>;
export const EntryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Entry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<EntryFragment, unknown>;
export const CreateReportDocument = {"__meta__":{"hash":"a25cabc682711d64d2aaa15c48ef351ccfc1b570c954ed3f860de79d1561cd91"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}}]}}]}}]} as unknown as DocumentNode<CreateReportMutation, CreateReportMutationVariables>;
export const UpdateReportDocument = {"__meta__":{"hash":"db5c4a37712a8a4f93c06c13f59ac14e8c4fb1876b138f63d82116be34e85874"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}}]}}]}}]} as unknown as DocumentNode<UpdateReportMutation, UpdateReportMutationVariables>;
export const CreateFocalPointDocument = {"__meta__":{"hash":"d9074806b04ecb70f43d34faf37e3fdac35e74c7acf9e739edc3af405c7fc813"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFocalPoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FocalPointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createFocalPoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateFocalPointMutation, CreateFocalPointMutationVariables>;
export const UpdateFocalPointDocument = {"__meta__":{"hash":"fc020cc783b6a2e586902e46ce4f3db073ab00e98febb0eaed04dda1546a8818"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateFocalPoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FocalPointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateFocalPoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateFocalPointMutation, UpdateFocalPointMutationVariables>;
export const UpdateTaskProgressDocument = {"__meta__":{"hash":"ae733817d511d926c83a3d2e960e64a0bea58a4eb1481487ef8839915ff97179"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTaskProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskProgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateTaskProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progressNote"}}]}}]}}]} as unknown as DocumentNode<UpdateTaskProgressMutation, UpdateTaskProgressMutationVariables>;
export const UpdateTaskDocument = {"__meta__":{"hash":"18480a5d275dc92b768bd9276f42222d68897b445b01afd5d3f891c6a94a6c80"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"timeframe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateTaskMutation, UpdateTaskMutationVariables>;
export const UpdateReportingDeadlineDocument = {"__meta__":{"hash":"5d8a7c01430a7985c3629406c70ce0959e9bfd268ee09abe8379dfc2b6827386"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateReportingDeadline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportingDeadlineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateReportingDeadline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"rawText"}}]}}]}}]} as unknown as DocumentNode<UpdateReportingDeadlineMutation, UpdateReportingDeadlineMutationVariables>;
export const AgencyLookupDocument = {"__meta__":{"hash":"0e9da707c361a5195c57622ef68621eec7dabc77300c0eee81879030f979cf22"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyLookup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<AgencyLookupQuery, AgencyLookupQueryVariables>;
export const AgencyViewDocument = {"__meta__":{"hash":"d6cf9aaec2d991dbc2e5df339ed161e5c1034a50badea57c3c6edb59ffe0c129"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"existedIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}]},{"kind":"Field","name":{"kind":"Name","value":"reportsRequired"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"successor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"successor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"focalPoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"contactShown"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ledTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyTask"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinatedTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyTask"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineId"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueText"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"performance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"YearFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"YearFigures"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskRecords"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"tradeEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"investmentProjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"culturalEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"promotionCampaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"publications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pressVisits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"}},{"kind":"Field","name":{"kind":"Name","value":"arrivesOn"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"delegations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mediaMonitoringItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"outreachSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"informationPoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"borderIncidents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outline"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"tracking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeframe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskRecords"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YearFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyYearFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"tasksLed"}},{"kind":"Field","name":{"kind":"Name","value":"tasksOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"tasksLate"}},{"kind":"Field","name":{"kind":"Name","value":"tasksOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"taskOnTimeShare"}},{"kind":"Field","name":{"kind":"Name","value":"reportsDue"}},{"kind":"Field","name":{"kind":"Name","value":"reportsOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"reportsDeadlineUnknown"}},{"kind":"Field","name":{"kind":"Name","value":"reportOnTimeShare"}}]}}]} as unknown as DocumentNode<AgencyViewQuery, AgencyViewQueryVariables>;
export const AuditViewDocument = {"__meta__":{"hash":"74387883dc39387ecf449900633b06893aa6a37de0720a80f58fbabb39fdb777"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recordId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"operation"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plans"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trade"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tourism"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"foreignAffairs"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"borderSecurity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"plansChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"intact"}},{"kind":"Field","name":{"kind":"Name","value":"entries"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tradeChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"intact"}},{"kind":"Field","name":{"kind":"Name","value":"entries"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tourismChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"intact"}},{"kind":"Field","name":{"kind":"Name","value":"entries"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"foreignAffairsChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"intact"}},{"kind":"Field","name":{"kind":"Name","value":"entries"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"borderSecurityChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"intact"}},{"kind":"Field","name":{"kind":"Name","value":"entries"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"recordId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recordId"}}},{"kind":"Argument","name":{"kind":"Name","value":"operation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"operation"}}},{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"500"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plans"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Entry"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trade"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"recordId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recordId"}}},{"kind":"Argument","name":{"kind":"Name","value":"operation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"operation"}}},{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"500"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trade"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Entry"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tourism"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"recordId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recordId"}}},{"kind":"Argument","name":{"kind":"Name","value":"operation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"operation"}}},{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"500"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tourism"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Entry"}}]}},{"kind":"Field","name":{"kind":"Name","value":"foreignAffairs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"recordId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recordId"}}},{"kind":"Argument","name":{"kind":"Name","value":"operation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"operation"}}},{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"500"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"foreignAffairs"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Entry"}}]}},{"kind":"Field","name":{"kind":"Name","value":"borderSecurity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"recordId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recordId"}}},{"kind":"Argument","name":{"kind":"Name","value":"operation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"operation"}}},{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"500"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"borderSecurity"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"Entry"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Entry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<AuditViewQuery, AuditViewQueryVariables>;
export const BorderGateViewDocument = {"__meta__":{"hash":"871f0726bbc9b47f7836e0743084f19d555a82ea8a3088d7a3961d6d5588e5f2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BorderGateView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"borderGate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"informationPoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outreachSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"borderIncidents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tradeEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pressVisits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"}},{"kind":"Field","name":{"kind":"Name","value":"arrivesOn"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BorderGateViewQuery, BorderGateViewQueryVariables>;
export const RecordContactExportDocument = {"__meta__":{"hash":"004a03fc7d647fa376ef8375b2888291a177a3aecfb7313b0e9fb27349ead871"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordContactExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"focalPointIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recordContactExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"focalPointIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"focalPointIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}]}]}}]} as unknown as DocumentNode<RecordContactExportMutation, RecordContactExportMutationVariables>;
export const AgencyComplianceViewDocument = {"__meta__":{"hash":"1000d13fec8f91da5fff7286e2c22006426b5544692ec7228621ed2a205e00d9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyComplianceView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"successor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mayCoordinate"}},{"kind":"Field","name":{"kind":"Name","value":"focalPointsDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"focalPointsDueText"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"existedIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}]},{"kind":"Field","name":{"kind":"Name","value":"focalPoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"contactShown"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ledTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outline"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineId"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueText"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reminders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"daysBefore"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondBy"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}},{"kind":"Field","name":{"kind":"Name","value":"performance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"YearFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"YearFigures"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YearFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyYearFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"tasksLed"}},{"kind":"Field","name":{"kind":"Name","value":"tasksOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"tasksLate"}},{"kind":"Field","name":{"kind":"Name","value":"tasksOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"taskOnTimeShare"}},{"kind":"Field","name":{"kind":"Name","value":"reportsDue"}},{"kind":"Field","name":{"kind":"Name","value":"reportsOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"reportsDeadlineUnknown"}},{"kind":"Field","name":{"kind":"Name","value":"reportOnTimeShare"}}]}}]} as unknown as DocumentNode<AgencyComplianceViewQuery, AgencyComplianceViewQueryVariables>;
export const CountryDossierDocument = {"__meta__":{"hash":"9d1e01773da4fac5c2a1ddbd7b914d733d9d9a28c67881ae3ecfe993c4489c13"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountryDossier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"partnerLocalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"delegations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pressVisits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"}},{"kind":"Field","name":{"kind":"Name","value":"arrivesOn"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overseasCommunities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tradeEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"investmentProjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"promotionCampaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"culturalEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"borderGates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CountryDossierQuery, CountryDossierQueryVariables>;
export const ProvinceListDocument = {"__meta__":{"hash":"64bb3ec34ee3e2734e3b7682eda72c32185dd693e9c3cc0c5e23de6067602af6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvinceList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"Field","name":{"kind":"Name","value":"borderGates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProvinceListQuery, ProvinceListQueryVariables>;
export const NationalOverviewViewDocument = {"__meta__":{"hash":"01272ab28695a6fa357eeae366b887a6dee7dfe3827c9683101019eaae523f51"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NationalOverviewView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"successor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"planSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"}},{"kind":"Field","name":{"kind":"Name","value":"overdueTasks"}},{"kind":"Field","name":{"kind":"Name","value":"tasksByStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportsOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"reportsLate"}},{"kind":"Field","name":{"kind":"Name","value":"reportsMissing"}},{"kind":"Field","name":{"kind":"Name","value":"reportsPending"}},{"kind":"Field","name":{"kind":"Name","value":"reportsDeadlineUnknown"}}]}}]}}]}}]} as unknown as DocumentNode<NationalOverviewViewQuery, NationalOverviewViewQueryVariables>;
export const PlanViewDocument = {"__meta__":{"hash":"cd2c409bbbe705d3a00aa497bc4ddc38b5de811bec3478501d24b3a7a32023ed"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"successor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mayCoordinate"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"approvedByNumber"}},{"kind":"Field","name":{"kind":"Name","value":"approvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"approvalSignatoryName"}},{"kind":"Field","name":{"kind":"Name","value":"approvalSignatoryTitle"}},{"kind":"Field","name":{"kind":"Name","value":"signatoryName"}},{"kind":"Field","name":{"kind":"Name","value":"signatoryTitle"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportingDeadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"rawText"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"outline"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progressNote"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"tracking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progressNote"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeframe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskRecords"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskRecords"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"tradeEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"investmentProjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"culturalEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"promotionCampaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"publications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pressVisits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"}},{"kind":"Field","name":{"kind":"Name","value":"arrivesOn"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"delegations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mediaMonitoringItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"outreachSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"informationPoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"borderIncidents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PlanViewQuery, PlanViewQueryVariables>;
export const PreviewPlanImportDocument = {"__meta__":{"hash":"55b87def450ff98f1904b679631014336bd647ae29970e8a06a72e461fc774d4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewPlanImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"addUnknown"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"corrections"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanImportCorrection"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"previewPlanImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}},{"kind":"Argument","name":{"kind":"Name","value":"addUnknown"},"value":{"kind":"Variable","name":{"kind":"Name","value":"addUnknown"}}},{"kind":"Argument","name":{"kind":"Name","value":"corrections"},"value":{"kind":"Variable","name":{"kind":"Name","value":"corrections"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"exists"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"provinceName"}},{"kind":"Field","name":{"kind":"Name","value":"provinceKnown"}},{"kind":"Field","name":{"kind":"Name","value":"legalBases"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"outline"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"timeframe"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"previousTitle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"known"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"known"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"removedTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"outline"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"rawText"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"previousDueOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removedDeadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"rawText"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warningDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"part"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"heading"}},{"kind":"Field","name":{"kind":"Name","value":"item"}}]}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unknownAgencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"corrections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refusal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ocr"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"lineCount"}},{"kind":"Field","name":{"kind":"Name","value":"doubtedLineCount"}},{"kind":"Field","name":{"kind":"Name","value":"doubtedLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"doubtedWords"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PreviewPlanImportQuery, PreviewPlanImportQueryVariables>;
export const ImportPlanDocument = {"__meta__":{"hash":"7caed19e23701a81569dc33726067c5acd3e30123c582e19107f6e98cc4c0bcc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"addUnknown"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"corrections"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanImportCorrection"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"importPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}},{"kind":"Argument","name":{"kind":"Name","value":"addUnknown"},"value":{"kind":"Variable","name":{"kind":"Name","value":"addUnknown"}}},{"kind":"Argument","name":{"kind":"Name","value":"corrections"},"value":{"kind":"Variable","name":{"kind":"Name","value":"corrections"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ImportPlanMutation, ImportPlanMutationVariables>;
export const PrivacyViewDocument = {"__meta__":{"hash":"ab099a0231c2f978d0b793a9a94df5db7bad8067fee872cdb62c405325a40476"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PrivacyView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"processingLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"agencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"recordIds"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<PrivacyViewQuery, PrivacyViewQueryVariables>;
export const PersonalDataRequestDocument = {"__meta__":{"hash":"4deace64563060c5f5de13a47b5cba5a06bb4a04285855f376f4a585d6d31e27"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonalDataRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fullName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"personalData"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"fullName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fullName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"answerBy"}},{"kind":"Field","name":{"kind":"Name","value":"focalPoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"processing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}}]}}]}}]} as unknown as DocumentNode<PersonalDataRequestQuery, PersonalDataRequestQueryVariables>;
export const ErasePersonalDataDocument = {"__meta__":{"hash":"53cf72229a3657f2d69a8f92997b974ec2d2baf9c9ee9e25f9fa0df6a26cb85e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ErasePersonalData"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"erasePersonalData"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"auditTrailSealed"}}]}}]}}]} as unknown as DocumentNode<ErasePersonalDataMutation, ErasePersonalDataMutationVariables>;
export const ProvinceDashboardViewDocument = {"__meta__":{"hash":"6ce9d2011adfab67311d5d5ddcb94f97bfa55b5045d73d2fb35e8a919a8066e0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvinceDashboardView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"successor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"history"},"name":{"kind":"Name","value":"plans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"includeMerged"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProvinceYearFigures"}},{"kind":"Field","name":{"kind":"Name","value":"foreignAffairsSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rebuttals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"borderSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"reportingDeadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"rawText"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outline"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"tracking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeframe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YearFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyYearFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"tasksLed"}},{"kind":"Field","name":{"kind":"Name","value":"tasksOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"tasksLate"}},{"kind":"Field","name":{"kind":"Name","value":"tasksOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"taskOnTimeShare"}},{"kind":"Field","name":{"kind":"Name","value":"reportsDue"}},{"kind":"Field","name":{"kind":"Name","value":"reportsOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"reportsDeadlineUnknown"}},{"kind":"Field","name":{"kind":"Name","value":"reportOnTimeShare"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProvinceYearFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Province"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"planSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"}},{"kind":"Field","name":{"kind":"Name","value":"overdueTasks"}},{"kind":"Field","name":{"kind":"Name","value":"tasksByStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportsOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"reportsLate"}},{"kind":"Field","name":{"kind":"Name","value":"reportsMissing"}},{"kind":"Field","name":{"kind":"Name","value":"reportsPending"}},{"kind":"Field","name":{"kind":"Name","value":"reportsDeadlineUnknown"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencyPerformance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"YearFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"YearFigures"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tradeSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"tradeEvents"}},{"kind":"Field","name":{"kind":"Name","value":"investmentProjects"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tourismSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"culturalEvents"}},{"kind":"Field","name":{"kind":"Name","value":"promotionCampaigns"}},{"kind":"Field","name":{"kind":"Name","value":"publications"}}]}},{"kind":"Field","name":{"kind":"Name","value":"foreignAffairsSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"pressVisits"}},{"kind":"Field","name":{"kind":"Name","value":"delegations"}},{"kind":"Field","name":{"kind":"Name","value":"mediaItems"}}]}},{"kind":"Field","name":{"kind":"Name","value":"borderSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"outreachSessions"}},{"kind":"Field","name":{"kind":"Name","value":"informationPoints"}}]}}]}}]} as unknown as DocumentNode<ProvinceDashboardViewQuery, ProvinceDashboardViewQueryVariables>;
export const PublicPagesDocument = {"__meta__":{"hash":"b7e7d7dd351aaeca6aff2d94fe7adab55cfdc1461392308bc448f1bbd9167aeb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicPages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"culturalEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerLocalities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PublicPagesQuery, PublicPagesQueryVariables>;
export const RebuttedMediaItemsDocument = {"__meta__":{"hash":"647b6a15fb8a7dae36c3e911013b2c48a7a090f60a14c07bd24400a3af5af770"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RebuttedMediaItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"mediaMonitoringItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rebuttal"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RebuttedMediaItemsQuery, RebuttedMediaItemsQueryVariables>;
export const SearchPlansDocument = {"__meta__":{"hash":"beb5c46d47ebb30feb58d04c1a17fdac90db063b93c265ae95ecb8a3e38e58d9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchPlans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"q"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planProvince"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planProvince"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planProvince"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}}]}}]}}]} as unknown as DocumentNode<SearchPlansQuery, SearchPlansQueryVariables>;
export const SearchTradeDocument = {"__meta__":{"hash":"2a7cae564875629698c20a8586215be16f05648e4816c7f5a4384f9767fea969"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchTrade"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"q"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"tradeEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}},{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"investmentProjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}},{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}},{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ftaOutreaches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}},{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}}]}}]}}]} as unknown as DocumentNode<SearchTradeQuery, SearchTradeQueryVariables>;
export const SearchTourismDocument = {"__meta__":{"hash":"b2322140aeb30c8a130a65490603393abe7490c4b92c5724179324aab02b90c0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchTourism"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"q"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"destinations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}},{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"culturalEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}},{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"promotionCampaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}},{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}},{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}}]}}]}}]} as unknown as DocumentNode<SearchTourismQuery, SearchTourismQueryVariables>;
export const SearchForeignAffairsDocument = {"__meta__":{"hash":"48e3def80a32982c14017a428fd79c4682033cea9c97c4a523429bf505381213"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchForeignAffairs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"q"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"foreignPressVisits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}},{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"delegations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}},{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pressConferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}},{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerLocalities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}},{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overseasCommunities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}},{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mediaMonitoringItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}},{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}}]}}]}}]} as unknown as DocumentNode<SearchForeignAffairsQuery, SearchForeignAffairsQueryVariables>;
export const SearchBorderSecurityDocument = {"__meta__":{"hash":"a83ac79ee00bf2f870efda3b3cb5581230f584d7386f6b273b392ebe3122ec7f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchBorderSecurity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"q"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"borderGates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}},{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"borderCommunes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}},{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"informationPoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}},{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outreachSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}},{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfManagementGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}},{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}}]}},{"kind":"Field","name":{"kind":"Name","value":"borderIncidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}},{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}}]}}]}}]} as unknown as DocumentNode<SearchBorderSecurityQuery, SearchBorderSecurityQueryVariables>;
export const SearchProvincesDocument = {"__meta__":{"hash":"d4509066c275f797968fd64970383da35fd826910aec29499fe5bc9b4a7f2009"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchProvinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SearchProvincesQuery, SearchProvincesQueryVariables>;
export const ProvinceSummaryViewDocument = {"__meta__":{"hash":"9cdbdb81b4fc8ff310d455729dd4ae1f4ac752a6294a244544038e34111e9125"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvinceSummaryView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"successor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProvinceYearFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outline"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"tracking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineId"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YearFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyYearFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"tasksLed"}},{"kind":"Field","name":{"kind":"Name","value":"tasksOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"tasksLate"}},{"kind":"Field","name":{"kind":"Name","value":"tasksOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"taskOnTimeShare"}},{"kind":"Field","name":{"kind":"Name","value":"reportsDue"}},{"kind":"Field","name":{"kind":"Name","value":"reportsOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"reportsDeadlineUnknown"}},{"kind":"Field","name":{"kind":"Name","value":"reportOnTimeShare"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProvinceYearFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Province"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"planSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"}},{"kind":"Field","name":{"kind":"Name","value":"overdueTasks"}},{"kind":"Field","name":{"kind":"Name","value":"tasksByStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportsOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"reportsLate"}},{"kind":"Field","name":{"kind":"Name","value":"reportsMissing"}},{"kind":"Field","name":{"kind":"Name","value":"reportsPending"}},{"kind":"Field","name":{"kind":"Name","value":"reportsDeadlineUnknown"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencyPerformance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"YearFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"YearFigures"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tradeSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"tradeEvents"}},{"kind":"Field","name":{"kind":"Name","value":"investmentProjects"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tourismSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"culturalEvents"}},{"kind":"Field","name":{"kind":"Name","value":"promotionCampaigns"}},{"kind":"Field","name":{"kind":"Name","value":"publications"}}]}},{"kind":"Field","name":{"kind":"Name","value":"foreignAffairsSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"pressVisits"}},{"kind":"Field","name":{"kind":"Name","value":"delegations"}},{"kind":"Field","name":{"kind":"Name","value":"mediaItems"}}]}},{"kind":"Field","name":{"kind":"Name","value":"borderSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"outreachSessions"}},{"kind":"Field","name":{"kind":"Name","value":"informationPoints"}}]}}]}}]} as unknown as DocumentNode<ProvinceSummaryViewQuery, ProvinceSummaryViewQueryVariables>;
export const PickerTasksDocument = {"__meta__":{"hash":"4c187053c7fd693629bb4f1212e494f58e97290404d9f6b3b1ad2d2a942da37b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PickerTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outline"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<PickerTasksQuery, PickerTasksQueryVariables>;
export const PickerAgenciesDocument = {"__meta__":{"hash":"f098802d58efbe5d1d10baf546df334d755de6cf16e40fcf7100babc9cdb9757"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PickerAgencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]} as unknown as DocumentNode<PickerAgenciesQuery, PickerAgenciesQueryVariables>;
export const PickerPlacesDocument = {"__meta__":{"hash":"a0c084f7408fc1dc74b7086acd65b70c35c8fa3d274d862589bc081b38d561b2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PickerPlaces"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"borderGates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"borderCommunes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerLocalities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PickerPlacesQuery, PickerPlacesQueryVariables>;
export const PickerCountriesDocument = {"__meta__":{"hash":"65e9711ff6f815ccc4b9c75eaff7604a7ab48d2c90a25e88eca11517670fe99c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PickerCountries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<PickerCountriesQuery, PickerCountriesQueryVariables>;
export const TradeEventRecordsDocument = {"__meta__":{"hash":"ba5a111eee41e010738393095119eebc760815835b24769a9f50dfb8416624c0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TradeEventRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"tradeEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TradeEventRecordsQuery, TradeEventRecordsQueryVariables>;
export const TradeEventRecordDocument = {"__meta__":{"hash":"af8ef3d2acb24da5c2f1bed74c3595300de92ac4f2140b98fbd8062f1819953a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TradeEventRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"tradeEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secretRegistrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"secretHolder"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"organizer"}},{"kind":"Field","name":{"kind":"Name","value":"participatingBusinesses"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"borderGate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TradeEventRecordQuery, TradeEventRecordQueryVariables>;
export const CreateTradeEventRecordDocument = {"__meta__":{"hash":"db038778f75bd48163bf20b4628247c998886e4f5de2c06d3fd76bc5dce14810"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTradeEventRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TradeEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createTradeEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateTradeEventRecordMutation, CreateTradeEventRecordMutationVariables>;
export const UpdateTradeEventRecordDocument = {"__meta__":{"hash":"2750259746e018e3561e5a3d3d3fe2a7b1f577f8106a127fdab8584c9afa8afd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTradeEventRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TradeEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateTradeEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateTradeEventRecordMutation, UpdateTradeEventRecordMutationVariables>;
export const ProductRecordsDocument = {"__meta__":{"hash":"e29dd1325f1498b45e92ea5e5664249827f4580e51dac62c38455c39e6630e57"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ProductRecordsQuery, ProductRecordsQueryVariables>;
export const ProductRecordDocument = {"__meta__":{"hash":"776e32518e9ea4daccb24ce9247ad3bc29e4e22dc45d87ba52a7cb5c656af25e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secretRegistrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"secretHolder"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"exportMarkets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ProductRecordQuery, ProductRecordQueryVariables>;
export const CreateProductRecordDocument = {"__meta__":{"hash":"16a0b58fa2bad0960297d5d9d83a7e2cb3e22df129e4580019998c59b2a99787"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProductRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateProductRecordMutation, CreateProductRecordMutationVariables>;
export const UpdateProductRecordDocument = {"__meta__":{"hash":"2beec03a92b00a29704e40991187039b53b7ce701b7735ede769330e4f0f81b8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProductRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateProductRecordMutation, UpdateProductRecordMutationVariables>;
export const InvestmentProjectRecordsDocument = {"__meta__":{"hash":"141a468f466f85ed534ffd14154fbf01a1e9ba6c793a0f3810c2d2c16ae63e14"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvestmentProjectRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"investmentProjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<InvestmentProjectRecordsQuery, InvestmentProjectRecordsQueryVariables>;
export const InvestmentProjectRecordDocument = {"__meta__":{"hash":"6f3c2f552bac55d3cb8fb41e789d6a240229940be934bbfdad256e9f2d02df99"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvestmentProjectRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"investmentProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secretRegistrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"secretHolder"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"investor"}},{"kind":"Field","name":{"kind":"Name","value":"capitalMillionUsd"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"investorCountry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"borderGate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<InvestmentProjectRecordQuery, InvestmentProjectRecordQueryVariables>;
export const CreateInvestmentProjectRecordDocument = {"__meta__":{"hash":"b8797b4fc4df7a7098efec2d773ffe809bcd9b69e64f24a994307f679a9fe5a8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateInvestmentProjectRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvestmentProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createInvestmentProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateInvestmentProjectRecordMutation, CreateInvestmentProjectRecordMutationVariables>;
export const UpdateInvestmentProjectRecordDocument = {"__meta__":{"hash":"af87aced49fae511154477a8126e71fcdc953c532ef439e83b3d917bd0513af7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateInvestmentProjectRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvestmentProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateInvestmentProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateInvestmentProjectRecordMutation, UpdateInvestmentProjectRecordMutationVariables>;
export const FtaOutreachRecordsDocument = {"__meta__":{"hash":"9e690983c368644b10abd8da45d6477c271465bcabb60b1989fd33f1ea9069ec"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FtaOutreachRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"ftaOutreaches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<FtaOutreachRecordsQuery, FtaOutreachRecordsQueryVariables>;
export const FtaOutreachRecordDocument = {"__meta__":{"hash":"15d6197d361dc55f26fc340c53f2209ec301cc4c3e5375141ed83b88b554e6a9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FtaOutreachRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"ftaOutreach"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secretRegistrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"secretHolder"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"}}]}}]}}]} as unknown as DocumentNode<FtaOutreachRecordQuery, FtaOutreachRecordQueryVariables>;
export const CreateFtaOutreachRecordDocument = {"__meta__":{"hash":"6d557eb10ba5660486b5ee48d26945178d7f69f3764c7601ad9aee42d0eb06f4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFtaOutreachRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FtaOutreachInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createFtaOutreach"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateFtaOutreachRecordMutation, CreateFtaOutreachRecordMutationVariables>;
export const UpdateFtaOutreachRecordDocument = {"__meta__":{"hash":"1a21e7a23cea11d26515a77cf46a4035b031e0ab8d05e0e8b1819f9f73f7d318"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateFtaOutreachRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FtaOutreachInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateFtaOutreach"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateFtaOutreachRecordMutation, UpdateFtaOutreachRecordMutationVariables>;
export const DestinationRecordsDocument = {"__meta__":{"hash":"263f6a6d34e838e497d0e83ebde61eaa65a16864f4d8c9e9ff43809576996118"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DestinationRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"destinations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DestinationRecordsQuery, DestinationRecordsQueryVariables>;
export const DestinationRecordDocument = {"__meta__":{"hash":"29b8686500b54d5f418bd11a1a7cc6eab7d6a6fdc4b9fdb636fc6439b5fad34f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DestinationRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"destination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secretRegistrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"secretHolder"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"materialLanguages"}}]}}]}}]} as unknown as DocumentNode<DestinationRecordQuery, DestinationRecordQueryVariables>;
export const CreateDestinationRecordDocument = {"__meta__":{"hash":"86dc664c7553de5a682370809303dc483651edd7a8e3b984b66c0dcdd17ba8e0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDestinationRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DestinationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createDestination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateDestinationRecordMutation, CreateDestinationRecordMutationVariables>;
export const UpdateDestinationRecordDocument = {"__meta__":{"hash":"1defd27cc13e687788835ed88a5e8ceeb06e384c376643040d1cfdfe09f53758"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDestinationRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DestinationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateDestination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateDestinationRecordMutation, UpdateDestinationRecordMutationVariables>;
export const CulturalEventRecordsDocument = {"__meta__":{"hash":"62f6462557c33b28c43485343b23b2aa1a74c8ffc70f11742d5a19f6970ca637"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CulturalEventRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"culturalEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CulturalEventRecordsQuery, CulturalEventRecordsQueryVariables>;
export const CulturalEventRecordDocument = {"__meta__":{"hash":"0366a40bddfdfacf59492bac09135c1f5a36d26bf0a51476277d144baabf2946"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CulturalEventRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"culturalEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secretRegistrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"secretHolder"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communities"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<CulturalEventRecordQuery, CulturalEventRecordQueryVariables>;
export const CreateCulturalEventRecordDocument = {"__meta__":{"hash":"c72083c45b4b7b69728d4b48f7bde47b153b9a1b80e8fbbd9c85327d3e4689d4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCulturalEventRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CulturalEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createCulturalEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateCulturalEventRecordMutation, CreateCulturalEventRecordMutationVariables>;
export const UpdateCulturalEventRecordDocument = {"__meta__":{"hash":"ddae50305568c9d40672eb50ec2cdda090247b64b83c46a2153bafa5c0f9e0a5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCulturalEventRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CulturalEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateCulturalEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateCulturalEventRecordMutation, UpdateCulturalEventRecordMutationVariables>;
export const PromotionCampaignRecordsDocument = {"__meta__":{"hash":"d3fb624206bb57cfab27affce62695a43c1f1448eef6516121f845079f9ca05f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PromotionCampaignRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"promotionCampaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PromotionCampaignRecordsQuery, PromotionCampaignRecordsQueryVariables>;
export const PromotionCampaignRecordDocument = {"__meta__":{"hash":"37c0c5bd98659a255c1c07eeb98999ffb72389fad2f9263a3dec9f3ca5b4eda8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PromotionCampaignRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"promotionCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secretRegistrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"secretHolder"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<PromotionCampaignRecordQuery, PromotionCampaignRecordQueryVariables>;
export const CreatePromotionCampaignRecordDocument = {"__meta__":{"hash":"2af2c79dcfa7b19eeb7fe26efb4b6bbdf216e3886e77c273d8bdc5da8a362561"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePromotionCampaignRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PromotionCampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createPromotionCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreatePromotionCampaignRecordMutation, CreatePromotionCampaignRecordMutationVariables>;
export const UpdatePromotionCampaignRecordDocument = {"__meta__":{"hash":"c49ea4ea8b7eca91508b9eb957edc60e0c725315665ecf88b68fded168788c63"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePromotionCampaignRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PromotionCampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updatePromotionCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdatePromotionCampaignRecordMutation, UpdatePromotionCampaignRecordMutationVariables>;
export const PublicationRecordsDocument = {"__meta__":{"hash":"1bef221b0da4977da5249d2e310cab42ada2236eacd385b53048a75e4265ed8b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicationRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"publications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PublicationRecordsQuery, PublicationRecordsQueryVariables>;
export const PublicationRecordDocument = {"__meta__":{"hash":"9f481ac8d9de3f303d6d9efff5502d6d154b532dbd28cee442f05495ca44525e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicationRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"publication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secretRegistrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"secretHolder"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"copies"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<PublicationRecordQuery, PublicationRecordQueryVariables>;
export const CreatePublicationRecordDocument = {"__meta__":{"hash":"b98e03b944cb1a19cc7b98d57d9ee29d6e8ff0a5a87f122ad3bc45eedf06ca4c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePublicationRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createPublication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreatePublicationRecordMutation, CreatePublicationRecordMutationVariables>;
export const UpdatePublicationRecordDocument = {"__meta__":{"hash":"4ffd9725c02ec44c649c929f39237a44169b34d2c2a3be97e32ed7ba5454d24c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePublicationRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updatePublication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdatePublicationRecordMutation, UpdatePublicationRecordMutationVariables>;
export const ForeignPressVisitRecordsDocument = {"__meta__":{"hash":"900b1e621014b5caa7c74ae76dac4107ecef8c93de5e9a0630907900d3a52700"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForeignPressVisitRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"foreignPressVisits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"}},{"kind":"Field","name":{"kind":"Name","value":"arrivesOn"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ForeignPressVisitRecordsQuery, ForeignPressVisitRecordsQueryVariables>;
export const ForeignPressVisitRecordDocument = {"__meta__":{"hash":"3400f59fb46b4463f865d462db8dc32fec3ca735d745fb0d6f6be6ee558881b4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForeignPressVisitRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"foreignPressVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secretRegistrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"secretHolder"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"}},{"kind":"Field","name":{"kind":"Name","value":"reporterCount"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"arrivesOn"}},{"kind":"Field","name":{"kind":"Name","value":"departsOn"}},{"kind":"Field","name":{"kind":"Name","value":"borderGate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostAgency"}}]}}]}}]} as unknown as DocumentNode<ForeignPressVisitRecordQuery, ForeignPressVisitRecordQueryVariables>;
export const CreateForeignPressVisitRecordDocument = {"__meta__":{"hash":"a70050ae7ef162eadda59d72e0396172456e44624c032ded673003e784c2eb34"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateForeignPressVisitRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ForeignPressVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createForeignPressVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateForeignPressVisitRecordMutation, CreateForeignPressVisitRecordMutationVariables>;
export const UpdateForeignPressVisitRecordDocument = {"__meta__":{"hash":"9ad37664b831434a3c2ce0e0a9620959fc757f62f357103d60526ae61626e23d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateForeignPressVisitRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ForeignPressVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateForeignPressVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateForeignPressVisitRecordMutation, UpdateForeignPressVisitRecordMutationVariables>;
export const DelegationRecordsDocument = {"__meta__":{"hash":"220e45465cfed19c5218d0b2a3caa6db6aec18bed369b0eaa3fc7ed663adb5a3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DelegationRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"delegations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DelegationRecordsQuery, DelegationRecordsQueryVariables>;
export const DelegationRecordDocument = {"__meta__":{"hash":"d7e764e0ee560ea1a991571096bd689369508aec5e72bb7c1ebe6eb171cf38ed"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DelegationRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"delegation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secretRegistrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"secretHolder"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerLocality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"headedBy"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}}]}}]}}]} as unknown as DocumentNode<DelegationRecordQuery, DelegationRecordQueryVariables>;
export const CreateDelegationRecordDocument = {"__meta__":{"hash":"092101245ecc7e5804ea6237e1be8ce9fd9b6651e02cb15e5ad699f03d62fb76"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDelegationRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DelegationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createDelegation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateDelegationRecordMutation, CreateDelegationRecordMutationVariables>;
export const UpdateDelegationRecordDocument = {"__meta__":{"hash":"608634c01abd1d241cfd92d3be4ac31c91be15adb6711de643771dd4858ff49e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDelegationRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DelegationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateDelegation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateDelegationRecordMutation, UpdateDelegationRecordMutationVariables>;
export const PressConferenceRecordsDocument = {"__meta__":{"hash":"ac8294eb998a1c2e7dec86e2124ba6ccad87da58a1f3c99f3fec7fc14f4b7a11"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PressConferenceRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"pressConferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PressConferenceRecordsQuery, PressConferenceRecordsQueryVariables>;
export const PressConferenceRecordDocument = {"__meta__":{"hash":"ea824957c63fac24e1ddba6b315504aeeef45f6d37fe052fcc459a84ea28ea92"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PressConferenceRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"pressConference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secretRegistrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"secretHolder"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"spokesperson"}},{"kind":"Field","name":{"kind":"Name","value":"foreignOutlets"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"}}]}}]}}]} as unknown as DocumentNode<PressConferenceRecordQuery, PressConferenceRecordQueryVariables>;
export const CreatePressConferenceRecordDocument = {"__meta__":{"hash":"28cdb49e276675dbe1b1df5ea1320b5218f7534ec0f685db380c09355c53f8f2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePressConferenceRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PressConferenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createPressConference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreatePressConferenceRecordMutation, CreatePressConferenceRecordMutationVariables>;
export const UpdatePressConferenceRecordDocument = {"__meta__":{"hash":"1ef355fa1f7061dbcc783e91eaf30584fbb3e8aa8f0bd0ae95b811095a85fbc3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePressConferenceRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PressConferenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updatePressConference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdatePressConferenceRecordMutation, UpdatePressConferenceRecordMutationVariables>;
export const PartnerLocalityRecordsDocument = {"__meta__":{"hash":"a5ab790a59cf51a514ef2cc3f1f195854b4363dd3ed96c46c9328b3785c8a2c6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerLocalityRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"partnerLocalities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationSince"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerLocalityRecordsQuery, PartnerLocalityRecordsQueryVariables>;
export const PartnerLocalityRecordDocument = {"__meta__":{"hash":"e0c199efe0c439bf28c1396ee13e6442d840782d9f2f52fcb5f6a7e0aba70879"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerLocalityRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"partnerLocality"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secretRegistrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"secretHolder"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"localName"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationSince"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"}}]}}]}}]} as unknown as DocumentNode<PartnerLocalityRecordQuery, PartnerLocalityRecordQueryVariables>;
export const CreatePartnerLocalityRecordDocument = {"__meta__":{"hash":"6a0dd2f84c9fc15e7636f804781e81aae47305a17ac35a25d29e960cc9358951"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePartnerLocalityRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerLocalityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createPartnerLocality"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreatePartnerLocalityRecordMutation, CreatePartnerLocalityRecordMutationVariables>;
export const UpdatePartnerLocalityRecordDocument = {"__meta__":{"hash":"a0bd6431e61fce0f008ca914f3f51752b4761e6d413e96ebca62d701b1b8ffac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePartnerLocalityRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerLocalityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updatePartnerLocality"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdatePartnerLocalityRecordMutation, UpdatePartnerLocalityRecordMutationVariables>;
export const OverseasCommunityRecordsDocument = {"__meta__":{"hash":"9265be8c7cdf0ef343137314782fd3532276f27d023ab9e4ef974cb6d2660c0d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverseasCommunityRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"overseasCommunities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OverseasCommunityRecordsQuery, OverseasCommunityRecordsQueryVariables>;
export const OverseasCommunityRecordDocument = {"__meta__":{"hash":"137d8265350924bebbf93cd701bf776cb406870d88a9fc7880e6a8f45c59ba56"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverseasCommunityRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"overseasCommunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secretRegistrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"secretHolder"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimatedSize"}},{"kind":"Field","name":{"kind":"Name","value":"contactOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}}]} as unknown as DocumentNode<OverseasCommunityRecordQuery, OverseasCommunityRecordQueryVariables>;
export const CreateOverseasCommunityRecordDocument = {"__meta__":{"hash":"369a5fddd68110389210e27d65ab301de7387cc494cbe0c750990e77b8b75fa1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOverseasCommunityRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OverseasCommunityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createOverseasCommunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateOverseasCommunityRecordMutation, CreateOverseasCommunityRecordMutationVariables>;
export const UpdateOverseasCommunityRecordDocument = {"__meta__":{"hash":"7f281b47bc43690762dfe952e35d93251a53c8a598b558073bc011f530ba4d90"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOverseasCommunityRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OverseasCommunityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateOverseasCommunity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateOverseasCommunityRecordMutation, UpdateOverseasCommunityRecordMutationVariables>;
export const MediaMonitoringItemRecordsDocument = {"__meta__":{"hash":"882f088ea067855423a25358ff8de092f6f35fbf473e9ed215d48121dc8b2116"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MediaMonitoringItemRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"mediaMonitoringItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<MediaMonitoringItemRecordsQuery, MediaMonitoringItemRecordsQueryVariables>;
export const MediaMonitoringItemRecordDocument = {"__meta__":{"hash":"90600d7be9df14ff305f2afe25d5c0f084d48c8f8fa54db9bac393ff55439f5e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MediaMonitoringItemRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"mediaMonitoringItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secretRegistrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"secretHolder"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"sentiment"}},{"kind":"Field","name":{"kind":"Name","value":"rebuttal"}},{"kind":"Field","name":{"kind":"Name","value":"rebuttedOn"}}]}}]}}]} as unknown as DocumentNode<MediaMonitoringItemRecordQuery, MediaMonitoringItemRecordQueryVariables>;
export const CreateMediaMonitoringItemRecordDocument = {"__meta__":{"hash":"ab90b85835adc9a8bab9a2f85b29ba3b6596a1a33646afcb0173a2730ca89930"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMediaMonitoringItemRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MediaMonitoringItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createMediaMonitoringItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateMediaMonitoringItemRecordMutation, CreateMediaMonitoringItemRecordMutationVariables>;
export const UpdateMediaMonitoringItemRecordDocument = {"__meta__":{"hash":"75268f1f64e37ba1cda325bba4df54c5a898e9cdc6f8d0fffd472bde4c9e97b1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMediaMonitoringItemRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MediaMonitoringItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateMediaMonitoringItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateMediaMonitoringItemRecordMutation, UpdateMediaMonitoringItemRecordMutationVariables>;
export const BorderGateRecordsDocument = {"__meta__":{"hash":"0aa6c918112f423a38a855d18bdfe22cb867aae56c510de9f9b70dd88fe67f40"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BorderGateRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"borderGates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<BorderGateRecordsQuery, BorderGateRecordsQueryVariables>;
export const BorderGateRecordDocument = {"__meta__":{"hash":"2ddd6df6405b7fb5dee3b4c920265f0a19932059d45b66657045e7efb6726f85"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BorderGateRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"borderGate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secretRegistrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"secretHolder"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"oppositeGate"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<BorderGateRecordQuery, BorderGateRecordQueryVariables>;
export const CreateBorderGateRecordDocument = {"__meta__":{"hash":"bbeee01f8e0acb33aba880ef3e044a509696a9d55e28f80364b9a64dea42ed0c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBorderGateRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BorderGateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createBorderGate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateBorderGateRecordMutation, CreateBorderGateRecordMutationVariables>;
export const UpdateBorderGateRecordDocument = {"__meta__":{"hash":"d607e6352bd52d2263c3f837ae6c41fc4553f94948a3ae8a6800c9c18babe81f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateBorderGateRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BorderGateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateBorderGate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateBorderGateRecordMutation, UpdateBorderGateRecordMutationVariables>;
export const BorderCommuneRecordsDocument = {"__meta__":{"hash":"2efed63e0b15d22287cf4a6d516211cf41262de8a87e0bf09b747ef4cb1319e5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BorderCommuneRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"borderCommunes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<BorderCommuneRecordsQuery, BorderCommuneRecordsQueryVariables>;
export const BorderCommuneRecordDocument = {"__meta__":{"hash":"aa16b90c55e8a3c296207531c8e5980e11853c838c3be35bd40277226e5b1f3e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BorderCommuneRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"borderCommune"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secretRegistrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"secretHolder"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"borderLengthKm"}}]}}]}}]} as unknown as DocumentNode<BorderCommuneRecordQuery, BorderCommuneRecordQueryVariables>;
export const CreateBorderCommuneRecordDocument = {"__meta__":{"hash":"fc2d66bcd9ced12b966702ce7c382a211a5ccb76d346ae986c5d2667ac3e9521"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBorderCommuneRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BorderCommuneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createBorderCommune"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateBorderCommuneRecordMutation, CreateBorderCommuneRecordMutationVariables>;
export const UpdateBorderCommuneRecordDocument = {"__meta__":{"hash":"898c340898b38dc8b45232786e6738294760ab33347cd43e087e333cabd7ce20"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateBorderCommuneRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BorderCommuneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateBorderCommune"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateBorderCommuneRecordMutation, UpdateBorderCommuneRecordMutationVariables>;
export const InformationPointRecordsDocument = {"__meta__":{"hash":"cc32bf52fec8688f59b8dc70366f545bb1d41b278faebd9b1846e4e5028a1382"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InformationPointRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"informationPoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"installedOn"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<InformationPointRecordsQuery, InformationPointRecordsQueryVariables>;
export const InformationPointRecordDocument = {"__meta__":{"hash":"b94863177e0927028684ac4c0decfef556bae93c75f4ec37833fd737531bff31"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InformationPointRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"informationPoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secretRegistrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"secretHolder"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"borderGate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"borderCommune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"installedOn"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<InformationPointRecordQuery, InformationPointRecordQueryVariables>;
export const CreateInformationPointRecordDocument = {"__meta__":{"hash":"5753c61a2059627192d5fbda93e65fc0be9d88de41781ced1c1ee9e7a02734d7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateInformationPointRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InformationPointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createInformationPoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateInformationPointRecordMutation, CreateInformationPointRecordMutationVariables>;
export const UpdateInformationPointRecordDocument = {"__meta__":{"hash":"1c04cd3c8e8a8b97aaba302baec93e4208f51ef5faeea80085a9c0c5ac1ec6c4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateInformationPointRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InformationPointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateInformationPoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateInformationPointRecordMutation, UpdateInformationPointRecordMutationVariables>;
export const OutreachSessionRecordsDocument = {"__meta__":{"hash":"91828882114b496e665204ce41e8185e6763393b58324f50c9ae5a8e2364881a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutreachSessionRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"outreachSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OutreachSessionRecordsQuery, OutreachSessionRecordsQueryVariables>;
export const OutreachSessionRecordDocument = {"__meta__":{"hash":"c957353eb12482e105411e85448e44b646676c995981f14c1984bc8bc2094996"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutreachSessionRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"outreachSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secretRegistrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"secretHolder"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"borderCommune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"borderGate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}}]}}]} as unknown as DocumentNode<OutreachSessionRecordQuery, OutreachSessionRecordQueryVariables>;
export const CreateOutreachSessionRecordDocument = {"__meta__":{"hash":"a60b78c8a4dff69d59cf121b6721a170f487c6a97e3780f8606c4c308819525a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOutreachSessionRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OutreachSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createOutreachSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateOutreachSessionRecordMutation, CreateOutreachSessionRecordMutationVariables>;
export const UpdateOutreachSessionRecordDocument = {"__meta__":{"hash":"433161485119bf2f44c207cd102cb5b9debd59889f5188465081e419d5c89a1f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOutreachSessionRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OutreachSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateOutreachSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateOutreachSessionRecordMutation, UpdateOutreachSessionRecordMutationVariables>;
export const SelfManagementGroupRecordsDocument = {"__meta__":{"hash":"98964e91efc00e8846de59dd618aa790b528157b627f4d44daa43206bcb7fb18"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SelfManagementGroupRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"selfManagementGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SelfManagementGroupRecordsQuery, SelfManagementGroupRecordsQueryVariables>;
export const SelfManagementGroupRecordDocument = {"__meta__":{"hash":"b3744d4a54003f04bf1c4b7784f4e0e0c420828c09d668ae81e2f1b1be2ad258"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SelfManagementGroupRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"selfManagementGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secretRegistrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"secretHolder"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"borderCommune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"markers"}},{"kind":"Field","name":{"kind":"Name","value":"lengthKm"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}}]}}]}}]} as unknown as DocumentNode<SelfManagementGroupRecordQuery, SelfManagementGroupRecordQueryVariables>;
export const CreateSelfManagementGroupRecordDocument = {"__meta__":{"hash":"e44fc8537693fd1e5f8acd1e093284154a99239a3a90565a8fc5efcf58cdb952"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSelfManagementGroupRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SelfManagementGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createSelfManagementGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateSelfManagementGroupRecordMutation, CreateSelfManagementGroupRecordMutationVariables>;
export const UpdateSelfManagementGroupRecordDocument = {"__meta__":{"hash":"2b4ed1cbdde0400301de3fae02beb2ba67175a4102358791d445458ede6aa9dc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSelfManagementGroupRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SelfManagementGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateSelfManagementGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateSelfManagementGroupRecordMutation, UpdateSelfManagementGroupRecordMutationVariables>;
export const BorderIncidentRecordsDocument = {"__meta__":{"hash":"c0dccc3b242ae11e73aa1eaafa5dc3774fa9b227e4e5f3bb1f278f7c6c764cff"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BorderIncidentRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"borderIncidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<BorderIncidentRecordsQuery, BorderIncidentRecordsQueryVariables>;
export const BorderIncidentRecordDocument = {"__meta__":{"hash":"f9c5752a28d17b42b41c37ff2337b14cb44016f005974352db54c6ef38b5901b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BorderIncidentRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"borderIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"province"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secretRegistrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"secretHolder"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"borderGate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"borderCommune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"actionTaken"}}]}}]}}]} as unknown as DocumentNode<BorderIncidentRecordQuery, BorderIncidentRecordQueryVariables>;
export const CreateBorderIncidentRecordDocument = {"__meta__":{"hash":"27e9f08804b4f373eda507344b63546a84df6b816cdfc6992beb0f848dd60aae"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBorderIncidentRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BorderIncidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createBorderIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateBorderIncidentRecordMutation, CreateBorderIncidentRecordMutationVariables>;
export const UpdateBorderIncidentRecordDocument = {"__meta__":{"hash":"558b55b14faff62eb206e4b08b495adcde1421ffe39172fa88a9b98e50e38e6e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateBorderIncidentRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BorderIncidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateBorderIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateBorderIncidentRecordMutation, UpdateBorderIncidentRecordMutationVariables>;