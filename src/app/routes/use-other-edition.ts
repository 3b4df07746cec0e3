import { useCallback, useEffect } from 'react';
import { otherLang, type Lang } from '../../i18n/languages';
import { whenLoadedAndIdle } from '../../shared/when-idle';
import { loadI18n } from '../i18n/registry';

/**
 * The other edition of the article: its language, and a load of its resources that the toggle
 * waits for. It is fetched once the page has loaded and is idle, so the toggle switches without
 * waiting and the first view never shares the network with it. An article published in one
 * language only (`exists` false) has no other edition to fetch: nothing is requested.
 */
export function useOtherEdition(lang: Lang, articleId: string, exists = true) {
  const other = otherLang(lang);
  const load = useCallback(() => loadI18n(other, articleId), [other, articleId]);
  useEffect(
    () => (exists ? whenLoadedAndIdle(() => void load().catch(() => undefined)) : undefined),
    [load, exists],
  );
  return { other, load };
}
