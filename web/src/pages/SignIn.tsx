import { Button, Card, List, Typography } from "antd";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { setSession, type Session } from "../session";

type Official = Session["official"];

/** Development sign-in: the demo officials, each signed in with a token from the development key. */
export function SignIn() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [officials, setOfficials] = useState<Official[]>([]);
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
    const body = (await response.json()) as { token: string };
    setSession({ token: body.token, official });
    navigate("/");
  };
  return (
    <Card title={<h1 style={{ fontSize: 20, margin: 0 }}>{t("signIn.title")}</h1>}>
      <Typography.Paragraph>{t("signIn.intro")}</Typography.Paragraph>
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
    </Card>
  );
}
