import type { Browser } from 'playwright-core';
import { openSettled } from './browser.ts';

// Long tasks (main-thread tasks over 50 ms) while a script scrolls the whole article, step by
// step, at 1280×800. The CPU is slowed down 4×, as in Lighthouse's mobile preset: unthrottled, a
// desktop CPU hides the cost of scroll-driven work (scrollspy, address updates) that a phone pays.

export const cpuSlowdown = 4;

export interface ScrollResult {
  steps: number;
  pageHeight: number;
  ms: number;
  longTasks: number[];
}

async function scrollThrough(step: number): Promise<ScrollResult> {
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) durations.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const root = document.documentElement;
  const start = performance.now();
  let steps = 0;
  while (scrollY + innerHeight < root.scrollHeight - 1 && steps < 2000) {
    scrollBy({ top: step, behavior: 'instant' });
    steps += 1;
    await frame();
    await frame();
    await pause(50);
  }
  await pause(300);
  for (const entry of observer.takeRecords()) durations.push(entry.duration);
  observer.disconnect();
  return {
    steps,
    pageHeight: root.scrollHeight,
    ms: performance.now() - start,
    longTasks: durations,
  };
}

export async function measureScroll(browser: Browser, url: string): Promise<ScrollResult> {
  const page = await openSettled(browser, url);
  try {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    return await page.evaluate(scrollThrough, Math.round(0.8 * 800));
  } finally {
    await page.close();
  }
}
