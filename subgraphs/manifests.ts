import { department as borderSecurity } from "./border-security/department";
import { department as foreignAffairs } from "./foreign-affairs/department";
import { department as plans } from "./plans/department";
import { department as tourism } from "./tourism/department";
import { department as trade } from "./trade/department";

/**
 * The departments' manifests, in order: the one list a new department is
 * added to (see docs/development.md, "Add a department"). Data only: the
 * plans department's directory reads every department's function from it.
 * A composition root imports `./departments`, which registers them.
 */
export const DEPARTMENT_MANIFESTS = [plans, trade, tourism, foreignAffairs, borderSecurity] as const;
