import type { Lang } from '../i18n/languages';

// The virtual modules a page's data comes in, named the one way the build (src/site-generator/)
// and the app agree on. Vite's build manifest keys a virtual module by this id, so the
// prerenderer finds each one's chunk by it and tells the page where its own data is.

/** One edition of one article: its text, its images' renditions, the other articles it links. */
export const editionModule = (articleId: string, lang: Lang) =>
  `virtual:edition/${articleId}/${lang}`;

/** One page of a language's front: its cards with their lead images. */
export const frontPageModule = (lang: Lang, page: number) => `virtual:front-page/${lang}/${page}`;

/** The key of an edition in the site index and in a page's chunk list. */
export const editionKey = (articleId: string, lang: Lang) => `${articleId}/${lang}`;

/** The key of a front page in the site index and in a page's chunk list. */
export const frontKey = (lang: Lang, page: number) => `front/${lang}/${page}`;
