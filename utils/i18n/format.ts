/**
 * Fills `{name}` placeholders; a missing value leaves the placeholder visible rather than inventing text.
 * Its own module, so the pages use it without loading the content script's copy.
 */
export function format(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
