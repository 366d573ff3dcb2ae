import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import vi from "./locales/vi.json";

/**
 * Vietnamese first; English as a switch, remembered in the browser. English
 * labels load when first asked for: every page would otherwise carry both
 * languages in the chunk it loads first.
 */
const saved = typeof localStorage !== "undefined" ? localStorage.getItem("hub.language") : null;

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi } },
  lng: "vi",
  fallbackLng: "vi",
  interpolation: { escapeValue: false },
});

async function showLanguage(language: "vi" | "en"): Promise<void> {
  if (language === "en" && !i18n.hasResourceBundle("en", "translation"))
    i18n.addResourceBundle("en", "translation", (await import("./locales/en.json")).default);
  await i18n.changeLanguage(language);
}

// The page's language follows the labels', for screen readers and the browser's own spelling and hyphenation.
i18n.on("languageChanged", (language) => document.documentElement.setAttribute("lang", language));
document.documentElement.setAttribute("lang", i18n.language);
if (saved === "en") void showLanguage("en");

export function switchLanguage(): void {
  const next = i18n.language === "vi" ? "en" : "vi";
  localStorage.setItem("hub.language", next);
  void showLanguage(next);
}

export default i18n;
