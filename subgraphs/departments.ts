import { registerDepartments } from "../shared/core/departments";
import { DEPARTMENT_MANIFESTS } from "./manifests";

/** The departments federated by the hub, from their manifests (`./manifests.ts`). */
export const DEPARTMENTS = DEPARTMENT_MANIFESTS;

// whatever imports this (the gateway, npm start, the scripts, the tests: the composition roots) knows every department
registerDepartments(DEPARTMENTS);
