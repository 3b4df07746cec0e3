import type { Article } from './schema';

/** A translatable unit of an article, named the same in both editions. */
export interface TranslatableBlock {
  key: string;
  text: string;
  sourceHash: string | undefined;
}

export type TranslationState = 'translated' | 'missing' | 'stale';

export interface BlockStatus {
  key: string;
  status: TranslationState;
}

const encoder = new TextEncoder();
const fnvPrime = 0x100000001b3n;
const mask = 0xffffffffffffffffn;

/**
 * The hash of a German block's text that its English translation keeps: FNV-1a, 64 bits, over
 * the UTF-8 bytes (http://www.isthe.com/chongo/tech/comp/fnv/). Not cryptographic; it only has
 * to change when the text does.
 */
export function germanTextHash(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of encoder.encode(text)) hash = ((hash ^ BigInt(byte)) * fnvPrime) & mask;
  return hash.toString(16).padStart(16, '0');
}

/** Every translatable unit, in reading order: headline, standfirst, sections, blocks, note. */
export function translatableBlocks(article: Article): TranslatableBlock[] {
  const blocks: TranslatableBlock[] = [];
  const add = (key: string, text: string, sourceHash: string | undefined) =>
    blocks.push({ key, text, sourceHash });
  add('headline', article.headline.text, article.headline.sourceHash);
  if (article.standfirst) add('standfirst', article.standfirst.text, article.standfirst.sourceHash);
  const figure = (id: string) => {
    const f = article.figures[id];
    if (f) add(`figure:${id}`, `${f.alt}\n${f.caption}`, f.sourceHash);
  };
  if (article.leadFigure !== undefined) figure(article.leadFigure);
  for (const section of article.sections) {
    add(`section:${section.id}`, section.title, section.sourceHash);
    for (const block of section.blocks) {
      if (block.type === 'figure') figure(block.id);
      else add(`paragraph:${block.id}`, block.text, block.sourceHash);
    }
  }
  if (article.endNote) add('endNote', article.endNote.text, article.endNote.sourceHash);
  return blocks;
}

/**
 * Each German block's translation state: missing (no English edition, or no such block in it),
 * stale (the German text changed since the English block was written, or it keeps no hash), or
 * translated.
 */
export function translationStatus(de: Article, en: Article | undefined): BlockStatus[] {
  const english = new Map((en ? translatableBlocks(en) : []).map((b) => [b.key, b]));
  return translatableBlocks(de).map(({ key, text }) => {
    const block = english.get(key);
    if (block === undefined) return { key, status: 'missing' };
    return { key, status: block.sourceHash === germanTextHash(text) ? 'translated' : 'stale' };
  });
}

/** One article's translation state, as `npm run translations` reports and the build checks it. */
export interface ArticleTranslation {
  id: string;
  draft: boolean;
  /** The English edition exists (a German-only article has none). */
  english: boolean;
  blocks: BlockStatus[];
}

/** Build warnings: one line per stale block of a published article with an English edition. */
export function staleWarnings(translations: ArticleTranslation[]): string[] {
  return translations
    .filter((a) => a.english && !a.draft)
    .flatMap((a) =>
      a.blocks
        .filter((b) => b.status === 'stale')
        .map(
          (b) => `${a.id}: English ${b.key} is stale (the German changed since it was translated)`,
        ),
    );
}
