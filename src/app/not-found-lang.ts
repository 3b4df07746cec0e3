import { defaultLang, type Lang } from '../i18n/languages';

/**
 * The language of the not-found page for a path: English under /en/, German otherwise. It depends
 * on the first segment alone, so the server picks the same page the client hydrates.
 */
export function notFoundLang(pathname: string): Lang {
  return pathname.split('/')[1]?.toLowerCase() === 'en' ? 'en' : defaultLang;
}
