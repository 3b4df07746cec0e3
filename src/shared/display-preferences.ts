/** `system` follows the operating system's light or dark setting; the rest are the reader's choice. */
export const themes = ['system', 'light', 'dark', 'sepia'] as const;
export type Theme = (typeof themes)[number];

/** Text sizes, smallest to largest; `m` is the default. */
export const textSizes = ['s', 'm', 'l', 'xl', 'xxl'] as const;
export type TextSize = (typeof textSizes)[number];

export const storageKeys = { theme: 'reader.theme', textSize: 'reader.textSize' } as const;

export function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && (themes as readonly string[]).includes(value);
}

export function isTextSize(value: unknown): value is TextSize {
  return typeof value === 'string' && (textSizes as readonly string[]).includes(value);
}
