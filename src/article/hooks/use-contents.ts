import { useMemo } from 'react';
import type { Lang } from '../../i18n/languages';
import type { Article } from '../model/schema';
import { buildToc, type TocEntry } from '../model/toc';

export interface Contents {
  entries: TocEntry[];
  /** The sum of the sections' own reading times, so the contents and the header agree. */
  totalMinutes: number;
  /** Section ids in document order; the first is the untitled lead. */
  ids: string[];
}

/** The article's contents in the edition's language, computed once per edition. */
export function useContents(article: Article, lang: Lang): Contents {
  return useMemo(() => {
    const entries = buildToc(article, lang);
    return {
      entries,
      totalMinutes: entries.reduce((sum, entry) => sum + entry.minutes, 0),
      ids: entries.map((entry) => entry.id),
    };
  }, [article, lang]);
}
