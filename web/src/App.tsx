import { persistedExchange } from "@urql/exchange-persisted";
import { Button, ConfigProvider, Drawer, Grid, Input, Layout, Space, Spin, Typography } from "antd";
import enUS from "antd/locale/en_US";
import viVN from "antd/locale/vi_VN";
import { lazy, Suspense, useEffect, useMemo, useState, type ComponentType, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { BrowserRouter, Link, Route, Routes, useLocation, useNavigate } from "react-router-dom";
import { Client, Provider, cacheExchange, fetchExchange, makeOperation, mapExchange } from "urql";
import { switchLanguage } from "./i18n";
import { rememberWhereIWas } from "./landing";
import { NotFound } from "./pages/NotFound";
import { coordinatesPlans, handlesPersonalData, readsAudit } from "./permissions";
import { currentToken, signedOutBecause, signOut, useLocked, useSession } from "./session";
import { useSessionWatch } from "./session-watch";
import { CALLBACK_PATH } from "./sign-in";

/** Ant Design's colours, darkened where its defaults fall short of WCAG AA contrast on white; a font with every Vietnamese glyph. */
const THEME = {
  token: {
    colorPrimary: "#0050b3",
    colorLink: "#0050b3",
    colorLinkHover: "#003a8c",
    colorInfo: "#0050b3",
    colorTextSecondary: "rgba(0, 0, 0, 0.68)",
    colorTextDescription: "rgba(0, 0, 0, 0.68)",
    colorTextTertiary: "rgba(0, 0, 0, 0.62)",
    colorTextPlaceholder: "rgba(0, 0, 0, 0.6)",
    colorError: "#c41d1d",
    fontFamily: "'Be Vietnam Pro', system-ui, sans-serif",
  },
};

/** Each view is its own chunk, loaded when first opened: the first page loads only what it shows. */
function view<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}
const Home = view(() => import("./pages/Home"), "Home");
const SignIn = view(() => import("./pages/SignIn"), "SignIn");
const SignedIn = view(() => import("./pages/SignIn"), "SignedIn");
const NationalOverview = view(() => import("./pages/NationalOverview"), "NationalOverview");
const ProvinceDashboard = view(() => import("./pages/ProvinceDashboard"), "ProvinceDashboard");
const PlanPage = view(() => import("./pages/Plan"), "PlanPage");
const CompliancePage = view(() => import("./pages/Compliance"), "CompliancePage");
const BorderGatePage = view(() => import("./pages/BorderGate"), "BorderGatePage");
const CountryPage = view(() => import("./pages/Country"), "CountryPage");
const SearchPage = view(() => import("./pages/Search"), "SearchPage");
const PublicProvince = view(() => import("./pages/PublicProvince"), "PublicProvince");
const RecordsIndex = view(() => import("./pages/Records"), "RecordsIndex");
const RecordList = view(() => import("./pages/Records"), "RecordList");
const RecordEdit = view(() => import("./pages/Records"), "RecordEdit");
const RecordPage = view(() => import("./pages/Records"), "RecordPage");
const PlanImport = view(() => import("./pages/PlanImport"), "PlanImport");
const AuditPage = view(() => import("./pages/Audit"), "AuditPage");
const PrivacyPage = view(() => import("./pages/Privacy"), "PrivacyPage");
const SessionWarning = view(() => import("./components/SessionNotices"), "SessionWarning");
const LockScreen = view(() => import("./components/SessionNotices"), "LockScreen");
const AgencyPage = view(() => import("./pages/Agency"), "AgencyPage");
const ProvinceSummary = view(() => import("./pages/Summary"), "ProvinceSummary");

/**
 * One GraphQL client per signed-in official: a new sign-in never sees
 * another's cached answers, while a renewed session (a new token for the
 * same official) keeps its pages as they are. A token the gateway no longer
 * accepts (expired) signs the official out, rather than leaving a page of errors.
 */
