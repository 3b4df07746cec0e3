import type { Plugin } from 'vite';
import { frontCard, orderCards, type FrontCard } from '../article/model/front-card.ts';
import { languages, type Lang } from '../i18n/languages.ts';
import { readContent } from './content-plugin.ts';

const virtualId = 'virtual:front-cards';
const resolvedId = `\0${virtualId}`;

/** Every published article of each edition as a front card, in the front's order. */
export function frontCardsOf(
  published: readonly {
    id: string;
    editions: Partial<Record<Lang, Parameters<typeof frontCard>[1]>>;
  }[],
): Record<Lang, FrontCard[]> {
  return Object.fromEntries(
    languages.map((lang) => [
      lang,
      orderCards(
        published.flatMap(({ id, editions }) => {
          const edition = editions[lang];
          return edition ? [frontCard(id, edition, lang)] : [];
        }),
      ),
    ]),
  ) as Record<Lang, FrontCard[]>;
}

/**
 * `virtual:front-cards`: per language, what the front pages show of each article (headline,
 * standfirst, lead image key, reading time, date), made at build time from the validated content,
 * so a front draws its cards without any article's text.
 */
export function frontCards(contentDir = 'src/content'): Plugin {
  let root = process.cwd();
  return {
    name: 'front-cards',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === virtualId ? resolvedId : undefined;
    },
    load(id) {
      if (id !== resolvedId) return undefined;
      return `export default ${JSON.stringify(frontCardsOf(readContent(root, contentDir).published))};`;
    },
  };
}
