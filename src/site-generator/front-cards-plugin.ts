import type { Plugin } from 'vite';
import { cardsOfPage, frontCardsOf, type FrontCard } from '../article/model/front-card.ts';
import type { ResponsiveImage } from '../article/picture/responsive-image.ts';
import type { FrontPageData } from '../app/data/site-data.ts';
import { frontCardsPerPage } from '../routing/front-pages.ts';
import { isLang, type Lang } from '../i18n/languages.ts';
import { readContent } from './content-plugin.ts';
import type { ResponsiveImagesApi } from './responsive-images-plugin.ts';

const pagePrefix = 'virtual:front-page/';

/** Page `page` of a front whose cards, in order, are `cards`. */
export function frontPageData(
  cards: readonly FrontCard[],
  page: number,
  images: Readonly<Record<string, ResponsiveImage>>,
): FrontPageData {
  const own = cardsOfPage(cards, page, frontCardsPerPage);
  const keys = own.flatMap((card) => (card.image ? [card.image.key] : []));
  return {
    cards: own,
    images: Object.fromEntries(keys.flatMap((key) => (images[key] ? [[key, images[key]]] : []))),
  };
}

/**
 * `virtual:front-page/<lang>/<page>`: what one page of a front shows of its articles (headline,
 * standfirst, lead image, reading time, date), made at build time from the validated content, so
 * a front draws its cards without any article's text, and loads no other page's cards.
 */
export function frontCards(contentDir = 'src/content'): Plugin {
  let root = process.cwd();
  let images: ResponsiveImagesApi | undefined;
  let cached: Record<Lang, FrontCard[]> | undefined;
  const cards = () => (cached ??= frontCardsOf(readContent(root, contentDir).published));
  return {
    name: 'front-cards',
    configResolved(config) {
      root = config.root;
      const plugin = config.plugins.find((p) => p.name === 'responsive-images');
      images = plugin?.api as ResponsiveImagesApi | undefined;
    },
    buildStart() {
      cached = undefined;
    },
    watchChange(id) {
      if (id.endsWith('.json')) cached = undefined;
    },
    resolveId(id) {
      return id.startsWith(pagePrefix) ? `\0${id}` : undefined;
    },
    async load(id) {
      if (!id.startsWith(`\0${pagePrefix}`)) return undefined;
      const [lang, number] = id.slice(`\0${pagePrefix}`.length).split('/');
      const page = Number(number);
      if (!isLang(lang) || !Number.isInteger(page) || page < 1) {
        this.error(`${id.slice(1)} names no front page`);
      }
      if (!images) this.error('front-cards needs the responsive-images plugin');
      const data = frontPageData(cards()[lang], page, await images.images());
      return `export default ${JSON.stringify(data)};`;
    },
  };
}
