import { Alert } from "antd";
import { useTranslation } from "react-i18next";
import type { CombinedError } from "urql";

/**
 * What a failed part of an answer means to the reader: a department that is
 * down is named, and the rest of the page keeps working.
 */
export function DepartmentNotice({ error }: { error?: CombinedError }) {
  const { t } = useTranslation();
  if (!error) return null;
  const departments = [
    ...new Set(
      error.graphQLErrors
        .filter((e) => e.extensions?.code === "DEPARTMENT_UNAVAILABLE" || e.extensions?.code === "DEPARTMENT_TIMEOUT")
        .map((e) => String(e.extensions?.department ?? "")),
    ),
  ];
  if (departments.length > 0) {
    return (
      <>
        {departments.map((department) => (
          <Alert
            key={department}
            type="warning"
            showIcon
            role="status"
            message={t("error.department", { department })}
            style={{ marginBottom: 12 }}
          />
        ))}
      </>
    );
  }
  return <Alert type="error" showIcon message={t("error.generic", { message: error.message })} style={{ marginBottom: 12 }} />;
}
