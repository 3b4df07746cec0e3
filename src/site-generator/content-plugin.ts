import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { parseArticle } from '../article/model/parse-article.ts';
import { editionRoutes } from '../article/model/route-manifest.ts';
import { editionLangs, type ArticleRoutes } from '../routing/manifest.ts';
import type { Article } from '../article/model/schema.ts';
import { ContentError } from '../article/model/parse-article.ts';
import { isLang, languages, type Lang } from '../i18n/languages.ts';
import { staleWarnings, translationStatus } from '../article/model/translation-status.ts';
import { missingImageIssues } from './content-images.ts';
import { imageNamesIn } from './image-discovery.ts';
import { reservedSlugIssues } from './reserved-slugs.ts';
import { articleImagesModule } from './responsive-images-plugin.ts';
import { editionKey, editionModule, frontKey, frontPageModule } from '../content/module-ids.ts';
import { frontPageCount } from '../routing/front-pages.ts';
import { frontCardsOf, moreArticles, type FrontCard } from '../article/model/front-card.ts';

const virtualId = 'virtual:article-routes';
const resolvedId = `\0${virtualId}`;
const contentModuleId = 'virtual:article-content';
const resolvedContentId = `\0${contentModuleId}`;
const editionPrefix = 'virtual:edition/';

function readJson(file: string, label: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ContentError(label, [{ field: '(file)', message: (error as Error).message }]);
  }
}

/** Article folders in the content directory (a dot folder is an import in progress). */
function articleIds(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
}

export interface ContentFolder {
  contentDir: string;
  /** Imported articles without a headline yet (`"draft": true` in de.json): listed, not published. */
  drafts: string[];
  published: { id: string; editions: Editions }[];
}

/** German always; English only once translated (a German-only article has no en.json, #15). */
type Editions = { de: Article } & Partial<Record<Lang, Article>>;

/** The languages an article's editions exist in, German first (as in the route manifest). */
const langsOf = (editions: Editions): Lang[] =>
  languages.filter((lang) => editions[lang] !== undefined);

/**
 * Reads and validates every content file once: a draft's German only (it may have no English
 * yet), a published article's every edition that has a file. A published article without
 * `en.json` is published in German only: its English is absent, not faked. Any problem fails
 * naming file and field.
 */
export function readContent(root: string, contentDir: string): ContentFolder {
  const dir = path.resolve(root, contentDir);
  const read = (id: string, lang: Lang): Article => {
    const label = `${contentDir}/${id}/${lang}.json`;
    return parseArticle(readJson(path.join(dir, id, `${lang}.json`), label), label);
  };
  const content: ContentFolder = { contentDir, drafts: [], published: [] };
  for (const id of articleIds(dir)) {
    const de = read(id, 'de');
    if (de.draft === true) {
      content.drafts.push(id);
      continue;
    }
    const translated = languages.filter(
      (lang) => lang !== 'de' && existsSync(path.join(dir, id, `${lang}.json`)),
    );
    const editions: Editions = {
      de,
      ...Object.fromEntries(translated.map((lang) => [lang, read(id, lang)])),
    };
    content.published.push({ id, editions });
  }
  return content;
}

/** The route manifest, once every figure's image is known to have a file. */
function routesOf(root: string, { contentDir, published }: ContentFolder): ArticleRoutes[] {
  return published.map(({ id, editions }) => {
    const images = imageNamesIn(path.resolve(root, contentDir, id, 'images'));
    const routes = Object.fromEntries(
      langsOf(editions).map((lang) => {
        const edition = editions[lang] ?? editions.de;
        const missing = [
          ...reservedSlugIssues(id, edition),
          ...missingImageIssues(edition, images, `${contentDir}/${id}/images`),
        ];
        if (missing.length > 0) throw new ContentError(`${contentDir}/${id}/${lang}.json`, missing);
        return [lang, editionRoutes(edition)];
      }),
    ) as ArticleRoutes['editions'];
    return { id, editions: routes };
  });
}

/**
 * Stale English blocks of published articles: the German changed after they were translated. A
 * German-only article has no English to be stale (staleWarnings skips it).
 */
function staleOf({ published }: ContentFolder): string[] {
  return staleWarnings(
    published.map(({ id, editions }) => ({
      id,
      draft: false,
      english: editions.en !== undefined,
      blocks: translationStatus(editions.de, editions.en),
    })),
  );
}

/** Imported articles without a headline yet (`"draft": true` in de.json): listed, not published. */
export function readDrafts(root: string, contentDir = 'src/content'): string[] {
  return readContent(root, contentDir).drafts;
}

/**
 * Reads and validates every published article's content files, and that every figure's image has
 * a file; any problem fails naming file and field.
 */
export function readArticleRoutes(root: string, contentDir = 'src/content'): ArticleRoutes[] {
  return routesOf(root, readContent(root, contentDir));
}

/** Stale English blocks of published articles: the German changed after they were translated. */
export function readStaleTranslations(root: string, contentDir = 'src/content'): string[] {
  return staleOf(readContent(root, contentDir));
}

