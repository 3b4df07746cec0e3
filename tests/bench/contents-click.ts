import type { Browser } from 'playwright-core';
import { openSettled } from './browser.ts';

// From a click on the last entry of the desktop contents (1280×800) to that section's heading
// painted at the top. Reduced motion is emulated, so the app jumps instead of scrolling smoothly:
// the figure is the app's own work (state update, render, scroll), not an animation's length.

export interface ClickSample {
  ms: number;
  heading: string;
}

function clickLastEntry(): Promise<ClickSample> {
  const nameOf = (nav: Element) => {
    const labelledBy = nav.getAttribute('aria-labelledby');
    const label = labelledBy ? document.getElementById(labelledBy)?.textContent : null;
    return (label ?? nav.getAttribute('aria-label') ?? '').trim();
  };
  const nav = [...document.querySelectorAll('nav')].find(
    (candidate) =>
      /^(Inhalt|Contents)$/.test(nameOf(candidate)) &&
      candidate.checkVisibility() &&
      candidate.querySelector('a[href]'),
  );
  const links = nav ? [...nav.querySelectorAll<HTMLAnchorElement>('a[href]')] : [];
  const link = links[links.length - 1];
  if (!link) throw new Error('no visible contents nav named "Inhalt"/"Contents" with links');
  const linkText = (link.textContent ?? '').trim();
  // The section's heading: the longest heading text the entry starts with (entries add minutes).
  const heading = [...document.querySelectorAll('main h2, main h3')]
    .filter((h) => !h.closest('nav') && (h.textContent ?? '').trim() !== '')
    .filter((h) => linkText.startsWith((h.textContent ?? '').trim()))
    .sort((a, b) => (b.textContent ?? '').length - (a.textContent ?? '').length)[0];
  if (!heading) throw new Error(`no heading matches the contents entry "${linkText}"`);
  const padding = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('the section did not reach the top in 5 s')),
      5000,
    );
    const t0 = performance.now();
    const atTop = () => {
      const { top } = heading.getBoundingClientRect();
      const root = document.documentElement;
      const atBottom = scrollY + innerHeight >= root.scrollHeight - 1;
      return (top >= -1 && top <= padding + 120) || (atBottom && top >= 0 && top < innerHeight);
    };
    const frame = () => {
      if (!atTop()) return void requestAnimationFrame(frame);
      requestAnimationFrame(() => {
        clearTimeout(timer);
        resolve({ ms: performance.now() - t0, heading: (heading.textContent ?? '').trim() });
      });
    };
    link.click();
    requestAnimationFrame(frame);
  });
}

export async function measureContentsClick(
  browser: Browser,
  url: string,
  clicks: number,
): Promise<ClickSample[]> {
  const page = await openSettled(browser, url);
  try {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const samples: ClickSample[] = [];
    for (let i = 0; i < clicks; i++) {
      samples.push(await page.evaluate(clickLastEntry));
      // Back to the top (the address follows quietly), then click again.
      await page.evaluate(() => scrollTo({ top: 0, behavior: 'instant' }));
      await page.waitForTimeout(400);
    }
    return samples;
  } finally {
    await page.close();
  }
}
