import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * Clicks (or, on a touch screen, taps) an element with Playwright's own actions, as a reader
 * would: they wait for it, scroll it into view if needed and focus it first, like a real pointer.
 * (Until focus in the sticky header stopped scrolling the article, this clicked at screen
 * coordinates instead, to dodge that scroll: see focus-keeps-place.spec.ts.)
 */
export async function clickOrTap(target: Locator): Promise<void> {
  const touch = await target.page().evaluate(() => navigator.maxTouchPoints > 0);
  await (touch ? target.tap() : target.click());
}

/**
 * Makes `path` show what a browser without JavaScript shows (no scripts run, `<noscript>` content
 * applies) while JavaScript stays available to the test, e.g. for axe-core.
 */
export async function serveAsWithoutJavaScript(page: Page, path: string): Promise<void> {
  await page.route(
    (url) => url.pathname === path,
    async (route) => {
      const response = await route.fetch();
      const body = (await response.text())
        .replace(/<script\b(?![^>]*type="application\/json")[^>]*>[\s\S]*?<\/script>/g, '')
        .replace(/<noscript>([\s\S]*?)<\/noscript>/g, '$1');
      await route.fulfill({ response, body });
    },
  );
}

/**
 * Waits until the app runs: `load`, then the app's module script (which the boot script adds only
 * after the first view has painted, see src/site-generator/inline-scripts/boot.ts) fetched, then
 * the main thread idle, so hydration and its effects are done. On an article page it then waits
 * for the sign that hydration has happened (the print address made absolute, see PrintUrl.tsx),
 * and on every page for React's mark on the hydrated container: on a busy machine the idle
 * callback's timeout can come first, and a tap before hydration does nothing.
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForFunction(
    () => {
      const script = document.querySelector<HTMLScriptElement>('script[type="module"][src]');
      return script !== null && performance.getEntriesByName(script.src).length > 0;
    },
    undefined,
    { timeout: 10_000 },
  );
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        requestIdleCallback(() => resolve(), { timeout: 2000 });
      }),
  );
  await page.waitForFunction(
    () => {
      const printUrl = document.querySelector('.print-url');
      return !printUrl || (printUrl.textContent ?? '').includes(location.origin);
    },
    undefined,
    { timeout: 10_000 },
  );
  // Any page (a front has no print address): React marks the container it hydrates
  // (`__reactContainer$…`, react-dom 19). From then on a click is the app's: React hydrates the
  // clicked part first (https://react.dev/reference/react-dom/client/hydrateRoot).
  await page.waitForFunction(
    () => {
      const root = document.getElementById('root');
      return root !== null && Object.keys(root).some((key) => key.startsWith('__reactContainer$'));
    },
    undefined,
    { timeout: 10_000 },
  );
}

export function decodeHtmlEntities(html: string): string {
  return html
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The HTML the server sends for a path, with entities decoded and React's text separators gone. */
export async function serverHtml(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path);
  expect(response.status(), `GET ${path}`).toBe(200);
  return decodeHtmlEntities((await response.text()).replaceAll('<!-- -->', ''));
}

/** The document title the server renders for a path. */
export async function serverTitle(request: APIRequestContext, path: string): Promise<string> {
  const title = /<title>([^<]*)<\/title>/.exec(await serverHtml(request, path))?.[1];
  if (title === undefined) throw new Error(`${path} has no <title>`);
  return title;
}

/** Fails if the page scrolls sideways at its current viewport size. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const size = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
    innerWidth: window.innerWidth,
  }));
  const where = `${page.url()} at ${page.viewportSize()?.width ?? '?'} px: ${JSON.stringify(size)}`;
  expect(size.scrollWidth, where).toBeLessThanOrEqual(size.innerWidth);
  // A phone zooms out to fit wide content, which widens innerWidth too; clientWidth stays put.
  expect(size.scrollWidth, where).toBeLessThanOrEqual(size.clientWidth);
}

/** Sum of all layout shifts so far (buffered), in CLS units. */
export async function cumulativeLayoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        const observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            const shift = entry as PerformanceEntry & { value: number; hadRecentInput: boolean };
            if (!shift.hadRecentInput) total += shift.value;
          }
        });
        observer.observe({ type: 'layout-shift', buffered: true });
        // Buffered entries are delivered in a task of their own; give it time to run.
        setTimeout(() => {
          observer.disconnect();
          resolve(total);
        }, 200);
      }),
  );
}

/** What a reader sees of the language at one moment: the address, `<html lang>`, title, h1. */
export interface ShownState {
  path: string;
  lang: string;
  title: string;
  h1: string;
}

interface Sample extends ShownState {
  time: number;
}

interface SamplingWindow {
  __shownStates?: Sample[];
}

/**
 * Records the shown state at every animation frame and every DOM change from now on, so a test
 * can tell whether the address and the article ever disagreed, and for how long.
 */
export async function startRecordingShownState(page: Page): Promise<void> {
  await page.evaluate(() => {
    const samples: Sample[] = [];
    (window as SamplingWindow).__shownStates = samples;
    const record = () =>
      samples.push({
        time: performance.now(),
        path: location.pathname,
        lang: document.documentElement.lang,
        title: document.title,
        h1: document.querySelector('h1')?.textContent ?? '',
      });
    const everyFrame = () => {
      record();
      requestAnimationFrame(everyFrame);
    };
    record();
    requestAnimationFrame(everyFrame);
    new MutationObserver(record).observe(document, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['lang'],
    });
  });
}

export interface Disagreement {
  /** How long the longest stretch of disagreement lasted, in milliseconds. */
  longestMs: number;
  /** The first state that disagreed with its address, for the failure message. */
  example?: Sample;
}

/**
 * Compares each recorded state with what its address should show (`expected` by path) and returns
 * the longest time the two disagreed: an address of one language with the other's article.
 */
export async function longestDisagreement(
  page: Page,
  expected: Record<string, Omit<ShownState, 'path'>>,
): Promise<Disagreement> {
  const samples = await page.evaluate(() => (window as SamplingWindow).__shownStates ?? []);
  const agrees = (sample: Sample) => {
    const want = expected[sample.path];
    if (!want) throw new Error(`Recorded an unexpected address ${sample.path}`);
    return sample.lang === want.lang && sample.title === want.title && sample.h1 === want.h1;
  };
  let longestMs = 0;
  let example: Sample | undefined;
  let since: number | undefined;
  for (const sample of samples) {
    if (!agrees(sample)) {
      example ??= sample;
      since ??= sample.time;
    } else if (since !== undefined) {
      longestMs = Math.max(longestMs, sample.time - since);
      since = undefined;
    }
  }
  // Still disagreeing when the recording was read: it never caught up.
  if (since !== undefined) longestMs = Number.POSITIVE_INFINITY;
  return { longestMs, example };
}
