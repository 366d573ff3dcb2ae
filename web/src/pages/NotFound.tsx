import { Result } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";

/** An address the app has no view for. */
export function NotFound() {
  const { t } = useTranslation();
  return <Result status="404" title={t("notFound.title")} extra={<Link to="/">{t("nav.home")}</Link>} />;
}
