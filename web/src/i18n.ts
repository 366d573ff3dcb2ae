import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import en from "./locales/en.json";
import vi from "./locales/vi.json";

/** Vietnamese first; English as a switch, remembered in the browser. */
const saved = typeof localStorage !== "undefined" ? localStorage.getItem("hub.language") : null;

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: saved === "en" ? "en" : "vi",
  fallbackLng: "vi",
  interpolation: { escapeValue: false },
});

// The page's language follows the labels', for screen readers and the browser's own spelling and hyphenation.
i18n.on("languageChanged", (language) => document.documentElement.setAttribute("lang", language));
document.documentElement.setAttribute("lang", i18n.language);

export function switchLanguage(): void {
  const next = i18n.language === "vi" ? "en" : "vi";
  localStorage.setItem("hub.language", next);
  void i18n.changeLanguage(next);
}

export default i18n;
