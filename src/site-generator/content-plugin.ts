import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { parseArticle } from '../article/model/parse-article.ts';
import { editionRoutes } from '../article/model/route-manifest.ts';
import { editionLangs, type ArticleRoutes } from '../routing/manifest.ts';
import type { Article } from '../article/model/schema.ts';
import { ContentError } from '../article/model/parse-article.ts';
import { languages, type Lang } from '../i18n/languages.ts';
import { staleWarnings, translationStatus } from '../article/model/translation-status.ts';
import { missingImageIssues } from './content-images.ts';
import { imageNamesIn } from './image-discovery.ts';
import { reservedSlugIssues } from './reserved-slugs.ts';

const virtualId = 'virtual:article-routes';
const resolvedId = `\0${virtualId}`;
const contentModuleId = 'virtual:article-content';
const resolvedContentId = `\0${contentModuleId}`;

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
 * `virtual:article-content`: one lazy loader per published edition, keyed `<id>/<lang>`. Each
 * `import()` of an absolute path becomes its own chunk, so a reader downloads only the language
 * they read, and a draft's text (which has no loader) never reaches the build's assets.
 */
function contentLoaders(root: string, { contentDir, published }: ContentFolder): string {
  const editions = published.flatMap(({ id, editions }) =>
    langsOf(editions).map((lang) => ({
      key: JSON.stringify(`${id}/${lang}`),
      file: path.resolve(root, contentDir, id, `${lang}.json`),
    })),
  );
  const entries = editions.map(
    ({ key, file }) => `  ${key}: () => import(${JSON.stringify(file)}).then((m) => m.default),`,
  );
  // Each file as Vite's build manifest keys it (relative to the root, `/`-separated): the
  // prerenderer preloads its chunk by that name, from whatever content folder the build reads.
  const sources = editions.map(
    ({ key, file }) =>
      `  ${key}: ${JSON.stringify(path.relative(root, file).split(path.sep).join('/'))},`,
  );
  return `export default {\n${entries.join('\n')}\n};\nexport const sources = {\n${sources.join('\n')}\n};\n`;
}

export interface ArticleContentOptions {
  /** The content folder, relative to the Vite root (or absolute). Default `src/content`. */
  contentDir?: string;
}

/**
 * Validates all content at build time and gives the app `virtual:article-routes`: every article's
 * slugs and section ids in every language (no text), so a URL in either language resolves
 * without downloading the other language's text; and `virtual:article-content`, the loaders of
 * the published editions' text.
 */
export function articleContent(options: ArticleContentOptions = {}): Plugin {
  const contentDir = options.contentDir ?? 'src/content';
  let root = process.cwd();
  return {
    name: 'article-content',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      if (id === virtualId) return resolvedId;
      return id === contentModuleId ? resolvedContentId : undefined;
    },
    load(id) {
      if (id === resolvedContentId) return contentLoaders(root, readContent(root, contentDir));
      if (id !== resolvedId) return undefined;
      // Each content file is read and validated once for the manifest, the drafts and the warnings.
      const content = readContent(root, contentDir);
      const manifest = routesOf(root, content);
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
