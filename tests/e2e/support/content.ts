import { readFileSync } from 'node:fs';
import path from 'node:path';

// The article's own words, read from its content files, so the tests follow edits to the text.

export type Lang = 'de' | 'en';

const contentDir = path.join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'src',
  'content',
  'us-china-cyber',
);

/** Keys whose values are identifiers or flags, never text a reader sees. */
const nonTextKeys = new Set(['slug', 'id', 'image', 'type', 'creditLang', 'leadFigure']);

function readEdition(lang: Lang): unknown {
  return JSON.parse(readFileSync(path.join(contentDir, `${lang}.json`), 'utf8'));
}

function collectText(value: unknown, skip: ReadonlySet<string>, key = ''): string[] {
  if (typeof value === 'string') return skip.has(key) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((item) => collectText(item, skip));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => collectText(v, skip, k));
  }
  return [];
}

function headlineOf(edition: unknown): string {
  const headline = (edition as { headline?: { text?: unknown } }).headline?.text;
  if (typeof headline !== 'string') throw new Error('The content file has no headline.text');
  return headline;
}

function paragraphsOf(edition: unknown): string[] {
  const sections = (edition as { sections?: { blocks?: { type?: string; text?: unknown }[] }[] })
    .sections;
  return (sections ?? []).flatMap((section) =>
    (section.blocks ?? []).flatMap((block) =>
      block.type === 'paragraph' && typeof block.text === 'string' ? [block.text] : [],
    ),
  );
}

/** Collapses whitespace, as a page's text content does not keep the file's line structure. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export interface EditionText {
  headline: string;
  /** Every piece of text in the edition: headline, standfirst, captions, credits, paragraphs, alt… */
  texts: string[];
  /** The text that is part of the page's text content (all of the above but image alt text). */
  pageTexts: string[];
  /** The body text: each paragraph of each section. */
  paragraphs: string[];
}

export function editionText(lang: Lang): EditionText {
  const edition = readEdition(lang);
  return {
    headline: headlineOf(edition),
    texts: collectText(edition, nonTextKeys).map(normalizeSpace),
    pageTexts: collectText(edition, new Set([...nonTextKeys, 'alt'])).map(normalizeSpace),
    paragraphs: paragraphsOf(edition).map(normalizeSpace),
  };
}

/** Sentences of the English edition that the German one does not share (credits are shared). */
export function englishOnlyTexts(): string[] {
  const german = new Set(editionText('de').texts);
  return editionText('en').texts.filter((text) => text.length >= 20 && !german.has(text));
}

export interface EditionSection {
  /** The id shared by both editions (also the section element's id). */
  id: string;
  /** The section's URL segment in this edition. */
  slug: string;
  title: string;
  /** The lead: its title is only in the contents, not shown as a heading. */
  untitled: boolean;
}

export interface EditionFigure {
  caption: string;
  credit?: string;
}

/**
 * The edition's article slug, its sections in order (as the contents list them) and its figures
 * by id.
 */
export function editionOutline(lang: Lang): {
  slug: string;
  sections: EditionSection[];
  figures: Record<string, EditionFigure>;
} {
  const edition = readEdition(lang) as {
    slug?: unknown;
    sections?: { id?: unknown; slug?: unknown; title?: unknown; untitled?: unknown }[];
    figures?: Record<string, { caption?: unknown; credit?: unknown }>;
  };
  if (typeof edition.slug !== 'string') throw new Error('The content file has no slug');
  const sections = (edition.sections ?? []).map((section) => {
    const { id, slug, title } = section;
    if (typeof id !== 'string' || typeof slug !== 'string' || typeof title !== 'string') {
      throw new Error('A section in the content file lacks its id, slug or title');
    }
    return { id, slug, title, untitled: section.untitled === true };
  });
  const figures = Object.fromEntries(
    Object.entries(edition.figures ?? {}).map(([id, { caption, credit }]) => {
      if (typeof caption !== 'string') throw new Error(`Figure ${id} has no caption`);
      return [id, { caption, credit: typeof credit === 'string' ? credit : undefined }];
    }),
  );
  return { slug: edition.slug, sections, figures };
}
