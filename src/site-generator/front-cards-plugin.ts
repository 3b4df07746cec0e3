import type { Plugin } from 'vite';
import { cardsOfPage, type FrontCard } from '../article/model/front-card.ts';
import type { ResponsiveImage } from '../article/picture/responsive-image.ts';
import type { FrontPageData } from '../app/data/site-data.ts';
import { frontCardsPerPage } from '../routing/front-pages.ts';
import { isLang } from '../i18n/languages.ts';
import type { ArticleContentApi } from './content-plugin.ts';
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
export function frontCards(): Plugin {
  // The cards come from the content plugin, which reads and validates the content folder once
  // per build; the lead images' renditions from the responsive-images plugin.
  let content: ArticleContentApi | undefined;
  let images: ResponsiveImagesApi | undefined;
  return {
    name: 'front-cards',
    configResolved(config) {
      const api = (name: string): unknown => config.plugins.find((p) => p.name === name)?.api;
      content = api('article-content') as ArticleContentApi | undefined;
      images = api('responsive-images') as ResponsiveImagesApi | undefined;
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
      if (!content || !images) {
        this.error('front-cards needs the article-content and responsive-images plugins');
      }
      const data = frontPageData(content.cards()[lang], page, await images.images());
      return `export default ${JSON.stringify(data)};`;
    },
  };
}
