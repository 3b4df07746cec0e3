export const languages = ['de', 'en'] as const;
export type Lang = (typeof languages)[number];

// German is the source language: it is the default for anyone whose browser asks for neither.
export const defaultLang: Lang = 'de';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

export function otherLang(lang: Lang): Lang {
  return lang === 'de' ? 'en' : 'de';
}

/** The first supported language among the browser's preferences ("en-GB" counts as "en"). */
export function pickLang(preferences: readonly string[]): Lang {
  for (const tag of preferences) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return defaultLang;
}
