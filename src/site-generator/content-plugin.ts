import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { parseArticle } from '../article/model/parse-article.ts';
import { editionRoutes } from '../article/model/route-manifest.ts';
import type { ArticleRoutes } from '../routing/manifest.ts';
import { ContentError } from '../article/model/parse-article.ts';
import { languages } from '../i18n/languages.ts';
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

/**
 * Reads and validates every article's content files, and that every figure's image has a file;
 * any problem fails naming file and field.
 */
export function readArticleRoutes(root: string, contentDir = 'src/content'): ArticleRoutes[] {
  const dir = path.join(root, contentDir);
  const ids = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
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
      for (const article of manifest) {
        for (const lang of languages) {
          this.addWatchFile(path.join(root, 'src/content', article.id, `${lang}.json`));
        }
      }
      return `export default ${JSON.stringify(manifest)};`;
    },
  };
}
