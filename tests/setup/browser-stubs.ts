import { vi } from 'vitest';

// jsdom lays nothing out: it has no IntersectionObserver, ResizeObserver, matchMedia or
// scrolling. These stand-ins do nothing by themselves; tests that exercise them drive them.

export class StubIntersectionObserver implements IntersectionObserver {
  static instances: StubIntersectionObserver[] = [];
  readonly root = null;
  readonly rootMargin: string;
  readonly thresholds: readonly number[] = [0];
  readonly scrollMargin = '0px';
  readonly targets = new Set<Element>();

  constructor(
    readonly callback: IntersectionObserverCallback,
    options?: IntersectionObserverInit,
  ) {
    this.rootMargin = options?.rootMargin ?? '0px';
    StubIntersectionObserver.instances.push(this);
  }

  observe(target: Element) {
    this.targets.add(target);
  }
  unobserve(target: Element) {
    this.targets.delete(target);
  }
  disconnect() {
    this.targets.clear();
    StubIntersectionObserver.instances = StubIntersectionObserver.instances.filter(
      (o) => o !== this,
    );
  }
  takeRecords(): IntersectionObserverEntry[] {
    return [];
  }
}

export function installBrowserStubs(): void {
  vi.stubGlobal('IntersectionObserver', StubIntersectionObserver);
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
  vi.stubGlobal(
    'matchMedia',
    vi.fn((query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: vi.fn(),
      removeEventListener: vi.fn(),
      addListener: vi.fn(),
      removeListener: vi.fn(),
      dispatchEvent: vi.fn(),
    })),
  );
  Element.prototype.scrollIntoView = vi.fn();
  window.scrollTo = vi.fn() as typeof window.scrollTo;
}
