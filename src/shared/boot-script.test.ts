import { afterEach, describe, expect, it, vi } from 'vitest';
import { bootScript } from './boot-script';

function runBoot() {
  // The script runs as the browser would run it: as source text, not as an imported module.
  new Function(bootScript)();
}

afterEach(() => {
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

  it('loads the app named by <meta name="app-entry"> only after the page is painted or loaded', async () => {
    const meta = document.createElement('meta');
    meta.name = 'app-entry';
    meta.content = '/assets/index-abc.js';
    document.head.append(meta);
    runBoot();
    const loaded = () =>
      document.head.querySelector('script[type="module"][src="/assets/index-abc.js"]');
    expect(loaded()).toBeNull();
    // jsdom paints nothing, so the load event is what releases it here.
    window.dispatchEvent(new Event('load'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(loaded()).not.toBeNull();
    document.head.querySelectorAll('script[type="module"]').forEach((script) => script.remove());
    meta.remove();
  });
});
