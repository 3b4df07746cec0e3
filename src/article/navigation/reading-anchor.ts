/**
 * Where the reader is, as one or more points of the reading area (the top edge just below the
 * sticky header, and a line a little further down), each placed between the tops of two
 * consecutive blocks (paragraphs, figures, headings: ids shared by both editions), `ratio` of the
 * way from the first to the second.
 *
 * Measured from one block's top to the next one's, rather than within one block, every block
 * near the point keeps its place, not only the one the point cuts: the text between two tops
 * (the rest of a paragraph, a standfirst without a block id) grows or shrinks in the other
 * edition, and the place is shared out along it. Anchored to the block cut by the top edge alone,
 * a block starting just below the edge moved by the whole difference in the cut block's length,
 * and one that started below a gap was pulled up to the edge (found by the e2e place-keeping
 * test). Two points, restored to the mean of where each puts the page, keep both the block cut
 * by the edge and the one being read a few lines down within a line of their places.
 */
export interface ReadingAnchor {
  points: AnchorPoint[];
}

interface AnchorPoint {
  /** The point, in px below the reading area's top edge. */
  offset: number;
  block: string;
  /** The next block, if there is one; the place is measured up to its top. */
  next?: string;
  /** 0 when the first block's top is at the point, 1 when the next block's top is. */
  ratio: number;
}

/** The second point: a few lines into the reading area, where a reader is likely reading. */
export const readingLineOffset = 120;

function blockId(element: HTMLElement | undefined): string | undefined {
  return element?.dataset.block;
}

function capturePoint(line: number, offset: number): AnchorPoint | undefined {
  const blocks = [...document.querySelectorAll<HTMLElement>('[data-block]')];
  const tops = blocks.map((element) => element.getBoundingClientRect().top);
  // The last block whose top has reached the line; none: the line is above the first block.
  const index = Math.max(
    0,
    tops.findLastIndex((top) => top <= line),
  );
  const element = blocks[index];
  const block = blockId(element);
  if (element === undefined || block === undefined) return undefined;
  const top = tops[index] ?? 0;
  const next = blockId(blocks[index + 1]);
  const end = next === undefined ? element.getBoundingClientRect().bottom : (tops[index + 1] ?? 0);
  const span = end - top;
  const ratio = span > 0 ? (line - top) / span : 0;
  return { offset, block, next, ratio: Math.min(1, Math.max(0, ratio)) };
}

/** The reader's place, `topOffset` being the reading area's top edge; none at the page's top. */
export function captureAnchor(topOffset: number): ReadingAnchor | undefined {
  if (window.scrollY < 1) return undefined;
  const points = [0, readingLineOffset].flatMap(
    (offset) => capturePoint(topOffset + offset, offset) ?? [],
  );
  return points.length > 0 ? { points } : undefined;
}

function topOf(block: string | undefined): number | undefined {
  if (block === undefined) return undefined;
  const element = document.querySelector<HTMLElement>(`[data-block="${CSS.escape(block)}"]`);
  return element?.getBoundingClientRect().top;
}

/** Where the page must be scrolled to for this point to be the same way between its blocks. */
function scrollFor(point: AnchorPoint, topOffset: number): number | undefined {
  const top = topOf(point.block);
  if (top === undefined) return undefined;
  const element = document.querySelector(`[data-block="${CSS.escape(point.block)}"]`);
  const end = topOf(point.next) ?? element?.getBoundingClientRect().bottom ?? top;
  return window.scrollY + top + point.ratio * (end - top) - topOffset - point.offset;
}

/** Scrolls (instantly) to the mean of where each point of the place puts the page. */
export function restoreAnchor(anchor: ReadingAnchor, topOffset: number): void {
  const targets = anchor.points.flatMap((point) => scrollFor(point, topOffset) ?? []);
  if (targets.length === 0) return;
  const top = targets.reduce((sum, target) => sum + target, 0) / targets.length;
  window.scrollTo({ top, behavior: 'instant' });
}
