import { useLayoutEffect } from 'react';
import type { Lang } from '../i18n/languages';

/**
 * Keeps `<html lang>` and the title in step with client-side navigation between languages. A
 * layout effect, so they change in the same commit as the article and its address (see
 * AddressInStepRouter); a passive effect may run a frame later.
 */
export function useDocumentMeta(lang: Lang, title: string): void {
  useLayoutEffect(() => {
    document.documentElement.lang = lang;
    document.title = title;
  }, [lang, title]);
}
