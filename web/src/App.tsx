import { Button, ConfigProvider, Layout, Space, Typography } from "antd";
import enUS from "antd/locale/en_US";
import viVN from "antd/locale/vi_VN";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { BrowserRouter, Link, Route, Routes } from "react-router-dom";
import { Client, Provider, cacheExchange, fetchExchange } from "urql";
import { switchLanguage } from "./i18n";
import { BorderGatePage } from "./pages/BorderGate";
import { CompliancePage } from "./pages/Compliance";
import { Home } from "./pages/Home";
import { PlanPage } from "./pages/Plan";
import { SignIn } from "./pages/SignIn";
import { setSession, useSession } from "./session";

/** Ant Design's colours, darkened where its defaults fall short of WCAG AA contrast on white. */
const THEME = {
  token: {
    colorPrimary: "#0050b3",
    colorTextSecondary: "rgba(0, 0, 0, 0.68)",
    colorTextDescription: "rgba(0, 0, 0, 0.68)",
    colorTextTertiary: "rgba(0, 0, 0, 0.62)",
  },
};

/** One GraphQL client per signed-in official: a new sign-in never sees another's cached answers. */
function useClient(token: string | undefined): Client {
  return useMemo(
    () =>
      new Client({
        url: "/graphql",
        exchanges: [cacheExchange, fetchExchange],
        fetchOptions: (): RequestInit => ({ headers: token ? { authorization: `Bearer ${token}` } : ({} as Record<string, string>) }),
      }),
    [token],
  );
}

export function App() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const client = useClient(session?.token);
  return (
    <ConfigProvider locale={i18n.language === "en" ? enUS : viVN} theme={THEME}>
      <Provider value={client}>
        <BrowserRouter>
          <Layout style={{ minHeight: "100vh" }}>
            <Layout.Header style={{ display: "flex", alignItems: "center", justifyContent: "space-between", background: "#8b0000" }}>
              <Link to="/" style={{ color: "#fff", fontWeight: 600, fontSize: 18 }}>
                {t("app.title")}
              </Link>
              <Space>
                <Typography.Text style={{ color: "#fff" }}>
                  {session ? t("signIn.signedInAs", { name: session.official.name }) : t("signIn.public")}
                </Typography.Text>
                {session ? (
                  <Button onClick={() => setSession(null)}>{t("nav.signOut")}</Button>
                ) : (
                  <Link to="/sign-in">
                    <Button>{t("nav.signIn")}</Button>
                  </Link>
                )}
                <Button onClick={switchLanguage}>{t("nav.language")}</Button>
              </Space>
            </Layout.Header>
            <Layout.Content style={{ padding: 24, maxWidth: 1400, width: "100%", margin: "0 auto" }}>
              <Routes>
                <Route path="/" element={<Home />} />
                <Route path="/sign-in" element={<SignIn />} />
                <Route path="/plans/:provinceCode/:year" element={<PlanPage />} />
                <Route path="/border-gates/:id" element={<BorderGatePage />} />
                <Route path="/compliance/:provinceCode/:year" element={<CompliancePage />} />
              </Routes>
            </Layout.Content>
          </Layout>
        </BrowserRouter>
      </Provider>
    </ConfigProvider>
  );
}
