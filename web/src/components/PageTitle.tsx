import { useEffect } from "react";
import { useTranslation } from "react-i18next";

/** A view's heading, also the browser tab's title (what a bookmark is named). */
export function PageTitle({ children }: { children: string }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${children} · ${t("app.title")}`;
  }, [children, t]);
  return <h1 style={{ fontSize: 20, margin: 0, whiteSpace: "normal" }}>{children}</h1>;
}
