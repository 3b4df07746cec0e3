import { editionOutline, editionText, type Lang } from '../e2e/support/content';
import { waitFor, type EngineDriver } from './driver';
import { untilScrollSettled } from '../support/scroll-settled';

// The reader's main journeys, written once for every engine against EngineDriver: what a reader
// does (open, follow the contents, open a shared section link, switch language, go Back, mistype
// an address, read offline) and what they must see. Slugs, titles and headlines come from the
// content files, so the journeys follow edits to the text.

export interface JourneyContext {
  driver: EngineDriver;
  /** The site's origin, e.g. http://127.0.0.1:4391. */
  origin: string;
}

export interface Journey {
  name: string;
  run(context: JourneyContext): Promise<void>;
}

const outlines = { de: editionOutline('de'), en: editionOutline('en') };
const otherLang = { de: 'en', en: 'de' } as const;
const notFoundTitle = { de: 'Seite nicht gefunden', en: 'Page not found' };

const articlePath = (lang: Lang) => `/${lang}/${outlines[lang].slug}`;

function sectionPath(lang: Lang, id: string): string {
  const section = outlines[lang].sections.find((candidate) => candidate.id === id);
  if (!section) throw new Error(`No section ${id} in the ${lang} edition`);
  return `${articlePath(lang)}/${section.slug}`;
}

/** The element that takes focus on arriving at a section: the headline for the untitled lead. */
function headingId(lang: Lang, id: string): string {
  const untitled = outlines[lang].sections.find((section) => section.id === id)?.untitled;
  return untitled ? 'headline' : `${id}-title`;
}

const sectionIds = outlines.de.sections.map((section) => section.id);
const [lead, middle] = sectionIds as [string, string, ...string[]];

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** Resolves once the window has not scrolled for several frames (a smooth scroll has ended). */
function scrollSettled(driver: EngineDriver): Promise<void> {
  return driver.evaluate(untilScrollSettled);
}

/** Where the reader is: path, language, focused element, the heading's place below the header. */
function where(driver: EngineDriver, heading: string) {
  return driver.evaluate((id) => {
    const header = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
    const box = document.getElementById(id)?.getBoundingClientRect();
    return {
      path: location.pathname,
      lang: document.documentElement.lang,
      focused: document.activeElement?.id ?? '',
      below: box ? Math.round(box.top - header) : Number.NaN,
      scrollY: window.scrollY,
    };
  }, heading);
}

/** The section's heading is focused and sits uncovered just below the header (lead: the top). */
async function expectLanded(
  driver: EngineDriver,
  lang: Lang,
  id: string,
  { within = 8000 }: { within?: number } = {},
): Promise<void> {
  const heading = headingId(lang, id);
  const focused = () => document.activeElement?.id ?? '';
  await waitForValue(driver, 'the focused element', focused, heading, within);
  await scrollSettled(driver);
  const at = await where(driver, heading);
  check(at.focused === heading, `focus is on #${at.focused || 'body'}, not on #${heading}`);
  if (id === lead) {
    check(at.scrollY < 1, `the lead should be at the page's top, scrollY is ${at.scrollY}`);
  } else {
    check(
      at.below >= 0 && at.below <= 40,
      `#${heading} should be 0–40 px below the header, is ${at.below} px`,
    );
  }
}

/** Waits until the path is `path` (the app's address, or a loaded page's). */
function waitForPath(driver: EngineDriver, path: string): Promise<void> {
  return waitForValue(driver, 'the address', () => location.pathname, path);
}

