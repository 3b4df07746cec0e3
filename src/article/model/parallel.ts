import type { Article, ArticleBlock, ArticleSection } from './schema';

type Paragraph = Extract<ArticleBlock, { type: 'paragraph' }>;

/** One row of the parallel view: a block of the page's edition and its translation. */
export type ParallelRow =
  | { type: 'paragraph'; id: string; own: Paragraph; other: Paragraph }
  | { type: 'figure'; id: string };

export interface ParallelSection {
  id: string;
  own: ArticleSection;
  other: ArticleSection;
  rows: ParallelRow[];
}

function ids(items: readonly { id: string }[]): string {
  return items.map((item) => item.id).join(', ');
}

function mismatch(what: string, own: readonly { id: string }[], other: readonly { id: string }[]) {
  const otherIds = new Set(other.map((item) => item.id));
  const ownIds = new Set(own.map((item) => item.id));
  const onlyOwn = own.filter((item) => !otherIds.has(item.id)).map((item) => item.id);
  const onlyOther = other.filter((item) => !ownIds.has(item.id)).map((item) => item.id);
  const detail = [
    onlyOwn.length > 0 && `only in the first edition: ${onlyOwn.join(', ')}`,
    onlyOther.length > 0 && `only in the second edition: ${onlyOther.join(', ')}`,
    onlyOwn.length + onlyOther.length === 0 && `order differs: ${ids(own)} vs ${ids(other)}`,
  ].filter(Boolean);
  return new Error(`The editions' ${what} do not pair by id (${detail.join('; ')})`);
}

function pairRows(own: ArticleSection, other: ArticleSection): ParallelRow[] {
  if (ids(own.blocks) !== ids(other.blocks)) {
    throw mismatch(`blocks of section "${own.id}"`, own.blocks, other.blocks);
  }
  return own.blocks.map((block, i) => {
    const translation = other.blocks[i] as ArticleBlock;
    if (block.type !== translation.type) {
      throw new Error(
        `Block "${block.id}" of section "${own.id}" is a ${block.type} in one edition and a ${translation.type} in the other`,
      );
    }
    return block.type === 'paragraph'
      ? { type: 'paragraph', id: block.id, own: block, other: translation as Paragraph }
      : { type: 'figure', id: block.id };
  });
}

/**
 * Pairs the blocks of two editions of one article by their shared ids: sections, their
 * paragraphs and figures in order, the figures themselves and the end note. The content is
 * authored with the same ids in both editions; any id in one edition only (or out of order)
 * throws, naming it, so the build (which prerenders every parallel page) fails loudly instead
 * of misaligning a translation.
 */
export function pairEditions(own: Article, other: Article): ParallelSection[] {
  if (ids(own.sections) !== ids(other.sections)) {
    throw mismatch('sections', own.sections, other.sections);
  }
  const figureIds = (article: Article) => Object.keys(article.figures).map((id) => ({ id }));
  if (ids(figureIds(own).sort()) !== ids(figureIds(other).sort())) {
    throw mismatch('figures', figureIds(own), figureIds(other));
  }
  if ((own.endNote === undefined) !== (other.endNote === undefined)) {
    throw new Error("The editions' end notes do not pair: one edition has none");
  }
  return own.sections.map((section, i) => {
    const translation = other.sections[i] as ArticleSection;
    return {
      id: section.id,
      own: section,
      other: translation,
      rows: pairRows(section, translation),
    };
  });
}
