import type { Locator, Page } from '@playwright/test';
import { editionOutline, type EditionFigure, type EditionSection, type Lang } from './content';
import { expect } from './fixtures';
import { clickOrTap } from './page-helpers';
import { untilScrollSettled } from '../../support/scroll-settled';

// The reader's places (article, sections) and controls, as a reader finds them: by role and by
// the words on screen. Slugs and titles come from the content files, so the tests follow edits.

export const langs = ['de', 'en'] as const;

const outlines = { de: editionOutline('de'), en: editionOutline('en') };

export const articlePath: Record<Lang, string> = {
  de: `/de/${outlines.de.slug}`,
  en: `/en/${outlines.en.slug}`,
};

/** The sections in order; the first is the untitled lead. */
export function sectionsOf(lang: Lang): EditionSection[] {
  return outlines[lang].sections;
}

export function sectionOf(lang: Lang, id: string): EditionSection {
  const found = outlines[lang].sections.find((section) => section.id === id);
  if (!found) throw new Error(`No section ${id} in the ${lang} edition`);
  return found;
}

export function figureOf(lang: Lang, id: string): EditionFigure {
  const found = outlines[lang].figures[id];
  if (!found) throw new Error(`No figure ${id} in the ${lang} edition`);
  return found;
}

export function sectionPath(lang: Lang, id: string): string {
  return `${articlePath[lang]}/${sectionOf(lang, id).slug}`;
}

/** Every prerendered article page: the article and each section, in both languages. */
export const articlePages: { lang: Lang; path: string }[] = langs.flatMap((lang) => [
  { lang, path: articlePath[lang] },
  ...sectionsOf(lang).map((section) => ({ lang, path: sectionPath(lang, section.id) })),
]);

/** The words of the interface the tests look for, per language. */
export const ui = {
  de: {
    siteName: 'Nachrichten zweisprachig',
    frontTitle: 'Startseite',
    contents: 'Inhalt',
    sectionBar: 'Abschnitt',
    toggle: 'English',
    settings: 'Darstellung',
    close: 'Schließen',
    skipLink: 'Zum Artikel springen',
    share: (title: string) => `Abschnitt „${title}“ teilen`,
    copied: 'Link kopiert.',
    unknownSection: (section: string) =>
      `Den Abschnitt „${section}“ gibt es in diesem Artikel nicht.`,
    notFound: 'Seite nicht gefunden',
    progress: 'Lesefortschritt',
    minutesLeft: /^Noch \d+\s+Minuten?$/,
    finished: 'Zu Ende gelesen',
    theme: 'Farbschema',
    textSize: 'Schriftgröße',
    themes: { system: 'Systemeinstellung', light: 'Hell', dark: 'Dunkel', sepia: 'Sepia' },
    textSizes: { s: 'Klein', m: 'Normal', l: 'Groß', xl: 'Größer', xxl: 'Am größten' },
    printedFrom: 'Online lesen:',
    enlargePhoto: 'Bild vergrößern',
  },
  en: {
    siteName: 'News in two languages',
    frontTitle: 'Front page',
    contents: 'Contents',
    sectionBar: 'Section',
    toggle: 'Deutsch',
    settings: 'Display',
    close: 'Close',
    skipLink: 'Skip to article',
    share: (title: string) => `Share section “${title}”`,
    copied: 'Link copied.',
    unknownSection: (section: string) => `This article has no section “${section}”.`,
    notFound: 'Page not found',
    progress: 'Reading progress',
    minutesLeft: /^\d+\s+minutes? left$/,
    finished: 'Finished',
    theme: 'Colour scheme',
    textSize: 'Text size',
    themes: { system: 'Same as system', light: 'Light', dark: 'Dark', sepia: 'Sepia' },
    textSizes: { s: 'Small', m: 'Normal', l: 'Large', xl: 'Larger', xxl: 'Largest' },
    printedFrom: 'Read online:',
    enlargePhoto: 'Enlarge image',
  },
} as const;

/** The links that open the article's photos, in order: each photo is inside one. */
export function photoLinks(page: Page, lang: Lang): Locator {
  return page.getByRole('main').getByRole('link', { name: ui[lang].enlargePhoto });
}

/** Wide screens have the contents beside the article; narrower ones the section bar. */
export function isWide(page: Page): boolean {
  return (page.viewportSize()?.width ?? 0) >= 1024;
}

/** The contents: the list beside the article, or on phones the section bar that discloses it. */
export function contentsNav(page: Page, lang: Lang): Locator {
  return page.getByRole('navigation', { name: ui[lang].contents, exact: true });
}

