import { THEME_ATTRIBUTES } from './views/selectors';

export type Theme = 'light' | 'dark';

/** TikTok's own theme from `<html>`, else the system's, so the tip matches what the teen sees. */
export function pageTheme(doc: Document, prefersDark: boolean): Theme {
  for (const attribute of THEME_ATTRIBUTES) {
    const value = doc.documentElement.getAttribute(attribute);
    if (value === 'dark' || value === 'light') return value;
  }
  return prefersDark ? 'dark' : 'light';
}
