import type { Browser } from 'playwright-core';
import { openSettled, settle } from './browser.ts';

// From a click on the header's language toggle to the other language's text on screen. The
// click is dispatched inside the page right after t0 is taken, so no CDP round trip is counted;
// "on screen" is the h1 changed, then a requestAnimationFrame and the frame after it (the frame
// that showed the change has been produced by then).

export interface SwitchSample {
  from: string;
  to: string;
  ms: number;
}

function switchOnce(): Promise<SwitchSample> {
  const from = location.pathname.split('/')[1] ?? '';
  const toggle = [...document.querySelectorAll<HTMLAnchorElement>('header a[hreflang]')].find(
    (link) => link.hreflang !== from,
  );
  const before = document.querySelector('h1')?.textContent;
  if (!toggle || before === undefined) throw new Error('no language toggle or no h1 on the page');
  return new Promise((resolve, reject) => {
    let t0 = 0;
    const timer = setTimeout(() => reject(new Error('the h1 did not change within 5 s')), 5000);
    const observer = new MutationObserver(() => check());
    const check = () => {
      const now = document.querySelector('h1')?.textContent;
      if (now === undefined || now === before) return;
      observer.disconnect();
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          clearTimeout(timer);
          const to = location.pathname.split('/')[1] ?? '';
          resolve({ from, to, ms: performance.now() - t0 });
        }),
      );
    };
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    t0 = performance.now();
    toggle.click();
    check();
  });
}

/** `switches` switches from the German article, alternating de → en → de … */
export async function measureLanguageSwitch(
  browser: Browser,
  url: string,
  switches: number,
): Promise<SwitchSample[]> {
  const page = await openSettled(browser, url);
  try {
    const samples: SwitchSample[] = [];
    for (let i = 0; i < switches; i++) {
      const sample = await page.evaluate(switchOnce);
      if (sample.from === sample.to) throw new Error(`the toggle stayed in ${sample.from}`);
      samples.push(sample);
      // Let the place-keeping scroll and the address update finish before the next click.
      await page.waitForTimeout(150);
      await settle(page);
    }
    return samples;
  } finally {
    await page.close();
  }
}
