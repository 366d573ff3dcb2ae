import { graphql } from "../gql";
import type { TaskRecordsFragment } from "../gql/graphql";
import { recordPath, type RecordTypeName } from "./values";

/**
 * What each department recorded for a task, as the plan view and an agency's
 * page list it: each record's name, date, classification and the agencies it
 * names. A department that is not answering leaves its fields null.
 */
export const TaskRecords = graphql(/* GraphQL */ `
  fragment TaskRecords on Task {
    tradeEvents {
      id
      name
      startsOn
      classification
      agencies {
        id
      }
    }
    investmentProjects {
      id
      name
      classification
      agencies {
        id
      }
    }
    culturalEvents {
      id
      name
      startsOn
      classification
      agencies {
        id
      }
    }
    promotionCampaigns {
      id
      name
      classification
      agencies {
        id
      }
    }
    publications {
      id
      title
      publishedOn
      classification
      agencies {
        id
      }
    }
    destinations {
      id
      name
      classification
      agencies {
        id
      }
    }
    pressVisits {
      id
      outlet
      arrivesOn
      classification
      agencies {
        id
      }
    }
    delegations {
      id
      name
      startsOn
      classification
      agencies {
        id
      }
    }
    mediaMonitoringItems {
      id
      headline
      publishedOn
      classification
      agencies {
        id
      }
    }
    outreachSessions {
      id
      topic
      heldOn
      classification
      agencies {
        id
      }
    }
    informationPoints {
      id
      name
      classification
      agencies {
        id
      }
    }
    borderIncidents {
      id
      title
      occurredOn
      classification
      agencies {
        id
      }
    }
  }
`);

export interface Held {
  id: string;
  classification: string;
  agencies: { id: string }[];
}

/** One record as a task's dossier lists it, opening its own view. */
export interface Done {
  key: string;
  type: RecordTypeName;
  label: string;
  to: string;
  on?: string | null;
  classification: string;
}

/**
 * What each department may record for a task: the record type, the task's
 * field, what the record is called and its date. In the order the plan view
 * shows them, under the department's name.
 */
export function departmentRecords(
  task: TaskRecordsFragment,
): [string, [RecordTypeName, (Held & Record<string, unknown>)[] | null | undefined, string, string?][]][] {
  return [
    [
      "trade",
      [
        ["TradeEvent", task.tradeEvents, "name", "startsOn"],
        ["InvestmentProject", task.investmentProjects, "name"],
      ],
    ],
    [
      "tourism",
      [
        ["CulturalEvent", task.culturalEvents, "name", "startsOn"],
        ["PromotionCampaign", task.promotionCampaigns, "name"],
        ["Publication", task.publications, "title", "publishedOn"],
        ["Destination", task.destinations, "name"],
      ],
    ],
    [
      "foreignAffairs",
      [
        ["ForeignPressVisit", task.pressVisits, "outlet", "arrivesOn"],
        ["Delegation", task.delegations, "name", "startsOn"],
        ["MediaMonitoringItem", task.mediaMonitoringItems, "headline", "publishedOn"],
      ],
    ],
    [
      "borderSecurity",
      [
        ["OutreachSession", task.outreachSessions, "topic", "heldOn"],
        ["InformationPoint", task.informationPoints, "name"],
        ["BorderIncident", task.borderIncidents, "title", "occurredOn"],
      ],
    ],
  ];
}

/** What each department recorded for a task, under the department's name (`PlanDossier`), each opening its record. */
export function dossier(task: TaskRecordsFragment): [string, Done[]][] {
  return departmentRecords(task)
    .map(([department, kinds]): [string, Done[]] => [
      department,
      kinds.flatMap(([type, records, labelField, dateField]) =>
        (records ?? []).map((record) => ({
          key: `${type}-${record.id}`,
          type,
          label: String(record[labelField]),
          to: recordPath(type, record.id),
          on: dateField ? (record[dateField] as string | null) : null,
          classification: record.classification,
        })),
      ),
    ])
    .filter(([, items]) => items.length > 0);
}

/** The departments whose part of a task's dossier did not arrive (their fields are null: the department is not answering). */
export function missingDepartments(task: TaskRecordsFragment): string[] {
  return departmentRecords(task)
    .filter(([, kinds]) => kinds.some(([, records]) => records === null || records === undefined))
    .map(([department]) => department);
}

/** How many records the departments keep for a task (those the reader may read). */
export function recordCount(task: TaskRecordsFragment): number {
  return dossier(task).reduce((sum, [, items]) => sum + items.length, 0);
}
