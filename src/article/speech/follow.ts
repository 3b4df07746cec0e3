import { prefersReducedMotion } from '../../shared/reduced-motion';
import { editorialMarkerId, editorsNoteId } from '../model/editorial';
import type { SpeechItem } from './speech-queue';

/** Where an item is on the page: an element id, and within it a paragraph's `data-block`. */
export interface ItemTarget {
  id: string;
  block?: string;
}

export function itemTarget(item: SpeechItem): ItemTarget {
  switch (item.kind) {
    // The standfirst has no id of its own; it sits right under the headline.
    case 'headline':
    case 'standfirst':
      return { id: 'headline' };
    case 'marker':
      return { id: editorialMarkerId };
    case 'note':
      return { id: editorsNoteId };
    case 'title':
      return { id: item.blockId };
    case 'paragraph':
      return item.sectionId === undefined
        ? { id: 'headline' }
        : { id: item.sectionId, block: item.blockId };
  }
}

export interface Band {
  /** The first pixel below the sticky header. */
  top: number;
  /** The viewport's height. */
  bottom: number;
}

type Rect = Pick<DOMRect, 'top' | 'bottom' | 'height'>;

/**
 * How to bring an element into view, or undefined when it is in view already (a reader who is
 * looking at it is not scrolled). Centred if it fits, else its start, so that a paragraph taller
 * than the screen is not shown from its middle.
 */
export function followPlan(rect: Rect, band: Band): ScrollLogicalPosition | undefined {
  if (rect.top >= band.top && rect.bottom <= band.bottom) return undefined;
  return rect.height <= band.bottom - band.top ? 'center' : 'start';
}

function headerHeight(): number {
  // Measured and written on <html> by the article page; before that it is not in pixels yet.
  const value = document.documentElement.style.getPropertyValue('--header-height');
  return value.endsWith('px') ? Number.parseFloat(value) || 0 : 0;
}

export function findItemElement(item: SpeechItem): Element | null {
  const target = itemTarget(item);
  const element = document.getElementById(target.id);
  if (target.block === undefined) return element;
  // Ids are validated as [a-z0-9-], so they need no escaping in a selector.
  return element?.querySelector(`[data-block="${target.block}"]`) ?? null;
}

/** Scrolls the item being read into view if it is not, without moving keyboard focus. */
export function followItem(item: SpeechItem): void {
  const element = findItemElement(item);
  if (!element) return;
  const block = followPlan(element.getBoundingClientRect(), {
    top: headerHeight(),
    bottom: window.innerHeight,
  });
  if (block === undefined) return;
  element.scrollIntoView({ block, behavior: prefersReducedMotion() ? 'instant' : 'smooth' });
}
