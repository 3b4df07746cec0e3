import * as v from 'valibot';
import { editorialMarkerId, editorsNoteId } from './editorial.ts';
import { articleSchema, type Article } from './schema.ts';

/** Element ids the article page gives its own parts: a section of the same id would shadow one. */
const pageIds = new Set(['article', 'headline', 'article-end', editorsNoteId, editorialMarkerId]);

export interface ContentIssue {
  field: string;
  message: string;
}

/** Thrown for a content file that does not fit the schema; names the file and every field. */
export class ContentError extends Error {
  readonly file: string;
  readonly issues: ContentIssue[];

  constructor(file: string, issues: ContentIssue[]) {
    super(`${file}: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`);
    this.name = 'ContentError';
    this.file = file;
    this.issues = issues;
  }
}

// Cross-references the schema cannot express: ids must be unique and every figure used must exist.
function referenceIssues(article: Article): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const sectionIds = new Set<string>();
  const slugs = new Set<string>();
  const blockIds = new Set<string>();
  if (article.leadFigure !== undefined && !(article.leadFigure in article.figures)) {
    issues.push({ field: 'leadFigure', message: `unknown figure "${article.leadFigure}"` });
  }
  article.sections.forEach((section, i) => {
    if (sectionIds.has(section.id)) {
      issues.push({ field: `sections.${i}.id`, message: `duplicate section id "${section.id}"` });
    }
    if (pageIds.has(section.id)) {
      issues.push({ field: `sections.${i}.id`, message: `"${section.id}" is an id of the page` });
    }
    if (slugs.has(section.slug)) {
      issues.push({ field: `sections.${i}.slug`, message: `duplicate slug "${section.slug}"` });
    }
    sectionIds.add(section.id);
    slugs.add(section.slug);
    section.blocks.forEach((block, j) => {
      const field = `sections.${i}.blocks.${j}.id`;
      if (blockIds.has(block.id)) issues.push({ field, message: `duplicate id "${block.id}"` });
      blockIds.add(block.id);
      if (block.type === 'figure' && !(block.id in article.figures)) {
        issues.push({ field, message: `unknown figure "${block.id}"` });
      }
    });
  });
  return issues;
}

/** Validates one language's article resource; `file` names it in every error. */
export function parseArticle(data: unknown, file: string): Article {
  const result = v.safeParse(articleSchema, data);
  if (!result.success) {
    throw new ContentError(
      file,
      result.issues.map((issue) => ({
        field: v.getDotPath(issue) ?? '(root)',
        message: issue.message,
      })),
    );
  }
  const issues = referenceIssues(result.output);
  if (issues.length > 0) throw new ContentError(file, issues);
  return result.output;
}
