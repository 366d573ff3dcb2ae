import { Alert } from "antd";
import { useTranslation } from "react-i18next";
import type { CombinedError } from "urql";
import { problemText } from "../problems";

/** The departments an answer lacks because they are down or too slow (the gateway's DEPARTMENT_UNAVAILABLE / DEPARTMENT_TIMEOUT). */
export function departmentsDown(error: CombinedError | undefined): string[] {
  if (!error) return [];
  return [
    ...new Set(
      error.graphQLErrors
        .filter((e) => e.extensions?.code === "DEPARTMENT_UNAVAILABLE" || e.extensions?.code === "DEPARTMENT_TIMEOUT")
        .map((e) => String(e.extensions?.department ?? "")),
    ),
  ];
}

/**
 * What a failed part of an answer means to the reader: a department that is
 * down is named, and the rest of the page keeps working. `only` limits the
 * notice to the departments that feed one part of a page.
 */
export function DepartmentNotice({ error, only }: { error?: CombinedError; only?: string[] }) {
  const { t } = useTranslation();
  if (!error) return null;
  const down = departmentsDown(error).filter((department) => !only || only.includes(department));
  if (down.length > 0) {
    return (
      <>
        {down.map((department) => (
          <Alert
            key={department}
            type="warning"
            showIcon
            role="status"
            message={t("error.department", { department: t(`department.${department}`, { defaultValue: department }) })}
            style={{ marginBottom: 12 }}
          />
        ))}
      </>
    );
  }
  if (only || departmentsDown(error).length > 0) return null;
  return <Alert type="error" showIcon message={t("error.generic", { message: problemText(error) })} style={{ marginBottom: 12 }} />;
}

/**
 * Whether an answer's part held by `department` may be missing because of the
 * error: that department is down, or the request failed in a way that names
 * none. A page then says nothing of that part being empty ("none", "not
 * found"): the notice says what happened instead.
 */
export function answerMissing(error: CombinedError | undefined, department: string): boolean {
  if (!error) return false;
  const down = departmentsDown(error);
  return down.length === 0 || down.includes(department);
}