/** The phone's disclosure button, named "Abschnitt: <current title>". */
export function sectionBarButton(page: Page, lang: Lang): Locator {
  return contentsNav(page, lang).getByRole('button', {
    name: new RegExp(`^${ui[lang].sectionBar}:`),
  });
}

/** A section's entry in the contents (also while the phone's list is closed). */
export function contentsEntry(page: Page, lang: Lang, id: string): Locator {
  return contentsNav(page, lang).getByRole('link', {
    name: sectionOf(lang, id).title,
    includeHidden: true,
  });
}

/** The heading that takes focus when a reader goes to a section: the headline for the lead. */
export function headingOf(page: Page, lang: Lang, id: string): Locator {
  const section = sectionOf(lang, id);
  return section.untitled
    ? page.getByRole('heading', { level: 1 })
    : page.getByRole('heading', { level: 2, name: section.title, exact: true });
}

/** Chooses a section in the contents as a reader does: on phones, through the section bar. */
export async function chooseSection(page: Page, lang: Lang, id: string): Promise<void> {
  if (!isWide(page)) {
    const button = sectionBarButton(page, lang);
    await clickOrTap(button);
    await expect(button).toHaveAttribute('aria-expanded', 'true');
  }
  await clickOrTap(contentsEntry(page, lang, id));
}

/** Resolves once the page has not scrolled for several frames (a smooth scroll has ended). */
export async function scrollSettled(page: Page): Promise<void> {
  await page.evaluate(untilScrollSettled);
}

/** Scrolls the window at once (the page's own `scroll-behavior: smooth` would animate it). */
export async function scrollInstantly(page: Page, top: number): Promise<void> {
  await page.evaluate((y) => window.scrollTo({ top: y, behavior: 'instant' }), top);
}

/** The bottom edge of the sticky header, in viewport pixels. */
export async function headerBottom(page: Page): Promise<number> {
  const box = await page.getByRole('banner').boundingBox();
  if (!box) throw new Error('The page has no header');
  return box.y + box.height;
}

/** A section's top (the element with the section's id) in document pixels. */
export async function sectionTop(page: Page, id: string): Promise<number> {
  return page.evaluate((sectionId) => {
    const element = document.getElementById(sectionId);
    if (!element) throw new Error(`No element #${sectionId}`);
    return element.getBoundingClientRect().top + window.scrollY;
  }, id);
}

/**
 * The reader is at the section: once scrolling has stopped its heading sits just below the sticky
 * header, uncovered (the lead: the page is at its top), and the heading has keyboard focus.
 */
export async function expectLandedOn(page: Page, lang: Lang, id: string): Promise<void> {
  const heading = headingOf(page, lang, id);
  await expect(heading).toBeFocused();
  await scrollSettled(page);
  if (sectionOf(lang, id).untitled) {
    expect(await page.evaluate(() => window.scrollY), 'scrolled to the top').toBe(0);
    return;
  }
  const placement = 'uncovered, at most 40 px below the header';
  await expect
    .poll(
      async () => {
        await scrollSettled(page);
        const box = await heading.boundingBox();
        const below = Math.round((box?.y ?? Number.NaN) - (await headerBottom(page)));
        return below >= 0 && below <= 40 ? placement : `${below} px below the header's bottom`;
      },
      { message: `where the heading of ${id} lands` },
    )
    .toBe(placement);
}

/** The contents mark this section, and only this one, as the current one. */
export async function expectMarked(page: Page, lang: Lang, id: string): Promise<void> {
  const nav = contentsNav(page, lang);
  await expect(contentsEntry(page, lang, id)).toHaveAttribute('aria-current', 'location');
  await expect(nav.locator('[aria-current]')).toHaveCount(1);
  if (!isWide(page)) {
    await expect(sectionBarButton(page, lang)).toHaveAccessibleName(
      `${ui[lang].sectionBar}: ${sectionOf(lang, id).title}`,
    );
  }
}

/**
 * Records every scroll position from now on, or, with `fromStart`, from the very start of each
 * page the tab opens (before any script of the page runs). Read them with `scrollPositions`.
 */
export async function recordScrollPositions(
  page: Page,
  { fromStart = false }: { fromStart?: boolean } = {},
): Promise<void> {
  const install = () => {
    const positions: number[] = [];
    (window as { __scrollPositions?: number[] }).__scrollPositions = positions;
    window.addEventListener('scroll', () => positions.push(window.scrollY), { passive: true });
  };
  await (fromStart ? page.addInitScript(install) : page.evaluate(install));
}

/** The positions recorded since `recordScrollPositions`, and where the page is now. */
export function scrollPositions(page: Page): Promise<{ positions: number[]; final: number }> {
  return page.evaluate(() => ({
    positions: (window as { __scrollPositions?: number[] }).__scrollPositions ?? [],
    final: window.scrollY,
  }));
}
