import countries from "i18n-iso-countries/index";
import en from "i18n-iso-countries/langs/en.json";
import vi from "i18n-iso-countries/langs/vi.json";

// The bare module entry, so that only the two locales the hub speaks are loaded.
countries.registerLocale(vi);
countries.registerLocale(en);

export const COUNTRY_CODE = /^[A-Z]{2}$/;

export interface CountryNames {
  code: string;
  /** Vietnamese, e.g. "Campuchia". */
  name: string;
  /** English, e.g. "Cambodia". */
  nameEn: string;
}

/** ISO 3166-1 names for an alpha-2 code (any case), or null when no country has it. */
export function countryNames(code: string | null | undefined): CountryNames | null {
  if (!code) return null;
  const upper = code.trim().toUpperCase();
  if (!COUNTRY_CODE.test(upper)) return null;
  const name = countries.getName(upper, "vi");
  const nameEn = countries.getName(upper, "en");
  if (!name || !nameEn) return null;
  return { code: upper, name: name.normalize("NFC"), nameEn: nameEn.normalize("NFC") };
}

/** Every ISO 3166-1 country with its names, in Vietnamese alphabetical order: what a country picker offers. */
export function allCountryNames(): CountryNames[] {
  return Object.keys(countries.getAlpha2Codes())
    .map((code) => countryNames(code))
    .filter((names): names is CountryNames => names !== null)
    .sort((a, b) => a.name.localeCompare(b.name, "vi"));
}
