import { Result } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { PageTitle } from "../components/PageTitle";

/** An address the app has no view for. */
export function NotFound() {
  const { t } = useTranslation();
  return <Result status="404" title={<PageTitle>{t("notFound.title")}</PageTitle>} extra={<Link to="/">{t("nav.home")}</Link>} />;
}
