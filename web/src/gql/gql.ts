/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query BorderGateView($id: ID!) {\n    borderGate(id: $id) {\n      id\n      name\n      kind\n      classification\n      province {\n        code\n        name\n      }\n      country {\n        code\n        name\n      }\n      informationPoints {\n        id\n        name\n        status\n        classification\n      }\n      outreachSessions {\n        id\n        topic\n        heldOn\n        attendees\n        classification\n      }\n      borderIncidents {\n        id\n        title\n        occurredOn\n        classification\n      }\n      tradeEvents {\n        id\n        name\n        startsOn\n        classification\n      }\n      pressVisits {\n        id\n        outlet\n        arrivesOn\n        classification\n      }\n      tasks {\n        id\n        title\n      }\n    }\n  }\n": typeof types.BorderGateViewDocument,
    "\n  query AgencyComplianceView($provinceCode: String!, $year: Int!) {\n    province(code: $provinceCode) {\n      name\n    }\n    agencies(provinceCode: $provinceCode) {\n      id\n      code\n      name\n      focalPoints {\n        role\n        fullName\n        position\n        phone\n        email\n      }\n      ledTasks(year: $year) {\n        id\n        outline\n        title\n        status\n      }\n      reports(year: $year) {\n        period\n        dueOn\n        dueText\n        submittedOn\n        state\n      }\n    }\n  }\n": typeof types.AgencyComplianceViewDocument,
    "\n  query ProvinceList {\n    provinces {\n      code\n      name\n      plans(limit: 10) {\n        id\n        year\n      }\n    }\n  }\n": typeof types.ProvinceListDocument,
    "\n  query PlanView($provinceCode: String!, $year: Int!) {\n    plans(provinceCode: $provinceCode, year: $year) {\n      id\n      title\n      year\n      documentNumber\n      province {\n        code\n        name\n      }\n      legalBases {\n        text\n      }\n      reportingDeadlines {\n        period\n        dueOn\n        rawText\n      }\n      tasks {\n        id\n        ordinal\n        outline\n        title\n        status\n        overdue\n        timeframe {\n          label\n        }\n        leads {\n          id\n          code\n          name\n        }\n        coordinators {\n          id\n          code\n          name\n        }\n        tradeEvents {\n          id\n          name\n        }\n        culturalEvents {\n          id\n          name\n        }\n        pressVisits {\n          id\n          outlet\n        }\n        outreachSessions {\n          id\n          topic\n        }\n      }\n    }\n  }\n": typeof types.PlanViewDocument,
};
const documents: Documents = {
    "\n  query BorderGateView($id: ID!) {\n    borderGate(id: $id) {\n      id\n      name\n      kind\n      classification\n      province {\n        code\n        name\n      }\n      country {\n        code\n        name\n      }\n      informationPoints {\n        id\n        name\n        status\n        classification\n      }\n      outreachSessions {\n        id\n        topic\n        heldOn\n        attendees\n        classification\n      }\n      borderIncidents {\n        id\n        title\n        occurredOn\n        classification\n      }\n      tradeEvents {\n        id\n        name\n        startsOn\n        classification\n      }\n      pressVisits {\n        id\n        outlet\n        arrivesOn\n        classification\n      }\n      tasks {\n        id\n        title\n      }\n    }\n  }\n": types.BorderGateViewDocument,
    "\n  query AgencyComplianceView($provinceCode: String!, $year: Int!) {\n    province(code: $provinceCode) {\n      name\n    }\n    agencies(provinceCode: $provinceCode) {\n      id\n      code\n      name\n      focalPoints {\n        role\n        fullName\n        position\n        phone\n        email\n      }\n      ledTasks(year: $year) {\n        id\n        outline\n        title\n        status\n      }\n      reports(year: $year) {\n        period\n        dueOn\n        dueText\n        submittedOn\n        state\n      }\n    }\n  }\n": types.AgencyComplianceViewDocument,
    "\n  query ProvinceList {\n    provinces {\n      code\n      name\n      plans(limit: 10) {\n        id\n        year\n      }\n    }\n  }\n": types.ProvinceListDocument,
    "\n  query PlanView($provinceCode: String!, $year: Int!) {\n    plans(provinceCode: $provinceCode, year: $year) {\n      id\n      title\n      year\n      documentNumber\n      province {\n        code\n        name\n      }\n      legalBases {\n        text\n      }\n      reportingDeadlines {\n        period\n        dueOn\n        rawText\n      }\n      tasks {\n        id\n        ordinal\n        outline\n        title\n        status\n        overdue\n        timeframe {\n          label\n        }\n        leads {\n          id\n          code\n          name\n        }\n        coordinators {\n          id\n          code\n          name\n        }\n        tradeEvents {\n          id\n          name\n        }\n        culturalEvents {\n          id\n          name\n        }\n        pressVisits {\n          id\n          outlet\n        }\n        outreachSessions {\n          id\n          topic\n        }\n      }\n    }\n  }\n": types.PlanViewDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BorderGateView($id: ID!) {\n    borderGate(id: $id) {\n      id\n      name\n      kind\n      classification\n      province {\n        code\n        name\n      }\n      country {\n        code\n        name\n      }\n      informationPoints {\n        id\n        name\n        status\n        classification\n      }\n      outreachSessions {\n        id\n        topic\n        heldOn\n        attendees\n        classification\n      }\n      borderIncidents {\n        id\n        title\n        occurredOn\n        classification\n      }\n      tradeEvents {\n        id\n        name\n        startsOn\n        classification\n      }\n      pressVisits {\n        id\n        outlet\n        arrivesOn\n        classification\n      }\n      tasks {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query BorderGateView($id: ID!) {\n    borderGate(id: $id) {\n      id\n      name\n      kind\n      classification\n      province {\n        code\n        name\n      }\n      country {\n        code\n        name\n      }\n      informationPoints {\n        id\n        name\n        status\n        classification\n      }\n      outreachSessions {\n        id\n        topic\n        heldOn\n        attendees\n        classification\n      }\n      borderIncidents {\n        id\n        title\n        occurredOn\n        classification\n      }\n      tradeEvents {\n        id\n        name\n        startsOn\n        classification\n      }\n      pressVisits {\n        id\n        outlet\n        arrivesOn\n        classification\n      }\n      tasks {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyComplianceView($provinceCode: String!, $year: Int!) {\n    province(code: $provinceCode) {\n      name\n    }\n    agencies(provinceCode: $provinceCode) {\n      id\n      code\n      name\n      focalPoints {\n        role\n        fullName\n        position\n        phone\n        email\n      }\n      ledTasks(year: $year) {\n        id\n        outline\n        title\n        status\n      }\n      reports(year: $year) {\n        period\n        dueOn\n        dueText\n        submittedOn\n        state\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgencyComplianceView($provinceCode: String!, $year: Int!) {\n    province(code: $provinceCode) {\n      name\n    }\n    agencies(provinceCode: $provinceCode) {\n      id\n      code\n      name\n      focalPoints {\n        role\n        fullName\n        position\n        phone\n        email\n      }\n      ledTasks(year: $year) {\n        id\n        outline\n        title\n        status\n      }\n      reports(year: $year) {\n        period\n        dueOn\n        dueText\n        submittedOn\n        state\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvinceList {\n    provinces {\n      code\n      name\n      plans(limit: 10) {\n        id\n        year\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProvinceList {\n    provinces {\n      code\n      name\n      plans(limit: 10) {\n        id\n        year\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanView($provinceCode: String!, $year: Int!) {\n    plans(provinceCode: $provinceCode, year: $year) {\n      id\n      title\n      year\n      documentNumber\n      province {\n        code\n        name\n      }\n      legalBases {\n        text\n      }\n      reportingDeadlines {\n        period\n        dueOn\n        rawText\n      }\n      tasks {\n        id\n        ordinal\n        outline\n        title\n        status\n        overdue\n        timeframe {\n          label\n        }\n        leads {\n          id\n          code\n          name\n        }\n        coordinators {\n          id\n          code\n          name\n        }\n        tradeEvents {\n          id\n          name\n        }\n        culturalEvents {\n          id\n          name\n        }\n        pressVisits {\n          id\n          outlet\n        }\n        outreachSessions {\n          id\n          topic\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanView($provinceCode: String!, $year: Int!) {\n    plans(provinceCode: $provinceCode, year: $year) {\n      id\n      title\n      year\n      documentNumber\n      province {\n        code\n        name\n      }\n      legalBases {\n        text\n      }\n      reportingDeadlines {\n        period\n        dueOn\n        rawText\n      }\n      tasks {\n        id\n        ordinal\n        outline\n        title\n        status\n        overdue\n        timeframe {\n          label\n        }\n        leads {\n          id\n          code\n          name\n        }\n        coordinators {\n          id\n          code\n          name\n        }\n        tradeEvents {\n          id\n          name\n        }\n        culturalEvents {\n          id\n          name\n        }\n        pressVisits {\n          id\n          outlet\n        }\n        outreachSessions {\n          id\n          topic\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;