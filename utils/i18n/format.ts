/**
 * Fills `{name}` placeholders; a missing value leaves the placeholder visible rather than inventing text.
 * Its own module, so the pages use it without loading the content script's copy.
 */
export function format(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** A count in words, by the language's own plural rules (French says « 0 pause prise », English "0 breaks"). */
export function plural(language: string, count: number, forms: { one: string; other: string }): string {
  const form = new Intl.PluralRules(language).select(count) === 'one' ? forms.one : forms.other;
  return format(form, { count: String(count) });
}
