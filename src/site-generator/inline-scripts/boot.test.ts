import { afterEach, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import { bootFallbackMs } from './boot';

// The compiled, minified text the pages carry (compiled in tests/setup/inline-scripts.ts by the
// build's own compiler): the tests run what ships.
const bootScript = inject('inlineScripts').boot;

// Listeners each run adds to window, removed after each test so one test's `load` cannot start
// another test's boot.
const listeners: [string, EventListenerOrEventListenerObject][] = [];

function runBoot() {
  const add = window.addEventListener.bind(window);
  const spy = vi
    .spyOn(window, 'addEventListener')
    .mockImplementation((type: string, listener: EventListenerOrEventListenerObject) => {
      listeners.push([type, listener]);
      add(type, listener);
    });
  // The script runs as the browser would run it: as source text, not as an imported module.
  new Function(bootScript)();
  spy.mockRestore();
}

afterEach(() => {
  for (const [type, listener] of listeners.splice(0)) window.removeEventListener(type, listener);
  localStorage.clear();
  document.documentElement.removeAttribute('data-theme');
  document.documentElement.removeAttribute('data-text-size');
  vi.restoreAllMocks();
});

describe('the boot script', () => {
  it('applies a stored theme and text size', () => {
    localStorage.setItem('reader.theme', 'sepia');
    localStorage.setItem('reader.textSize', 'xl');
    runBoot();
    expect(document.documentElement.dataset.theme).toBe('sepia');
    expect(document.documentElement.dataset.textSize).toBe('xl');
  });

  it('leaves the system theme and default size unmarked', () => {
    localStorage.setItem('reader.theme', 'system');
    localStorage.setItem('reader.textSize', 'm');
    runBoot();
    expect(document.documentElement).not.toHaveAttribute('data-theme');
    expect(document.documentElement).not.toHaveAttribute('data-text-size');
  });

  it('ignores tampered values', () => {
    localStorage.setItem('reader.theme', '"><script>');
    localStorage.setItem('reader.textSize', 'huge');
    runBoot();
    expect(document.documentElement).not.toHaveAttribute('data-theme');
    expect(document.documentElement).not.toHaveAttribute('data-text-size');
  });

  it('does not throw when storage does', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(runBoot).not.toThrow();
  });

  describe('loading the app', () => {
    const entry = '/assets/index-abc.js';
    const loaded = () => document.head.querySelector(`script[type="module"][src="${entry}"]`);
    // Fake timers and frames: real ones made these tests depend on how busy the machine was.
    const settle = () => vi.advanceTimersByTimeAsync(100);
    let meta: HTMLMetaElement;

    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] });
      meta = document.createElement('meta');
      meta.name = 'app-entry';
      meta.content = entry;
      document.head.append(meta);
    });
    afterEach(() => {
      document.head.querySelectorAll('script[type="module"]').forEach((script) => script.remove());
      meta.remove();
      vi.unstubAllGlobals();
      vi.useRealTimers();
    });

    /** A PerformanceObserver that supports paint timing and reports paints when told to. */
    function stubPaintTiming() {
      const observers: ((names: string[]) => void)[] = [];
      class FakeObserver {
        static supportedEntryTypes = ['paint', 'mark'];
        constructor(callback: (list: { getEntriesByName: (n: string) => unknown[] }) => void) {
          observers.push((names) =>
            callback({ getEntriesByName: (name) => names.filter((n) => n === name) }),
          );
        }
        observe() {}
        disconnect() {}
      }
      vi.stubGlobal('PerformanceObserver', FakeObserver);
      return (name: string) => observers.forEach((notify) => notify([name]));
    }

    /** The first view's image (fetchpriority="high"), decoding as `decode` says. */
    function priorityImage(decode: () => Promise<void>): HTMLImageElement {
      const image = document.createElement('img');
      image.setAttribute('fetchpriority', 'high');
      image.decode = decode;
      document.body.append(image);
      return image;
    }

    /** Boots, fires `load`, and expects the app just after the fallback delay, not before. */
    async function expectStartAtFallback(): Promise<void> {
      vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] });
      try {
        runBoot();
        window.dispatchEvent(new Event('load'));
        await vi.advanceTimersByTimeAsync(bootFallbackMs - 100);
        expect(loaded()).toBeNull();
        await vi.advanceTimersByTimeAsync(200);
        expect(loaded()).not.toBeNull();
      } finally {
        vi.useRealTimers();
      }
    }

    it('waits for both the first contentful paint and the load event', async () => {
      const paint = stubPaintTiming();
      runBoot();
      window.dispatchEvent(new Event('load'));
      await settle();
      // Loaded but not painted (headless Chromium does this): still waiting.
      expect(loaded()).toBeNull();
      paint('first-paint');
      await settle();
      expect(loaded()).toBeNull();
      paint('first-contentful-paint');
      await settle();
      expect(loaded()).not.toBeNull();
    });

    it('does not start on the first paint while the page is still loading', async () => {
      const paint = stubPaintTiming();
      runBoot();
      paint('first-contentful-paint');
      await settle();
      expect(loaded()).toBeNull();
      window.dispatchEvent(new Event('load'));
      await settle();
      expect(document.head.querySelectorAll(`script[src="${entry}"]`)).toHaveLength(1);
    });

    it("sends the page's data preloads with the app, not before the first view has painted", async () => {
      const paint = stubPaintTiming();
      const template = document.createElement('template');
      template.id = 'app-preloads';
      template.innerHTML = '<link rel="modulepreload" href="/assets/de-a.js">';
      document.head.append(template);
      const preloads = () => document.head.querySelectorAll(':scope > link[rel="modulepreload"]');
      try {
        runBoot();
        window.dispatchEvent(new Event('load'));
        await settle();
        expect(preloads()).toHaveLength(0);
        paint('first-contentful-paint');
        await settle();
        expect([...preloads()].map((link) => link.getAttribute('href'))).toEqual([
          '/assets/de-a.js',
        ]);
        // Before the entry, so the data's requests start first.
        expect(preloads()[0]?.compareDocumentPosition(loaded() as Node)).toBe(
          Node.DOCUMENT_POSITION_FOLLOWING,
        );
      } finally {
        template.remove();
        preloads().forEach((link) => link.remove());
      }
    });

    it('waits for the first view’s image to be decoded', async () => {
      vi.stubGlobal('PerformanceObserver', undefined);
      let decoded = () => {};
      const image = priorityImage(() => new Promise<void>((resolve) => (decoded = resolve)));
      try {
        runBoot();
        window.dispatchEvent(new Event('load'));
        await settle();
        expect(loaded()).toBeNull();
        decoded();
        await settle();
        expect(loaded()).not.toBeNull();
      } finally {
        image.remove();
      }
    });

    it('starts anyway a few seconds after load if the paint is never reported', async () => {
      stubPaintTiming();
      await expectStartAtFallback();
    });

    it('starts anyway if the first view’s image never decodes', async () => {
      vi.stubGlobal('PerformanceObserver', undefined);
      const image = priorityImage(() => new Promise<void>(() => {}));
      try {
        await expectStartAtFallback();
      } finally {
        image.remove();
      }
    });

    it('waits for the load event alone where paint timing is missing', async () => {
      vi.stubGlobal('PerformanceObserver', undefined);
      runBoot();
      await settle();
      expect(loaded()).toBeNull();
      window.dispatchEvent(new Event('load'));
      await settle();
      expect(loaded()).not.toBeNull();
    });
  });
});
