import { afterEach, describe, expect, it, vi } from 'vitest';
import { linkManifest, registerServiceWorker } from './register-service-worker';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('registerServiceWorker', () => {
  it('does nothing outside production builds', () => {
    const register = vi.fn();
    vi.stubGlobal('navigator', { ...navigator, serviceWorker: { register } });
    vi.useFakeTimers();
    registerServiceWorker();
    vi.runAllTimers();
    expect(register).not.toHaveBeenCalled();
  });
});

describe('linkManifest', () => {
  afterEach(() =>
    document.head.querySelectorAll('link[rel="manifest"]').forEach((l) => l.remove()),
  );

  it('links the web app manifest once, however often it is called', () => {
    linkManifest();
    linkManifest();
    const links = document.head.querySelectorAll('link[rel="manifest"]');
    expect(links).toHaveLength(1);
    expect(links[0]?.getAttribute('href')).toBe('/manifest.webmanifest');
  });
});
