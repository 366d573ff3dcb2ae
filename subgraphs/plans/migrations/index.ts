import { ApiClients1796431549923 } from "./ApiClients1796431549923";
import { IdempotentWrites1796432414750 } from "./IdempotentWrites1796432414750";
import { PlanDatesSignersAndRoles1796174875376 } from "./PlanDatesSignersAndRoles1796174875376";
import { PlansInitial1795316981038 } from "./PlansInitial1795316981038";
import { ReminderClaims1796468941689 } from "./ReminderClaims1796468941689";
import { Reminders1796382564834 } from "./Reminders1796382564834";
import { ReportDocuments1796381975562 } from "./ReportDocuments1796381975562";
import { SecretsAndPersonalData1796360737051 } from "./SecretsAndPersonalData1796360737051";
import { TaskHistoryAndSignatories1796381522350 } from "./TaskHistoryAndSignatories1796381522350";
import { UsedIdentities1796468677507 } from "./UsedIdentities1796468677507";

/** The plans subgraph's MySQL schema, one migration per change, oldest first (`npm run migration:generate`). */
export const plansMigrations: Function[] = [
  PlansInitial1795316981038,
  PlanDatesSignersAndRoles1796174875376,
  SecretsAndPersonalData1796360737051,
  TaskHistoryAndSignatories1796381522350,
  ReportDocuments1796381975562,
  Reminders1796382564834,
  ApiClients1796431549923,
  IdempotentWrites1796432414750,
  UsedIdentities1796468677507,
  ReminderClaims1796468941689,
];