async function waitForValue<T>(
  driver: EngineDriver,
  what: string,
  read: () => T,
  want: T,
  timeout = 8000,
): Promise<void> {
  const until = Date.now() + timeout;
  let last: T | undefined;
  for (;;) {
    try {
      last = await driver.evaluate(read);
      if (JSON.stringify(last) === JSON.stringify(want)) return;
    } catch {
      // The page is being replaced; ask again.
    }
    if (Date.now() > until) {
      throw new Error(`${what} is ${JSON.stringify(last)}, expected ${JSON.stringify(want)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The app has hydrated: the print address under the headline is made absolute only then. */
function waitForApp(driver: EngineDriver): Promise<void> {
  return waitFor(
    driver,
    'the app has taken over (the print address is absolute)',
    () => document.querySelector('.print-url')?.textContent?.includes(location.origin) ?? false,
    { timeout: 10_000 },
  );
}

/** The journeys of one language, in the order a reader might take them. */
export function journeysFor(lang: Lang): Journey[] {
  const other = otherLang[lang];
  const { headline } = editionText(lang);
  return [
    {
      name: 'the article opens with its headline and its lead photo decoded',
      async run({ driver, origin }) {
        await driver.goto(`${origin}${articlePath(lang)}`);
        const h1 = await driver.evaluate(() => document.querySelector('h1')?.textContent ?? '');
        check(h1 === headline, `the headline is ${JSON.stringify(h1)}`);
        await waitFor(driver, 'the lead photo has loaded', () => {
          const img = document.querySelector<HTMLImageElement>('main figure img');
          return img !== null && img.complete && img.naturalWidth > 0;
        });
        const decoded = await driver.evaluate(async () => {
          const img = document.querySelector<HTMLImageElement>('main figure img');
          if (!img) return 'no image';
          await img.decode();
          return `${img.naturalWidth}×${img.naturalHeight} ${img.currentSrc.split('/').pop()}`;
        });
        check(/^\d+×\d+ /.test(decoded), `the lead photo did not decode: ${decoded}`);
      },
    },
    {
      name: 'the app takes over',
      async run({ driver }) {
        await waitForApp(driver);
      },
    },
    {
      name: 'the contents take the reader to each section, and the address names it',
      async run({ driver }) {
        for (const id of [...sectionIds.slice(1), lead]) {
          await driver.click(`nav.toc a[href="${sectionPath(lang, id)}"]`);
          await waitForPath(driver, sectionPath(lang, id));
          await expectLanded(driver, lang, id);
        }
      },
    },
    {
      name: 'a fresh section link lands on its heading and focuses it',
      async run({ driver, origin }) {
        await driver.goto(`${origin}${sectionPath(lang, middle)}`);
        // Focused from the first paint by the landing script, however late the app starts (in
        // Firefox it used to be focused only when the app ran, ~3 s after load), and still once
        // the app has taken over.
        await expectLanded(driver, lang, middle, { within: 300 });
        await waitForApp(driver);
        await expectLanded(driver, lang, middle);
        await waitForPath(driver, sectionPath(lang, middle));
      },
    },
    {
      name: 'the toggle switches language in place and keeps the paragraph',
      async run({ driver }) {
        // Halfway through the section's first paragraph, as the reading area's top edge.
        const block = await driver.evaluate((section) => {
          const paragraph = document.querySelector<HTMLElement>(`#${section} p[data-block]`);
          const header = document.querySelector('.site-header')?.getBoundingClientRect().bottom;
          if (!paragraph || header === undefined) return null;
          const rect = paragraph.getBoundingClientRect();
          window.scrollTo({
            top: scrollY + rect.top + rect.height / 2 - header,
            behavior: 'instant',
          });
          (window as { __samePage?: boolean }).__samePage = true;
          return paragraph.dataset.block ?? null;
        }, middle);
        check(block !== null, `no paragraph in #${middle}`);
        await waitForPath(driver, sectionPath(lang, middle));
        await driver.click('.site-header a.language-toggle');
        await waitForPath(driver, sectionPath(other, middle));
        await waitForValue(driver, '<html lang>', () => document.documentElement.lang, other);
        await scrollSettled(driver);
        const after = await driver.evaluate((id) => {
          const element = document.querySelector<HTMLElement>(`[data-block="${id}"]`);
          const header = document.querySelector('.site-header')?.getBoundingClientRect().bottom;
          if (!element || header === undefined) return null;
          const rect = element.getBoundingClientRect();
          return {
            samePage: (window as { __samePage?: boolean }).__samePage === true,
            offBy: Math.abs(rect.top + rect.height / 2 - header),
            lineHeight: parseFloat(getComputedStyle(element).lineHeight),
            h1: document.querySelector('h1')?.textContent ?? '',
          };
        }, block);
        check(after !== null, `paragraph ${block} is gone after the switch`);
        check(after.samePage, 'the switch loaded a new page');
        check(after.h1 === editionText(other).headline, `the headline is ${after.h1}`);
        check(
          after.offBy <= after.lineHeight,
          `paragraph ${block} moved ${Math.round(after.offBy)} px (a line is ${after.lineHeight} px)`,
        );
      },
    },
    {
      name: 'Back returns to the first language, in place',
      async run({ driver }) {
        await driver.back();
        await waitForPath(driver, sectionPath(lang, middle));
        await waitForValue(driver, '<html lang>', () => document.documentElement.lang, lang);
        const state = await driver.evaluate(() => ({
          samePage: (window as { __samePage?: boolean }).__samePage === true,
          h1: document.querySelector('h1')?.textContent ?? '',
        }));
        check(state.samePage, 'Back loaded a new page');
        check(state.h1 === headline, `the headline is ${state.h1}`);
      },
    },
    {
      name: 'a mistyped address shows the not-found page in its language',
      async run({ driver, origin }) {
        await driver.goto(`${origin}/${lang}/nope`);
        // The app's bundle runs there too: it links the manifest once the page is idle.
        await waitFor(
          driver,
          'the app has started (the manifest is linked)',
          () => document.querySelector('link[rel="manifest"]') !== null,
        );
        const page = await driver.evaluate(() => ({
          h1: document.querySelector('h1')?.textContent ?? '',
          lang: document.documentElement.lang,
          path: location.pathname,
          links: [...document.querySelectorAll('main a')].map((a) => a.getAttribute('href')),
        }));
        check(page.h1 === notFoundTitle[lang], `the heading is ${JSON.stringify(page.h1)}`);
        check(page.lang === lang, `<html lang> is ${page.lang}`);
        check(page.path === `/${lang}/nope`, `the address became ${page.path}`);
        for (const edition of ['de', 'en'] as const) {
          check(page.links.includes(articlePath(edition)), `no link to ${articlePath(edition)}`);
        }
      },
    },
  ];
}

