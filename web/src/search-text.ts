/** Text folded as the hub's search folds it: no case, no tone marks, đ as d ("Lệ Thanh" → "le thanh"). */
export function folded(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
}

/** For Ant Design's Select: whether an option's label holds every word typed, tone marks ignored. */
export function matchesTyped(input: string, option?: { label?: unknown }): boolean {
  const label = folded(String(option?.label ?? ""));
  return folded(input)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => label.includes(word));
}
