/**
 * Vietnamese text helpers. Names are stored exactly as written (NFC); keys and
 * matching fold case and tone marks so "Lệ Thanh" and "le thanh" meet.
 */
export function nfc(text: string): string {
  return text.normalize("NFC");
}

/** Lower case, no tone marks or diacritics, đ → d, single spaces. */
export function foldVietnamese(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[đð]/g, "d") // ð: the eth that old-encoding conversions leave for đ
    .replace(/[ĐÐ]/g, "D")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** A stable identifier fragment: "Đức Cơ" → "duc-co". */
export function slug(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
