import express from "express";
import type { Official } from "../shared/auth/identity";
import { oidcSettings } from "../shared/auth/oidc";
import { signDevelopmentToken } from "../shared/auth/user-tokens";
import { isProduction, numberFromEnv } from "../shared/core/config";
import { errorBody } from "../shared/service/http-safety";

/** The demo officials the web app's development sign-in lists. */
export const DEMO_OFFICIALS: (Omit<Official, "anonymous" | "userId"> & { id: string; name: string })[] = [
  {
    id: "gia-lai-stttt-coordinator",
    name: "Điều phối viên Sở TT&TT Gia Lai",
    provinceCode: "VN-30",
    agencyCode: "STTTT",
    role: "coordinator",
    clearance: "INTERNAL",
  },
  {
    id: "gia-lai-svhttdl-coordinator",
    name: "Điều phối viên Sở VHTTDL Gia Lai",
    provinceCode: "VN-30",
    agencyCode: "SVHTTDL",
    role: "coordinator",
    clearance: "INTERNAL",
  },
  {
    id: "an-giang-stttt-coordinator",
    name: "Điều phối viên Sở TT&TT An Giang",
    provinceCode: "VN-44",
    agencyCode: "STTTT",
    role: "coordinator",
    clearance: "INTERNAL",
  },
  {
    id: "gia-lai-border-guard-editor",
    name: "Biên tập viên BĐBP Gia Lai (Mật)",
    provinceCode: "VN-30",
    agencyCode: "BDBP",
    role: "editor",
    clearance: "SECRET",
  },
  {
    id: "gia-lai-trade-editor",
    name: "Biên tập viên Sở Công Thương Gia Lai",
    provinceCode: "VN-30",
    agencyCode: "SCT",
    role: "editor",
    clearance: "INTERNAL",
  },
  {
    id: "gia-lai-home-affairs-officer",
    name: "Cán bộ Sở Nội vụ Gia Lai",
    provinceCode: "VN-30",
    agencyCode: "SNV",
    role: "editor",
    clearance: "INTERNAL",
  },
  {
    id: "gia-lai-data-protection-officer",
    name: "Cán bộ bảo vệ dữ liệu cá nhân Gia Lai",
    provinceCode: "VN-30",
    agencyCode: "SVHTTDL",
    role: "dpo",
    clearance: "INTERNAL",
  },
  {
    id: "gia-lai-viewer",
    name: "Lãnh đạo UBND tỉnh Gia Lai (xem)",
    provinceCode: "VN-30",
    agencyCode: "UBND",
    role: "viewer",
    clearance: "INTERNAL",
  },
  { id: "admin", name: "Quản trị hệ thống", provinceCode: "VN-30", agencyCode: "STTTT", role: "admin", clearance: "INTERNAL" },
];

/** Whether the development sign-in is offered: never in production, nor where an OIDC provider is configured. */
export function developmentSignInEnabled(): boolean {
  return !isProduction() && oidcSettings() === null;
}

/**
 * Development only: the sign-in screen's list of demo officials, and a token
 * for one of them from the development key. Not mounted in production, where
 * officials sign in with the configured identity provider.
 */
export function developmentSignIn(app: express.Express): void {
  if (!developmentSignInEnabled()) return;
  app.get("/auth/development/officials", (_req, res) => {
    res.json({ officials: DEMO_OFFICIALS });
  });
  app.post("/auth/development/token", express.json({ limit: "1kb" }), async (req, res) => {
    const official = DEMO_OFFICIALS.find((o) => o.id === (req.body as { id?: unknown })?.id);
    if (!official) {
      res.status(400).json(errorBody("Name one of the demo officials by its id.", "BAD_USER_INPUT"));
      return;
    }
    const { id, name: _name, ...claims } = official;
    // A session as long as a working day, unless told otherwise (tests shorten it to see one end).
    const minutes = numberFromEnv("HUB_DEVELOPMENT_TOKEN_MINUTES", 480);
    const expires = Math.floor(Date.now() / 1000 + minutes * 60);
    res.json({ token: await signDevelopmentToken({ anonymous: false, userId: `demo.${id}`, ...claims }, expires) });
  });
}
