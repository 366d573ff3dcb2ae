import { useTranslation } from "react-i18next";
import { Label, type Tone } from "./Label";

const TONES: Record<string, Tone> = { PUBLIC: "success", INTERNAL: "info", SECRET: "error" };

/** Every record shows its classification. */
export function ClassificationBadge({ classification }: { classification: string }) {
  const { t } = useTranslation();
  return <Label tone={TONES[classification] ?? "neutral"}>{t(`classification.${classification}`)}</Label>;
}
