import type { Language } from '../language';
import { en, type Messages } from './en';
import { fr } from './fr';

export type { Messages };

const CATALOGUES: Record<Language, Messages> = { en, fr };

export function messagesFor(language: Language): Messages {
  return CATALOGUES[language];
}

/** Fills `{name}` placeholders; a missing value leaves the placeholder visible rather than inventing text. */
export function format(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
