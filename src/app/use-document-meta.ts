import { useEffect } from 'react';
import type { Lang } from '../i18n/languages';

/** Keeps `<html lang>` and the title in step with client-side navigation between languages. */
export function useDocumentMeta(lang: Lang, title: string): void {
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = title;
  }, [lang, title]);
}
