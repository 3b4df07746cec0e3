import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import { landingScriptElement } from './landing-element';

// The compiled text the section pages carry, run the way the browser runs it: as the element
// the site generator writes after the app's markup, so `document.currentScript` is that element.
const landingScript = inject('inlineScripts').landing;

function runLanding(sectionId: string): void {
  const template = document.createElement('template');
  template.innerHTML = landingScriptElement(landingScript, sectionId);
  const parsed = template.content.firstElementChild;
  // Scripts parsed by innerHTML never run (HTML spec); a created element with the same
  // attributes and text does.
  const script = document.createElement('script');
  for (const { name, value } of parsed?.attributes ?? []) script.setAttribute(name, value);
  script.textContent = parsed?.textContent ?? '';
  document.body.append(script);
}

const originalScrollIntoView = Element.prototype.scrollIntoView;
afterEach(() => {
  Element.prototype.scrollIntoView = originalScrollIntoView;
  document.body.replaceChildren();
  document.documentElement.removeAttribute('data-landed');
  document.documentElement.style.removeProperty('--header-height');
  vi.restoreAllMocks();
});

describe('the landing script', () => {
  it('opens at the section its element names, below the measured header', () => {
    document.body.innerHTML =
      '<header class="site-header"></header><h2 id="intro">Intro</h2><h2 id="attacks">Attacks</h2>';
    const header = document.querySelector('.site-header') as HTMLElement;
    vi.spyOn(header, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 0, 800, 57.6));
    const scrolled: string[] = [];
    const scrollIntoView = vi.fn(function (this: Element) {
      scrolled.push(this.id);
    });
    Element.prototype.scrollIntoView = scrollIntoView;
    runLanding('attacks');
    expect(scrolled).toEqual(['attacks']);
    expect(scrollIntoView).toHaveBeenCalledWith({ block: 'start' });
    expect(document.documentElement.dataset.landed).toBe('attacks');
    expect(document.documentElement.style.getPropertyValue('--header-height')).toBe('58px');
  });

  it('focuses the section’s heading without scrolling, before the app arrives', () => {
    document.body.innerHTML =
      '<section id="attacks"><h2 id="attacks-title" tabindex="-1">Attacks</h2></section>';
    Element.prototype.scrollIntoView = vi.fn();
    const heading = document.getElementById('attacks-title') as HTMLElement;
    const focus = vi.spyOn(heading, 'focus');
    runLanding('attacks');
    expect(document.activeElement).toBe(heading);
    expect(focus).toHaveBeenCalledWith({ preventScroll: true });
  });

  it('leaves the page alone when the section is not on it', () => {
    document.body.innerHTML = '<h2 id="intro">Intro</h2>';
    const scrollIntoView = vi.fn();
    Element.prototype.scrollIntoView = scrollIntoView;
    runLanding('missing');
    expect(scrollIntoView).not.toHaveBeenCalled();
    expect(document.documentElement).not.toHaveAttribute('data-landed');
  });

  it('refuses a section id that could break out of the attribute', () => {
    expect(() => landingScriptElement(landingScript, '"><script>')).toThrow(
      /unexpected section id/,
    );
  });
});