/**
 * `virtual:article-content`, the site index: one lazy loader per published edition and per front
 * page, keyed as `editionKey` and `frontKey` say. Each `import()` becomes its own chunk, so a
 * reader downloads only the language they read, and a draft's text (which has no loader) never
 * reaches the build's assets. The app imports the index itself lazily: a prerendered page names
 * its own chunks in its data, so the first view's code does not grow with the number of articles.
 */
function siteIndex({ published }: ContentFolder, manifest: readonly ArticleRoutes[]): string {
  const loaders = (entries: [string, string][]) =>
    entries.map(([key, id]) => `  ${JSON.stringify(key)}: () => import(${JSON.stringify(id)}),`);
  const editions = published.flatMap(({ id, editions }) =>
    langsOf(editions).map((lang): [string, string] => [
      editionKey(id, lang),
      editionModule(id, lang),
    ]),
  );
  const fronts = languages.flatMap((lang) =>
    Array.from({ length: frontPageCount(manifest, lang) }, (_, i): [string, string] => [
      frontKey(lang, i + 1),
      frontPageModule(lang, i + 1),
    ]),
  );
  return `export const editions = {\n${loaders(editions).join('\n')}\n};\nexport const fronts = {\n${loaders(fronts).join('\n')}\n};\n`;
}

/**
 * `virtual:edition/<id>/<lang>`: an edition's text (the content file), its images' renditions
 * (shared with the other edition's chunk) and the other articles its end links to, the newest of
 * its language as the front orders them. `source` names the file for error messages.
 */
function editionModuleCode(
  root: string,
  { content, cards }: Cached,
  id: string,
  lang: Lang,
): string {
  const file = path.resolve(root, content.contentDir, id, `${lang}.json`);
  const more = moreArticles(cards[lang], id);
  return [
    `export { default } from ${JSON.stringify(file)};`,
    `export { default as images } from ${JSON.stringify(articleImagesModule(id))};`,
    `export const more = ${JSON.stringify(more)};`,
    `export const source = ${JSON.stringify(path.relative(root, file).split(path.sep).join('/'))};`,
    '',
  ].join('\n');
}

export interface ArticleContentOptions {
  /** The content folder, relative to the Vite root (or absolute). Default `src/content`. */
  contentDir?: string;
}

interface Cached {
  content: ContentFolder;
  manifest: ArticleRoutes[];
  cards: Record<Lang, FrontCard[]>;
}

/** What the plugin offers other plugins (`plugin.api`, https://vite.dev/guide/api-plugin). */
export interface ArticleContentApi {
  /** Every published article of each edition as a front card, in the front's order. */
  cards(): Record<Lang, FrontCard[]>;
}

/**
 * Validates all content at build time and gives the app `virtual:article-routes`: every article's
 * slugs and section ids in every language (no text), so a URL in either language resolves
 * without downloading the other language's text; `virtual:edition/<id>/<lang>`, each published
 * edition's chunk; and `virtual:article-content`, the index of those chunks and the fronts'.
 */
export function articleContent(options: ArticleContentOptions = {}): Plugin<ArticleContentApi> {
  const contentDir = options.contentDir ?? 'src/content';
  let root = process.cwd();
  // Read once per build (and again after a content file changes): 200 articles' edition modules
  // each need the whole folder (their "more" links), which must not mean 200 readings of it.
  let cached: Cached | undefined;
  const read = () => {
    if (!cached) {
      const content = readContent(root, contentDir);
      cached = {
        content,
        manifest: routesOf(root, content),
        cards: frontCardsOf(content.published),
      };
    }
    return cached;
  };
  return {
    name: 'article-content',
    api: { cards: () => read().cards },
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      cached = undefined;
    },
    watchChange(id) {
      if (id.endsWith('.json')) cached = undefined;
    },
    resolveId(id) {
      if (id === virtualId) return resolvedId;
      if (id.startsWith(editionPrefix)) return `\0${id}`;
      return id === contentModuleId ? resolvedContentId : undefined;
    },
    load(id) {
      if (id.startsWith(`\0${editionPrefix}`)) {
        const [articleId, lang] = id.slice(`\0${editionPrefix}`.length).split('/');
        const data = read();
        const article = data.content.published.find((a) => a.id === articleId);
        if (!article || !isLang(lang) || !article.editions[lang]) {
          this.error(`${id.slice(1)} names no published edition`);
        }
        return editionModuleCode(root, data, article.id, lang);
      }
      if (id === resolvedContentId) {
        const { content, manifest } = read();
        return siteIndex(content, manifest);
      }
      if (id !== resolvedId) return undefined;
      // Each content file is read and validated once for the manifest, the drafts and the warnings.
      const { content, manifest } = read();
      const { drafts } = content;
      if (drafts.length > 0) {
        console.info(`Drafts, not published (no headline yet): ${drafts.join(', ')}`);
      }
      // A stale translation still builds (the English is there), but nobody should miss it.
      for (const warning of staleOf(content)) this.warn(warning);
      for (const article of manifest) {
        for (const lang of editionLangs(article)) {
          this.addWatchFile(path.resolve(root, contentDir, article.id, `${lang}.json`));
        }
      }
      return `export default ${JSON.stringify(manifest)};`;
    },
  };
}