function useClient(officialId: string | undefined): Client {
  return useMemo(
    () =>
      new Client({
        url: "/graphql",
        exchanges: [
          cacheExchange,
          mapExchange({
            onError(error) {
              if (officialId && error.response?.status === 401) signOut("expired");
            },
            // a create's Idempotency-Key (`useWriteKey`) goes as a header beside the token
            onOperation(operation) {
              const key = (operation.context as { idempotencyKey?: string }).idempotencyKey;
              if (operation.kind !== "mutation" || !key) return operation;
              const base = operation.context.fetchOptions;
              return makeOperation(operation.kind, operation, {
                ...operation.context,
                fetchOptions: () => {
                  const options = (typeof base === "function" ? base() : base) ?? {};
                  return { ...options, headers: { ...(options.headers as Record<string, string>), "idempotency-key": key } };
                },
              });
            },
          }),
          // Each document goes by the id graphql-codegen gave it: in production the gateway runs only its trusted documents.
          persistedExchange({
            enableForMutation: true,
            generateHash: async (_text, document) => (document as { __meta__?: { hash?: string } }).__meta__?.hash ?? "",
          }),
          fetchExchange,
        ],
        fetchOptions: (): RequestInit => {
          const token = officialId ? currentToken() : undefined;
          return { headers: token ? { authorization: `Bearer ${token}` } : ({} as Record<string, string>) };
        },
      }),
    [officialId],
  );
}

/**
 * The session around every view: a warning before it ends, with a way to
 * renew it in place; after the idle timeout, the lock screen instead of the
 * view (the sign-in pages apart).
 */
function SessionGate({ children }: { children: ReactNode }) {
  const session = useSession();
  const locked = useLocked();
  const { pathname } = useLocation();
  const expiring = useSessionWatch(session);
  if (locked && !session && pathname !== "/sign-in" && pathname !== CALLBACK_PATH)
    return (
      <Suspense fallback={<Spin />}>
        <LockScreen />
      </Suspense>
    );
  return (
    <>
      {/* its own boundary: the view beside it never gives way to a spinner while the warning loads */}
      <Suspense fallback={null}>{expiring ? <SessionWarning /> : null}</Suspense>
      {children}
    </>
  );
}

function Header() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  // an official whose session the gateway ended is taken to sign in again, and told why, not left on a page gone blank
  useEffect(() => {
    if (!session && signedOutBecause === "expired" && pathname !== "/sign-in") {
      rememberWhereIWas(pathname + search);
      navigate("/sign-in", { replace: true });
    }
  }, [session, pathname, search, navigate]);
  const white = { color: "#fff" };
  const screens = Grid.useBreakpoint();
  const [menuOpen, setMenuOpen] = useState(false);
  // on a phone the header is one line: the title and a menu holding everything else
  const phone = screens.md === false;
  useEffect(() => setMenuOpen(false), [pathname, search]);
  const links = session ? (
    <>
      <Link to="/overview" style={phone ? undefined : white}>
        {t("nav.overview")}
      </Link>
      <Link to="/records" style={phone ? undefined : white}>
        {t("nav.records")}
      </Link>
      {coordinatesPlans(session, session.official.provinceCode) ? (
        <Link to="/plans/import" style={phone ? undefined : white}>
          {t("nav.import")}
        </Link>
      ) : null}
      {readsAudit(session) ? (
        <Link to="/audit" style={phone ? undefined : white}>
          {t("nav.audit")}
        </Link>
      ) : null}
      {handlesPersonalData(session) ? (
        <Link to="/privacy" style={phone ? undefined : white}>
          {t("nav.privacy")}
        </Link>
      ) : null}
    </>
  ) : null;
  const searchBox = (
    <Input.Search
      aria-label={t("search.box")}
      placeholder={t("search.placeholder")}
      allowClear
      style={{ width: phone ? "100%" : 260, verticalAlign: "middle" }}
      onSearch={(q) => q.trim() && navigate(`/search?q=${encodeURIComponent(q.trim())}`)}
    />
  );
  const account = (
    <>
      <Typography.Text style={phone ? undefined : white}>
        {session ? t("signIn.signedInAs", { name: session.official.name }) : t("signIn.public")}
      </Typography.Text>
      {session ? (
        <Button onClick={() => signOut()}>{t("nav.signOut")}</Button>
      ) : (
        // signed in, the official comes back to the page they were reading (the home page aside: they land on their own then)
        <Link to="/sign-in" onClick={() => pathname !== "/" && rememberWhereIWas(pathname + search)}>
          <Button>{t("nav.signIn")}</Button>
        </Link>
      )}
      <Button onClick={switchLanguage}>{t("nav.language")}</Button>
    </>
  );
  return (
    <Layout.Header
      // Grows rather than overflows when a long name or a narrow window wraps it.
      style={{
        display: "flex",
        alignItems: "center",
        justifyContent: "space-between",
        gap: 12,
        background: "#8b0000",
        flexWrap: phone ? "nowrap" : "wrap",
        height: "auto",
        lineHeight: 1.5,
        paddingBlock: phone ? 8 : 12,
        paddingInline: phone ? 12 : undefined,
      }}
    >
      {phone ? (
        <>
          <Link to="/" style={{ ...white, fontWeight: 600, fontSize: 16 }}>
            {t("app.title")}
          </Link>
          <Button aria-label={t("nav.menu")} aria-expanded={menuOpen} onClick={() => setMenuOpen(true)}>
            {t("nav.menu")}
          </Button>
          <Drawer open={menuOpen} onClose={() => setMenuOpen(false)} title={t("app.title")} width="85%">
            <Space direction="vertical" size="middle" style={{ width: "100%" }}>
              {searchBox}
              <nav aria-label={t("nav.menu")}>
                <Space direction="vertical">{links}</Space>
              </nav>
              <Space direction="vertical">{account}</Space>
            </Space>
          </Drawer>
        </>
      ) : (
        <>
          <Space size="large">
            <Link to="/" style={{ ...white, fontWeight: 600, fontSize: 18 }}>
              {t("app.title")}
            </Link>
            {links}
          </Space>
          <Space wrap>
            {searchBox}
            {account}
          </Space>
        </>
      )}
    </Layout.Header>
  );
}

