import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerServiceWorker } from './register-service-worker';

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
