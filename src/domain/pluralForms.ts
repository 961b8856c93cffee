/**
 * `{n|one|other}` in a text: the form chosen by parameter `n` — `one` when it is 1 (written with or without digit
 * grouping), else `other`. English and Danish both have just the two forms, so a count never reads "1 issues". The
 * forms hold no braces; the caller fills `{name}` placeholders after.
 */
const PLURAL = /\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g;

export function choosePlurals(text: string, params: Readonly<Record<string, string | number>>): string {
  return text.replace(PLURAL, (_, name: string, one: string, other: string) => (isOne(params[name]) ? one : other));
}

function isOne(value: string | number | undefined): boolean {
  return value !== undefined && Number(String(value).replace(/[.,\s]/g, "")) === 1;
}