export function App() {
  const { i18n } = useTranslation();
  const session = useSession();
  const client = useClient(session?.official.id);
  return (
    <ConfigProvider locale={i18n.language === "en" ? enUS : viVN} theme={THEME}>
      <Provider value={client}>
        <BrowserRouter>
          <Layout style={{ minHeight: "100vh" }}>
            <Header />
            <Layout.Content style={{ padding: 24, maxWidth: 1400, width: "100%", margin: "0 auto" }}>
              <Suspense fallback={<Spin />}>
                <SessionGate>
                  <Routes>
                    <Route path="/" element={<Home />} />
                    <Route path="/sign-in" element={<SignIn />} />
                    <Route path="/signed-in" element={<SignedIn />} />
                    <Route path="/overview" element={<NationalOverview />} />
                    <Route path="/overview/:year" element={<NationalOverview />} />
                    <Route path="/provinces/:provinceCode/:year" element={<ProvinceDashboard />} />
                    <Route path="/provinces/:provinceCode/:year/agencies/:code" element={<AgencyPage />} />
                    <Route path="/provinces/:provinceCode/:year/summary" element={<ProvinceSummary />} />
                    <Route path="/plans/:provinceCode/:year" element={<PlanPage />} />
                    <Route path="/compliance/:provinceCode/:year" element={<CompliancePage />} />
                    <Route path="/border-gates/:id" element={<BorderGatePage />} />
                    <Route path="/countries/:code" element={<CountryPage />} />
                    <Route path="/search" element={<SearchPage />} />
                    <Route path="/public/:provinceCode" element={<PublicProvince />} />
                    <Route path="/records" element={<RecordsIndex />} />
                    <Route path="/records/:type" element={<RecordList />} />
                    <Route path="/records/:type/:id" element={<RecordEdit />} />
                    <Route path="/records/:type/:id/view" element={<RecordPage />} />
                    <Route path="/plans/import" element={<PlanImport />} />
                    <Route path="/audit" element={<AuditPage />} />
                    <Route path="/privacy" element={<PrivacyPage />} />
                    <Route path="*" element={<NotFound />} />
                  </Routes>
                </SessionGate>
              </Suspense>
            </Layout.Content>
          </Layout>
        </BrowserRouter>
      </Provider>
    </ConfigProvider>
  );
}
