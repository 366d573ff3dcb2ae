import { Tag } from "antd";
import { useTranslation } from "react-i18next";

const COLOURS: Record<string, string> = { PUBLIC: "green", INTERNAL: "blue", SECRET: "red" };

/** Every record shows its classification. */
export function ClassificationBadge({ classification }: { classification: string }) {
  const { t } = useTranslation();
  return <Tag color={COLOURS[classification] ?? "default"}>{t(`classification.${classification}`)}</Tag>;
}
