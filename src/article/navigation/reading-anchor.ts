/** Where the reader is: a block (paragraph or figure, ids shared by both editions) and how far in. */
export interface ReadingAnchor {
  block: string;
  /** 0 when the block's top is at the top of the reading area, 1 at its bottom. */
  ratio: number;
}

/** The first block not yet scrolled past the header's bottom edge; none at the page's top. */
export function captureAnchor(topOffset: number): ReadingAnchor | undefined {
  if (window.scrollY < 1) return undefined;
  for (const element of document.querySelectorAll<HTMLElement>('[data-block]')) {
    const rect = element.getBoundingClientRect();
    if (rect.bottom > topOffset && element.dataset.block !== undefined) {
      const ratio = rect.height > 0 ? (topOffset - rect.top) / rect.height : 0;
      return { block: element.dataset.block, ratio: Math.min(1, Math.max(0, ratio)) };
    }
  }
  return undefined;
}

/** Scrolls (instantly) so the same point of the same block is at the top of the reading area. */
export function restoreAnchor(anchor: ReadingAnchor, topOffset: number): void {
  const element = document.querySelector<HTMLElement>(`[data-block="${CSS.escape(anchor.block)}"]`);
  if (!element) return;
  const rect = element.getBoundingClientRect();
  const top = window.scrollY + rect.top + anchor.ratio * rect.height - topOffset;
  window.scrollTo({ top, behavior: 'instant' });
}
