import { describe, expect, it, vi } from 'vitest';
import { findItemElement, followItem, followPlan, itemTarget } from './follow';
import type { SpeechItem } from './speech-queue';

const band = { top: 60, bottom: 800 };
const rect = (top: number, height: number) => ({ top, bottom: top + height, height });
const paragraph: SpeechItem = { kind: 'paragraph', sectionId: 'visit', blockId: 'p4', text: '' };

describe('followPlan', () => {
  it('leaves an element that is wholly in view where it is', () => {
    expect(followPlan(rect(60, 200), band)).toBeUndefined();
    expect(followPlan(rect(600, 200), band)).toBeUndefined();
  });

  it('centres one that is below, above, under the header or cut by the bottom edge', () => {
    expect(followPlan(rect(1200, 200), band)).toBe('center');
    expect(followPlan(rect(-400, 200), band)).toBe('center');
    expect(followPlan(rect(20, 200), band)).toBe('center');
    expect(followPlan(rect(700, 200), band)).toBe('center');
  });

  it('shows a paragraph taller than the screen from its start', () => {
    expect(followPlan(rect(900, 741), band)).toBe('start');
    expect(followPlan(rect(900, 740), band)).toBe('center');
  });
});

describe('itemTarget', () => {
  it('finds the header items at the headline, a title at its heading, a paragraph by block', () => {
    expect(itemTarget({ kind: 'standfirst', blockId: 'standfirst', text: '' })).toEqual({
      id: 'headline',
    });
    expect(
      itemTarget({ kind: 'title', sectionId: 'visit', blockId: 'visit-title', text: '' }),
    ).toEqual({ id: 'visit-title' });
    expect(itemTarget(paragraph)).toEqual({ id: 'visit', block: 'p4' });
  });

  it('finds the editorial marker and the editor’s note by their ids', () => {
    expect(itemTarget({ kind: 'marker', blockId: 'marker', text: '' })).toEqual({
      id: 'editorial-marker',
    });
    expect(itemTarget({ kind: 'note', blockId: 'note', text: '' })).toEqual({
      id: 'editors-note',
    });
  });
});

describe('followItem', () => {
  function page() {
    document.body.innerHTML = `
      <section id="plants"><p data-block="p4">elsewhere</p></section>
      <section id="visit"><h2 id="visit-title">Besuch</h2><p data-block="p4">here</p></section>`;
    const element = findItemElement(paragraph);
    if (!(element instanceof HTMLElement)) throw new Error('no paragraph');
    return element;
  }

  it('looks for the paragraph in its own section', () => {
    expect(page().textContent).toBe('here');
  });

  it('scrolls smoothly to a paragraph out of view, and not to one in view', () => {
    const element = page();
    const scroll = vi.spyOn(element, 'scrollIntoView');
    vi.spyOn(element, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 2000, 600, 120));
    followItem(paragraph);
    expect(scroll).toHaveBeenCalledWith({ block: 'center', behavior: 'smooth' });
    scroll.mockClear();
    vi.spyOn(element, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 100, 600, 120));
    followItem(paragraph);
    expect(scroll).not.toHaveBeenCalled();
  });

  it('jumps without animation for a reader who prefers reduced motion', () => {
    vi.mocked(window.matchMedia).mockImplementation(
      (query) => ({ matches: query === '(prefers-reduced-motion: reduce)' }) as MediaQueryList,
    );
    const element = page();
    const scroll = vi.spyOn(element, 'scrollIntoView');
    vi.spyOn(element, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, -500, 600, 120));
    followItem(paragraph);
    expect(scroll).toHaveBeenCalledWith({ block: 'center', behavior: 'instant' });
  });

  it('counts the sticky header, once it is measured in pixels', () => {
    const element = page();
    const scroll = vi.spyOn(element, 'scrollIntoView');
    vi.spyOn(element, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 30, 600, 120));
    document.documentElement.style.setProperty('--header-height', '3.5rem');
    followItem(paragraph);
    expect(scroll).not.toHaveBeenCalled();
    document.documentElement.style.setProperty('--header-height', '56px');
    followItem(paragraph);
    expect(scroll).toHaveBeenCalledTimes(1);
    document.documentElement.style.removeProperty('--header-height');
  });
});
