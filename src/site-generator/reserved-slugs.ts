import type { ContentIssue } from '../article/model/parse-article.ts';
import type { Article } from '../article/model/schema.ts';
import { reservedSlugs } from '../routing/front-pages.ts';

/**
 * An article whose slug (or folder name, which resolves as a path too) is a word the fronts and
 * feeds use (`/de/seite/2`, `/en/feed.xml`) would be unreachable or hide those pages.
 */
export function reservedSlugIssues(id: string, article: Article): ContentIssue[] {
  const issues: ContentIssue[] = [];
  if (reservedSlugs.includes(article.slug)) {
    issues.push({
      field: 'slug',
      message: `"${article.slug}" is reserved for the site's own pages`,
    });
  }
  if (reservedSlugs.includes(id)) {
    issues.push({ field: '(folder)', message: `"${id}" is reserved for the site's own pages` });
  }
  return issues;
}
