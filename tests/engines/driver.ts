/**
 * The little the journeys need of a browser, so one set of journeys runs in every engine: each
 * engine's tooling (Puppeteer over CDP or WebDriver BiDi, Selenium over classic WebDriver) is
 * wrapped to this.
 */
export interface EngineDriver {
  /** The engine's name as the report shows it, with the browser's version. */
  readonly label: string;
  /** Opens the URL in the tab and resolves once its `load` event has fired. */
  goto(url: string): Promise<void>;
  /**
   * Runs `fn` in the page (serialized: it may use only its arguments and the page's globals) and
   * resolves with its result, awaited if it is a promise.
   */
  evaluate<A extends unknown[], R>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<R>;
  /** A real click (pointer events from the engine's input layer) on the element's centre. */
  click(selector: string): Promise<void>;
  /** One key, as the keyboard sends it to the focused element: 'Tab', 'Enter', 'Shift+Tab'. */
  press(key: 'Tab' | 'Shift+Tab' | 'Enter'): Promise<void>;
  /** Browser history, as the toolbar's Back button. */
  back(): Promise<void>;
  close(): Promise<void>;
}

/** Polls `fn` in the page until it returns true; fails naming `what`, with the last answer. */
export async function waitFor(
  driver: EngineDriver,
  what: string,
  fn: () => boolean | Promise<boolean>,
  { timeout = 8000 }: { timeout?: number } = {},
): Promise<void> {
  const until = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      if (await driver.evaluate(fn)) return;
      lastError = undefined;
    } catch (error) {
      // A page being replaced (a navigation) cannot answer; the next poll asks the new one.
      lastError = error;
    }
    if (Date.now() > until) {
      const why = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`Timed out after ${timeout} ms waiting until ${what}${why}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The source of `fn` as an expression that runs in a page. tsx (esbuild's keepNames) wraps named
 * inner functions in a `__name(…)` helper that exists only in this process, so the page gets a
 * do-nothing one in scope.
 */
export function pageFunctionSource(fn: (...args: never[]) => unknown): string {
  return `(function(){var __name=function(f){return f};return (${fn.toString()})})()`;
}
