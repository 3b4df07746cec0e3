import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { settle } from './support/page-helpers';
import { articlePath } from './support/reading';

// Read aloud with the Web Speech API stubbed (headless Chromium has no voices): the page must ask
// for the edition's language and voice, read in order, mark the section, and pause and stop.

interface Spoken {
  text: string;
  lang: string;
  voice: string | null;
}

declare global {
  interface Window {
    __speech: { spoken: Spoken[]; calls: string[]; finish: () => void };
  }
}

/** A speech engine with the given voices: utterances start at once and end when the test says. */
function installSpeech(page: Page, voices: { name: string; lang: string }[]) {
  return page.addInitScript((voiceList) => {
    const spoken: Spoken[] = [];
    const calls: string[] = [];
    let queue: EventTarget[] = [];
    class Utterance extends EventTarget {
      lang = '';
      voice: { name: string } | null = null;
      rate = 1;
      pitch = 1;
      volume = 1;
      constructor(readonly text: string) {
        super();
      }
    }
    const fail = (u: EventTarget | undefined, error: string) =>
      u?.dispatchEvent(Object.assign(new Event('error'), { error }));
    const start = () => queue[0]?.dispatchEvent(new Event('start'));
    const engine = Object.assign(new EventTarget(), {
      paused: false,
      get speaking() {
        return queue.length > 0;
      },
      get pending() {
        return queue.length > 1;
      },
      getVoices: () =>
        voiceList.map((v) => ({ ...v, voiceURI: v.name, localService: true, default: false })),
      speak(u: Utterance) {
        calls.push('speak');
        spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name ?? null });
        queue.push(u);
        if (queue.length === 1) queueMicrotask(start);
      },
      cancel() {
        calls.push('cancel');
        const [head, ...rest] = queue;
        queue = [];
        fail(head, 'interrupted');
        rest.forEach((u) => fail(u, 'canceled'));
      },
      pause() {
        calls.push('pause');
        engine.paused = true;
      },
      resume() {
        calls.push('resume');
        engine.paused = false;
      },
    });
    Object.defineProperty(window, 'speechSynthesis', { value: engine, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      value: Utterance,
      configurable: true,
    });
    window.__speech = {
      spoken,
      calls,
      finish() {
        queue.shift()?.dispatchEvent(new Event('end'));
        if (queue.length > 0) start();
      },
    };
  }, voices);
}

const voices = [
  { name: 'Anna', lang: 'de-DE' },
  { name: 'Samantha', lang: 'en-US' },
];

const spoken = (page: Page) => page.evaluate(() => window.__speech.spoken);
const finish = (page: Page) => page.evaluate(() => window.__speech.finish());

test('reads the German article with a German voice, from the headline on, in order', async ({
  page,
}) => {
  await installSpeech(page, voices);
  await page.goto(articlePath.de);
  await page.getByRole('button', { name: 'Artikel vorlesen' }).click();
  await expect.poll(() => spoken(page).then((s) => s.length)).toBeGreaterThan(0);
  const [first] = await spoken(page);
  expect(first).toMatchObject({ lang: 'de-DE', voice: 'Anna' });
  expect(first?.text).toBe(await page.getByRole('heading', { level: 1 }).textContent());
  await finish(page);
  await expect.poll(() => spoken(page).then((s) => s[1]?.text)).toContain('Laut „New York Times“');
});

test('reads one section, marks it, pauses, resumes and stops', async ({ page }) => {
  await installSpeech(page, voices);
  await page.goto(articlePath.en);
  const section = page.locator('section#nuclear-plants');
  await page
    .getByRole('button', { name: 'Listen to section “Attacks on nuclear power plants”' })
    .click();
  await expect(section).toHaveAttribute('data-reading', 'true');
  await expect
    .poll(() => spoken(page).then((s) => s.map((u) => u.text)))
    .toEqual(['Attacks on nuclear power plants']);
  expect((await spoken(page))[0]).toMatchObject({ lang: 'en-US', voice: 'Samantha' });
  await finish(page);
  await expect
    .poll(() => spoken(page).then((s) => s[1]?.text))
    .toMatch(/^According to Holder, the attacks/);
  await expect(section.locator('p[data-reading="true"]')).toHaveCount(1);

  await page.getByRole('button', { name: 'Pause' }).first().click();
  await expect.poll(() => page.evaluate(() => window.__speech.calls)).toContain('pause');
  await page.getByRole('button', { name: 'Resume' }).first().click();
  await expect.poll(() => page.evaluate(() => window.__speech.calls)).toContain('resume');
  await page.getByRole('button', { name: 'Stop' }).first().click();
  await expect.poll(() => page.evaluate(() => window.__speech.calls)).toContain('cancel');
  await expect(section).not.toHaveAttribute('data-reading', 'true');
});

test('offers no listen control where the browser has no voice for the edition’s language', async ({
  page,
}) => {
  await installSpeech(page, [{ name: 'Samantha', lang: 'en-US' }]);
  await page.goto(articlePath.de);
  await settle(page);
  await expect(page.getByRole('button', { name: /vorlesen/ })).toHaveCount(0);
  // The same browser does offer it on the English page: the control is hidden, not broken.
  await page.goto(articlePath.en);
  await expect(page.getByRole('button', { name: 'Listen to the article' })).toBeVisible();
});

test('reads the editorial marker after the standfirst, and the editor’s note at the end', async ({
  page,
}) => {
  await installSpeech(page, voices);
  await page.goto(articlePath.en);
  await page.getByRole('button', { name: 'Listen to the article' }).click();
  const texts = () => spoken(page).then((s) => s.map((u) => u.text));
  await expect.poll(texts).toHaveLength(1);
  // Through to the end: each utterance ends, the next starts, until the queue is spent.
  for (let count = 1; ; count += 1) {
    await finish(page);
    await page.waitForTimeout(20);
    if ((await texts()).length === count) break;
  }
  const all = await texts();
  const markerText = await page.locator('#editorial-marker').textContent();
  expect(all[2]).toBe(markerText);
  expect(markerText).toBe('Headline and standfirst: by the editors');
  const noteText = (await page.locator('#editors-note p').textContent()) ?? '';
  expect(all.at(-1)).toBe(`Editor’s note. ${noteText}`);
  expect(noteText).toContain('are editorial additions.');
});
