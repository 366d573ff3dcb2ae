import { Alert, Button, Card, Modal, Space, Typography } from "antd";
import dayjs from "dayjs";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "react-router-dom";
import { rememberWhereIWas } from "../landing";
import { DevelopmentOfficials } from "../pages/SignIn";
import { leaveLock, setSession, useLocked, useSession } from "../session";
import { renewWithProvider, signInOptions, startProviderSignIn, type SignInOptions } from "../sign-in";
import { PageTitle } from "./PageTitle";

function useSignInOptions(): SignInOptions | null {
  const [options, setOptions] = useState<SignInOptions | null>(null);
  useEffect(() => {
    void signInOptions().then(setOptions, () => undefined);
  }, []);
  return options;
}

/** Leaves for the provider's sign-in page, to come back to this very address (its drafts kept in the tab). */
function useProviderSignIn(oidc: SignInOptions["oidc"] | undefined, again: boolean) {
  const { pathname, search } = useLocation();
  return () => {
    if (!oidc) return;
    rememberWhereIWas(pathname + search);
    void startProviderSignIn(oidc, again);
  };
}

/**
 * The session ends soon: when, and a way to renew it without leaving the
 * page — silently at the OpenID Connect provider where it allows, else by
 * signing in there again; in development, the sign-in list in a dialog. The
 * page and its forms stay as they are behind it.
 */
export function SessionWarning() {
  const { t } = useTranslation();
  const session = useSession();
  const options = useSignInOptions();
  const [busy, setBusy] = useState(false);
  const [choosing, setChoosing] = useState(false);
  const [silentFailed, setSilentFailed] = useState(false);
  const signInAgain = useProviderSignIn(options?.oidc, false);
  if (!session?.expiresAt || !options) return null;
  const renew = async () => {
    if (!options.oidc) return setChoosing(true);
    setBusy(true);
    try {
      setSession(await renewWithProvider(options.oidc));
    } catch {
      setSilentFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Alert
        type="warning"
        showIcon
        role="alert"
        style={{ position: "sticky", top: 0, zIndex: 10, marginBottom: 12 }}
        message={t("session.expiresAt", { time: dayjs(session.expiresAt).format("HH:mm") })}
        description={silentFailed ? t("session.renewFailed") : undefined}
        action={
          silentFailed ? (
            <Button type="primary" onClick={signInAgain}>
              {t("session.signInAgain")}
            </Button>
          ) : options.oidc || options.development ? (
            <Button type="primary" loading={busy} onClick={() => void renew()}>
              {t("session.renew")}
            </Button>
          ) : null
        }
      />
      <Modal open={choosing} title={t("session.renewTitle")} footer={null} onCancel={() => setChoosing(false)}>
        <DevelopmentOfficials
          onSignedIn={(renewed) => {
            setChoosing(false);
            setSession(renewed);
          }}
        />
      </Modal>
    </>
  );
}

/**
 * The idle timeout's lock: nothing of the page shows, the token is gone, and
 * signing in again — here, or at the provider, which must ask for the
 * official's credentials — brings the page back at the same address, with
 * the drafts kept in the tab.
 */
export function LockScreen() {
  const { t } = useTranslation();
  const locked = useLocked();
  const options = useSignInOptions();
  const signInAgain = useProviderSignIn(options?.oidc, true);
  return (
    <Card title={<PageTitle>{t("session.lockedTitle")}</PageTitle>}>
      <Space direction="vertical" size="middle" style={{ width: "100%" }}>
        <Alert type="info" showIcon message={t("session.locked", { name: locked?.name ?? "" })} />
        {options?.oidc ? (
          <Button type="primary" onClick={signInAgain}>
            {t("session.signInAgain")}
          </Button>
        ) : null}
        {options?.development ? <DevelopmentOfficials onSignedIn={setSession} /> : null}
        <Typography.Paragraph>
          <Button onClick={leaveLock}>{t("session.leave")}</Button>
        </Typography.Paragraph>
      </Space>
    </Card>
  );
}
