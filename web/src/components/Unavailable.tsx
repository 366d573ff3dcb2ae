import { Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { CombinedError } from "urql";
import type { ProvinceAccess } from "../permissions";
import { departmentsDown } from "./DepartmentNotice";

/**
 * A figure or list the API hides from this reader: "sign in to see" for a
 * visitor, "not shown to you" for an official of another province — never a
 * zero, an empty list or "none", which would be false.
 */
export function Withheld({ access }: { access: Exclude<ProvinceAccess, "full"> }) {
  const { t } = useTranslation();
  return (
    <Typography.Text type="secondary" data-withheld={access}>
      {access === "signIn" ? t("missing.signIn") : t("missing.notShown")}
    </Typography.Text>
  );
}

/**
 * What a list or figure says when its data did not arrive: the department
 * that is not answering, named (or, for any other failure, that it could not
 * be loaded) — never "none". `departments` limits the naming to those that
 * feed this part of the page. Plain text, not a `status` region: the page's
 * one notice per department already announces it.
 */
export function Unavailable({ error, departments }: { error?: CombinedError; departments?: string[] }) {
  const { t } = useTranslation();
  const down = departmentsDown(error).filter((department) => !departments || departments.includes(department));
  return (
    <Typography.Text style={{ color: "#613400" }} data-unavailable={down.join(" ") || "error"}>
      {down.length
        ? t("missing.notAnswering", {
            department: down.map((department) => t(`department.${department}`, { defaultValue: department })).join(", "),
          })
        : t("missing.notLoaded")}
    </Typography.Text>
  );
}
