import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { parseArticle } from '../article/model/parse-article.ts';
import { editionRoutes } from '../article/model/route-manifest.ts';
import type { ArticleRoutes } from '../routing/manifest.ts';
import { ContentError } from '../article/model/parse-article.ts';
import { languages } from '../i18n/languages.ts';
import { staleWarnings, translationStatus } from '../article/model/translation-status.ts';
import { missingImageIssues } from './content-images.ts';
import { imageNamesIn } from './image-discovery.ts';

const virtualId = 'virtual:article-routes';
const resolvedId = `\0${virtualId}`;

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

/** Imported articles without a headline yet (`"draft": true` in de.json): listed, not published. */
export function readDrafts(root: string, contentDir = 'src/content'): string[] {
  const dir = path.join(root, contentDir);
  return articleIds(dir).filter((id) => {
    const label = `${contentDir}/${id}/de.json`;
    return parseArticle(readJson(path.join(dir, id, 'de.json'), label), label).draft === true;
  });
}

/**
 * Reads and validates every published article's content files, and that every figure's image has
 * a file; any problem fails naming file and field.
 */
export function readArticleRoutes(root: string, contentDir = 'src/content'): ArticleRoutes[] {
  const dir = path.join(root, contentDir);
  const drafts = new Set(readDrafts(root, contentDir));
  const ids = articleIds(dir).filter((id) => !drafts.has(id));
  return ids.map((id) => {
    const images = imageNamesIn(path.join(dir, id, 'images'));
    const editions = Object.fromEntries(
      languages.map((lang) => {
        const label = `${contentDir}/${id}/${lang}.json`;
        const article = parseArticle(readJson(path.join(dir, id, `${lang}.json`), label), label);
        const missing = missingImageIssues(article, images, `${contentDir}/${id}/images`);
        if (missing.length > 0) throw new ContentError(label, missing);
        return [lang, editionRoutes(article)];
      }),
    ) as ArticleRoutes['editions'];
    return { id, editions };
  });
}

/** Stale English blocks of published articles: the German changed after they were translated. */
export function readStaleTranslations(root: string, contentDir = 'src/content'): string[] {
  const dir = path.join(root, contentDir);
  const drafts = new Set(readDrafts(root, contentDir));
  const read = (id: string, lang: string) => {
    const label = `${contentDir}/${id}/${lang}.json`;
    return parseArticle(readJson(path.join(dir, id, `${lang}.json`), label), label);
  };
  return staleWarnings(
    articleIds(dir)
      .filter((id) => !drafts.has(id))
      .map((id) => ({
        id,
        draft: false,
        english: true,
        blocks: translationStatus(read(id, 'de'), read(id, 'en')),
      })),
  );
}

/**
 * Validates all content at build time and gives the app `virtual:article-routes`: every article's
 * slugs and section ids in every language (no text), so a URL in either language resolves
 * without downloading the other language's text.
 */
export function articleContent(): Plugin {
  let root = process.cwd();
  return {
    name: 'article-content',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === virtualId ? resolvedId : undefined;
    },
    load(id) {
      if (id !== resolvedId) return undefined;
      const manifest = readArticleRoutes(root);
      const drafts = readDrafts(root);
      if (drafts.length > 0) {
        console.info(`Drafts, not published (no headline yet): ${drafts.join(', ')}`);
      }
      // A stale translation still builds (the English is there), but nobody should miss it.
      for (const warning of readStaleTranslations(root)) this.warn(warning);
      for (const article of manifest) {
        for (const lang of languages) {
          this.addWatchFile(path.join(root, 'src/content', article.id, `${lang}.json`));
        }
      }
      return `export default ${JSON.stringify(manifest)};`;
    },
  };
}
