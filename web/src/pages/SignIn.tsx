import { Alert, Button, Card, List, Result, Spin, Typography } from "antd";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { PageTitle } from "../components/PageTitle";
import { landingPath } from "../landing";
import { forgetSignOutReason, identityOf, setSession, signedOutBecause, type Session } from "../session";
import { AccountNotAccepted, finishProviderSignIn, signInOptions, startProviderSignIn, type SignInOptions } from "../sign-in";

/** A demo official as the development sign-in lists them. */
interface Official {
  id: string;
  name: string;
  provinceCode: string;
  agencyCode: string;
  role: string;
  clearance: string;
}

/** The demo officials, each signed in with a token from the development key (development only). */
export function DevelopmentOfficials({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const { t } = useTranslation();
  const [officials, setOfficials] = useState<Official[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    void fetch("/auth/development/officials")
      .then((response) => (response.ok ? response.json() : { officials: [] }))
      .then((body: { officials: Official[] }) => setOfficials(body.officials));
  }, []);
  const signIn = async (official: Official) => {
    const response = await fetch("/auth/development/token", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ id: official.id }),
    });
    if (!response.ok) return setFailure(t("signIn.failed"));
    const body = (await response.json()) as { token: string };
    const session = await identityOf(body.token, official.name);
    if (!session) return setFailure(t("signIn.failed"));
    onSignedIn(session);
  };
  return (
    <>
      <Typography.Paragraph>{t("signIn.intro")}</Typography.Paragraph>
      {failure ? <Alert type="error" showIcon message={failure} /> : null}
      <List
        dataSource={officials}
        renderItem={(official) => (
          <List.Item
            actions={[
              <Button key="sign-in" type="primary" onClick={() => void signIn(official)} aria-label={`${t("signIn.as")}: ${official.name}`}>
                {t("signIn.as")}
              </Button>,
            ]}
          >
            <List.Item.Meta
              title={official.name}
              description={`${official.provinceCode} · ${official.agencyCode} · ${official.role} · ${official.clearance}`}
            />
          </List.Item>
        )}
      />
    </>
  );
}

/** Signing in: with the configured OpenID Connect provider, or in development as a demo official. */
export function SignIn() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [options, setOptions] = useState<SignInOptions | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // told once: the official may then go anywhere, signed out, without being brought back here
  const [expired] = useState(() => signedOutBecause === "expired");
  useEffect(forgetSignOutReason, []);
  useEffect(() => {
    void signInOptions()
      .then(setOptions)
      .catch(() => setFailure(t("signIn.unavailable")));
  }, [t]);
  const oidc = options?.oidc;
  return (
    <Card
      title={<PageTitle>{options?.development ? t("signIn.titleDevelopment") : t("signIn.title")}</PageTitle>}
      loading={!options && !failure}
    >
      {expired ? <Alert type="info" showIcon message={t("signIn.expired")} style={{ marginBottom: 12 }} /> : null}
      {failure ? <Alert type="error" showIcon message={failure} /> : null}
      {oidc ? (
        <>
          <Typography.Paragraph>{t("signIn.providerIntro")}</Typography.Paragraph>
          <Button type="primary" onClick={() => void startProviderSignIn(oidc).catch(() => setFailure(t("signIn.providerUnavailable")))}>
            {t("signIn.withProvider")}
          </Button>
        </>
      ) : null}
      {options?.development ? (
        <DevelopmentOfficials
          onSignedIn={(session) => {
            setSession(session);
            navigate(landingPath(session));
          }}
        />
      ) : null}
      {options && !oidc && !options.development ? <Typography.Paragraph>{t("signIn.notConfigured")}</Typography.Paragraph> : null}
    </Card>
  );
}

/** Where the provider sends the browser back: the code is exchanged (PKCE) and the official is signed in. */
export function SignedIn() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<string | null>(null);
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return; // the code can be exchanged once only (React runs effects twice in development)
    started.current = true;
    finishProviderSignIn()
      .then((session) => {
        setSession(session);
        navigate(landingPath(session), { replace: true });
      })
      .catch((error: unknown) =>
        setFailure(error instanceof AccountNotAccepted ? t("signIn.notAccepted") : error instanceof Error ? error.message : String(error)),
      );
  }, [navigate, t]);
  if (failure) return <Result status="error" title={t("signIn.providerFailed")} subTitle={failure} />;
  return <Spin tip={t("signIn.finishing")} fullscreen />;
}
