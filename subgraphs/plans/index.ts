import type { SubgraphDefinition } from "../../shared/federation/subgraph";
import type { HubContext } from "../../shared/records/context";
import { byId } from "../../shared/records/loaders";
import { recordMutations } from "../../shared/records/record-resolvers";
import { ApiClient } from "./api-clients/api-client";
import { ApiClientResolver } from "./api-clients/api-clients.resolver";
import { seedPlansDemo } from "./demo";
import { department } from "./department";
import { Agency, AgencyInput } from "./directory/agency";
import { AgencyResolver } from "./directory/agency.resolver";
import { FocalPoint, FocalPointInput } from "./directory/focal-point";
import { AgencyFunctionsResolver, ProvinceFunctionsResolver } from "./directory/functions";
import { AgencyPerformanceResolver, ProvincePerformanceResolver } from "./directory/performance";
import { PersonalDataResolver, ProcessingLogEntry } from "./directory/personal-data";
import { Province } from "./directory/province";
import { provinceOfItsAgency } from "./directory/province-of-agency";
import { ProvinceResolver } from "./directory/province.resolver";
import { agencyId } from "./directory/reference-directory";
import {
  AgencySignatoriesResolver,
  AuthoritySignatoriesResolver,
  Signatory,
  SignatoryInput,
  SignatoryResolver,
} from "./directory/signatory";
import { OutgoingSecretDocument, SecretRegisterResolver } from "./documents/secret-register";
import { PlanImportResolver } from "./import/plan-import.resolver";
import { plansMigrations } from "./migrations";
import { Assignment, LegalBasis, Plan, PlanInput } from "./plan/plan";
import { AssignmentResolver, PlanResolver } from "./plan/plan.resolver";
import { Task, TaskBorderGate, TaskParticipant } from "./plan/task";
import { TaskStatusChange } from "./plan/task-history";
import { BorderGateTasksResolver, TaskParticipantResolver, TaskResolver } from "./plan/task.resolver";
import { plansWritePolicy } from "./policy";
import { PlansBorderGate } from "./references";
import { ReminderMessage, SchedulerLease } from "./reminders/reminder";
import { AgencyRemindersResolver } from "./reminders/reminders.resolver";
import { reminderSettings, startReminderScheduler } from "./reminders/scheduler";
import { ReportFilePart, ReportResolver } from "./reporting/report-file";
import { Report, ReportingDeadline } from "./reporting/reporting";
import { ReportingDeadlineResolver } from "./reporting/reporting.resolver";

/** Plans: the subgraph of the department in charge of foreign information — directory, plans, tasks, reports. */
export const plansSubgraph: SubgraphDefinition = {
  name: department.name,
  department,
  entities: [
    Province,
    Agency,
    FocalPoint,
    Signatory,
    TaskStatusChange,
    ProcessingLogEntry,
    OutgoingSecretDocument,
    Plan,
    LegalBasis,
    Assignment,
    Task,
    TaskParticipant,
    TaskBorderGate,
    ReportingDeadline,
    Report,
    ReportFilePart,
    ReminderMessage,
    SchedulerLease,
    ApiClient,
  ],
  migrations: plansMigrations,
  resolvers: [
    ProvinceResolver,
    ApiClientResolver,
    ProvinceFunctionsResolver,
    AgencyResolver,
    AgencyFunctionsResolver,
    PersonalDataResolver,
    AgencyPerformanceResolver,
    ProvincePerformanceResolver,
    AgencySignatoriesResolver,
    SignatoryResolver,
    AuthoritySignatoriesResolver,
    SecretRegisterResolver,
    PlanResolver,
    AssignmentResolver,
    TaskResolver,
    TaskParticipantResolver,
    BorderGateTasksResolver,
    ReportingDeadlineResolver,
    ReportResolver,
    AgencyRemindersResolver,
    PlanImportResolver,
    recordMutations(Plan, PlanInput),
    recordMutations(FocalPoint, FocalPointInput, { derive: provinceOfItsAgency }),
    recordMutations(Signatory, SignatoryInput, { derive: provinceOfItsAgency }),
    recordMutations(Agency, AgencyInput, { idFor: (input) => agencyId(input.provinceCode, input.code) }),
  ],
  orphanedTypes: [PlansBorderGate],
  referenceResolvers: {
    Province: (ref: { code: string }, ctx: HubContext) => byId(ctx, Province, "code").load(ref.code),
    Agency: (ref: { id: string }, ctx: HubContext) => byId(ctx, Agency).load(ref.id),
    Task: (ref: { id: string }, ctx: HubContext) => byId(ctx, Task).load(ref.id),
  },
  policy: plansWritePolicy,
  // An agency's successor may lie in another province (Kiên Giang's departments went to An Giang in 2025): not checked here.
  references: { agencyId: Agency, deadlineId: ReportingDeadline, planId: Plan, parentId: Task },
  seedDemoData: seedPlansDemo,
  documentUploads: ["importPlan", "previewPlanImport"],
  background: (service) => {
    const settings = reminderSettings();
    return settings.enabled ? startReminderScheduler(service, settings) : null;
  },
};

/** What `subgraphs/index.ts` loads for this department. */
export default plansSubgraph;
