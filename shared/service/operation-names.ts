import { RECORD_OPERATION_NAMES } from "./record-operation-names";

/**
 * The operations the hub's own clients send, by name: the contract's
 * operations (`test/contract/operations`) and the web app's documents. Metrics label these by name and
 * every other operation as `other`, so a caller can neither grow the metrics
 * without bound nor read other callers' operation names in them.
 */
export const KNOWN_OPERATIONS: ReadonlySet<string> = new Set([
  ...RECORD_OPERATION_NAMES,
  "AgencyCompliance",
  "BorderGateDossier",
  "CountryView",
  "PlanDossier",
  "ProvinceDashboard",
  // The web app's documents (web/src), one per view.
  "AgencyComplianceView",
  "BorderGateView",
  "CountryDossier",
  "NationalOverviewView",
  "PlanView",
  "ProvinceDashboardView",
  "ProvinceSummaryView",
  "AgencyLookup",
  "AgencyView",
  "RebuttedMediaItems",
  "ProvinceList",
  "PublicPages",
  "SearchPlans",
  "SearchTrade",
  "SearchTourism",
  "SearchForeignAffairs",
  "SearchBorderSecurity",
  "SearchProvinces",
  "PreviewPlanImport",
  "ImportPlan",
  "AuditView",
  "PickerTasks",
  "PickerAgencies",
  "PickerPlaces",
  "PickerCountries",
  "UpdateTaskProgress",
  "UpdateTask",
  "UpdateReportingDeadline",
  "CreateReport",
  "UpdateReport",
  "CreateFocalPoint",
  "UpdateFocalPoint",
  "RecordContactExport",
  "PrivacyView",
  "PersonalDataRequest",
  "ErasePersonalData",
  // The gateway's own, for the documents it generates.
  "ProvinceReportData",
  "ReminderLettersData",
  "RegisterOutgoingSecretDocument",
  "ReportFileDownload",
  // The gateway's open data, read as an anonymous caller.
  "OpenDataDestinations",
  "OpenDataCulturalEvents",
  "OpenDataPublications",
  "OpenDataPartnerLocalities",
  "OpenDataBorderGates",
  "OpenDataPlans",
  "OpenDataPlanTasks",
  // The plans department's reminder scheduler.
  "ReminderRecipients",
]);

/**
 * The label for an operation name: known names as they are (a subgraph sees
 * the gateway's `PlanDossier__plans__0`, read as `PlanDossier`), `anonymous`
 * for none, `other` for the rest.
 */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return "anonymous";
  const base = name.replace(/__[A-Za-z0-9]+__\d+$/, "");
  return KNOWN_OPERATIONS.has(base) ? base : "other";
}
