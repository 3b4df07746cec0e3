/** What the observer has seen of each section, relative to the activation band near the top. */
export interface SpyState {
  /** Sections crossing the band just below the sticky header. */
  inBand: ReadonlySet<string>;
  /** Sections whose top has scrolled above the band. */
  above: ReadonlySet<string>;
  /** The end of the article is in view: nothing further can scroll into the band. */
  atEnd: boolean;
}

/**
 * The section being read: the first one in the band; between sections, the last one already
 * scrolled past; at the end of the page the last one (it may never reach the band); else the first.
 */
export function activeSection(order: readonly string[], state: SpyState): string | undefined {
  if (state.atEnd) return order.at(-1);
  const inBand = order.find((id) => state.inBand.has(id));
  if (inBand !== undefined) return inBand;
  const passed = order.findLast((id) => state.above.has(id));
  return passed ?? order[0];
}

/**
 * Folds observer entries into the state. Entries come only for sections whose intersection with
 * the band changed, so which sections are above the band is taken from all sections' current
 * positions: after a long jump (Home, End) a section can pass from below the band to above it
 * without ever intersecting it.
 */
export function applyEntries(
  state: SpyState,
  entries: readonly { id: string; isIntersecting: boolean }[],
  tops: readonly { id: string; top: number }[],
  bandTop: number,
): SpyState {
  const inBand = new Set(state.inBand);
  for (const entry of entries) {
    if (entry.isIntersecting) inBand.add(entry.id);
    else inBand.delete(entry.id);
  }
  const above = new Set(tops.filter((t) => t.top < bandTop).map((t) => t.id));
  return { ...state, inBand, above };
}