/** Whether an engine is expected to run the service worker here (measured, see run.ts). */
export type OfflineSupport = 'supported' | { unsupported: string };

export interface OfflineJourneyContext extends JourneyContext {
  expected: OfflineSupport;
  /** Takes the site off the network (stops the server): every request now fails. */
  goOffline: () => Promise<void>;
}

/**
 * After one visit, the service worker has both editions: with the server gone, the other
 * edition and a section still open. Where the engine registers no worker, that is what it must
 * show (and it is reported), never a silent pass; where the expectation is out of date, it fails.
 */
export const offlineJourney = {
  name: 'offline after one visit (service worker)',
  async run({ driver, origin, expected, goOffline }: OfflineJourneyContext): Promise<string> {
    await driver.goto(`${origin}${articlePath('de')}`);
    await waitForApp(driver);
    const state = await driver.evaluate(async () => {
      if (!('serviceWorker' in navigator)) return 'no navigator.serviceWorker';
      const timeout = new Promise<string>((resolve) =>
        setTimeout(() => resolve('no active worker after 15 s'), 15_000),
      );
      const ready = navigator.serviceWorker.ready.then(
        () => 'ready',
        (error: unknown) => `not ready: ${String(error)}`,
      );
      const registrations = navigator.serviceWorker.getRegistrations().then((list) => list.length);
      const result = await Promise.race([ready, timeout]);
      return result === 'ready' ? result : `${result} (${await registrations} registration(s))`;
    });
    if (expected !== 'supported') {
      check(state !== 'ready', 'the service worker runs here: mark the engine as supported');
      return `not supported here, as measured: ${expected.unsupported} (${state})`;
    }
    check(state === 'ready', `the service worker did not start: ${state}`);
    await goOffline();
    for (const [lang, path] of [
      ['en', articlePath('en')],
      ['de', sectionPath('de', middle)],
    ] as const) {
      await driver.goto(`${origin}${path}`);
      const h1 = await driver.evaluate(() => document.querySelector('h1')?.textContent ?? '');
      check(h1 === editionText(lang).headline, `offline, ${path} shows ${JSON.stringify(h1)}`);
      await waitForApp(driver);
    }
    return 'the other edition and a section opened with the server stopped';
  },
};
