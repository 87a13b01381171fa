import type { Language } from '../language';
import { en, type Messages } from './en';
import { fr } from './fr';

export type { Messages };

const CATALOGUES: Record<Language, Messages> = { en, fr };

export function messagesFor(language: Language): Messages {
  return CATALOGUES[language];
}

export { format } from './format';
