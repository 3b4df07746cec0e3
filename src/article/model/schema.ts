import * as v from 'valibot';

// The article content schema. Content files are i18next resources (one per language), so every
// leaf the reader sees is a string; structure (ids, order, slugs) is validated here, at the
// boundary, both when a bundle is loaded at run time and when Vite builds the site.

const nonEmptyText = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
const asciiId = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case ASCII id (a-z, 0-9, hyphens)'),
);
const langTag = v.picklist(['de', 'en'], 'must be "de" or "en"');
// English blocks only: the hash of the German text a block was translated from, so a changed
// German block shows as stale (see translation-status.ts).
const sourceHash = v.optional(
  v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/, 'must be 16 hex digits (npm run translations)')),
);

const editorialText = v.strictObject({
  text: nonEmptyText,
  // Marks text the source did not have and the editors wrote (headline, standfirst, notes).
  editorial: v.optional(v.boolean()),
  sourceHash,
});

const figureSchema = v.strictObject({
  image: asciiId,
  alt: nonEmptyText,
  caption: nonEmptyText,
  credit: v.optional(nonEmptyText),
  // The credit's own language when it differs from the edition's (an English credit in German).
  creditLang: v.optional(langTag),
  sourceHash,
});

const paragraphBlock = v.strictObject({
  type: v.literal('paragraph'),
  id: asciiId,
  sourceHash,
  text: nonEmptyText,
  truncated: v.optional(v.boolean()),
});

const figureBlock = v.strictObject({ type: v.literal('figure'), id: asciiId });

const sectionSchema = v.strictObject({
  id: asciiId,
  slug: asciiId,
  title: nonEmptyText,
  // The source gave this section no heading: its title is an editorial navigation title only.
  untitled: v.optional(v.boolean()),
  sourceHash,
  blocks: v.pipe(
    v.array(v.variant('type', [paragraphBlock, figureBlock])),
    v.nonEmpty('a section needs at least one block'),
  ),
});

export const articleSchema = v.strictObject({
  slug: asciiId,
  headline: editorialText,
  standfirst: v.optional(editorialText),
  // Optional: the source of this article has neither, and nothing may be invented.
  byline: v.optional(nonEmptyText),
  published: v.optional(v.pipe(v.string(), v.isoDate('must be an ISO date (YYYY-MM-DD)'))),
  leadFigure: v.optional(asciiId),
  figures: v.record(asciiId, figureSchema),
  sections: v.pipe(v.array(sectionSchema), v.nonEmpty('an article needs at least one section')),
  // The article's own words in the editor's note (what is missing where the source breaks off).
  // The list of editorial additions is not written here: model/editorial.ts derives it from the
  // flags above, so the note cannot contradict them.
  endNote: v.optional(editorialText),
  // Imported without a headline: the build lists a draft and does not publish it.
  draft: v.optional(v.boolean()),
});

export type Article = v.InferOutput<typeof articleSchema>;
export type ArticleSection = Article['sections'][number];
export type ArticleBlock = ArticleSection['blocks'][number];
export type ArticleFigure = Article['figures'][string];
