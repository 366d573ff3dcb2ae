import { Tag } from "antd";
import type { ReactNode } from "react";

/** Tones for status labels, each dark text on a light ground: readable (WCAG AA contrast), not only coloured. */
const TONES = {
  success: { color: "#135200", background: "#f6ffed", borderColor: "#b7eb8f" },
  error: { color: "#820014", background: "#fff1f0", borderColor: "#ffa39e" },
  warning: { color: "#613400", background: "#fffbe6", borderColor: "#ffe58f" },
  info: { color: "#002c8c", background: "#e6f4ff", borderColor: "#91caff" },
  neutral: { color: "#262626", background: "#fafafa", borderColor: "#d9d9d9" },
  notice: { color: "#22075e", background: "#f9f0ff", borderColor: "#d3adf7" },
} as const;

export type Tone = keyof typeof TONES;

export function Label({ tone, children }: { tone: Tone; children: ReactNode }) {
  return <Tag style={TONES[tone]}>{children}</Tag>;
}
