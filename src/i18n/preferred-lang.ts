import { readStored, writeStored } from '../shared/storage';
import { isLang, pickLang, type Lang } from './languages';

const storageKey = 'reader.lang';

/** A returning reader's last language, else the browser's preference (German for any other). */
export function preferredLang(): Lang {
  const stored = readStored(storageKey);
  if (isLang(stored)) return stored;
  return pickLang(navigator.languages.length > 0 ? navigator.languages : [navigator.language]);
}

export function rememberLang(lang: Lang): void {
  writeStored(storageKey, lang);
}
