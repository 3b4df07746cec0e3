import type { ContentIssue } from '../article/model/parse-article.ts';
import type { Article } from '../article/model/schema.ts';
import { IMAGE_EXTENSIONS } from './image-discovery.ts';

/**
 * Every figure whose `image` has no file among `available` (the names in the article's images
 * folder, `imagesDir`, as the content names them). Without this the figure would be left out of
 * the page without a word: the app only draws images the build rendered.
 */
export function missingImageIssues(
  article: Article,
  available: ReadonlySet<string>,
  imagesDir: string,
): ContentIssue[] {
  return Object.entries(article.figures)
    .filter(([, figure]) => !available.has(figure.image))
    .map(([id, figure]) => ({
      field: `figures.${id}.image`,
      message: `"${figure.image}" has no file in ${imagesDir}/ (looked for ${IMAGE_EXTENSIONS.map(
        (ext) => `${figure.image}.${ext}`,
      ).join(', ')})`,
    }));
}
