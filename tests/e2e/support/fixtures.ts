import {
  test as base,
  expect,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from '@playwright/test';

// Every test fails on a console error or warning, or an uncaught exception, in any page it opened:
// React reports hydration mismatches that way, and a reader's page should be silent. A test that
// expects a message (a 404 document makes Chromium log a failed resource) says so explicitly.

/** A substring or RegExp of the message text, or a predicate over the whole entry. */
export type ConsolePattern = string | RegExp | ((entry: ConsoleEntry) => boolean);

export interface ConsoleEntry {
  kind: 'error' | 'warning' | 'assert' | 'pageerror';
  text: string;
  /** Where it came from: the script or document URL, if Chromium says. */
  url: string;
}

export interface ConsoleGuard {
  /** Lets this test pass although messages matching these appear. */
  allow(...patterns: ConsolePattern[]): void;
  /** Everything collected so far, allowed or not. */
  readonly entries: readonly ConsoleEntry[];
  /** Watches the pages of a context the test created itself (`openPage` does this already). */
  watch(context: BrowserContext): void;
}

export type ReaderPageOptions = Pick<
  BrowserContextOptions,
  'locale' | 'javaScriptEnabled' | 'viewport' | 'colorScheme' | 'reducedMotion'
>;

interface ReaderFixtures {
  /** Expected console messages for every test in scope: `test.use({ allowedConsoleMessages })`. */
  allowedConsoleMessages: ConsolePattern[];
  consoleGuard: ConsoleGuard;
  /**
   * Opens a page in a fresh context with the project's device settings plus these options (e.g. a
   * browser `locale`), watched like the default `page`; closed when the test ends.
   */
  openPage: (options?: ReaderPageOptions) => Promise<Page>;
}

/**
 * What Chromium logs when the main document itself is answered with 404 (the not-found page), as
 * an allowance for exactly that document: a missing script or image would still fail the test.
 */
export function notFoundDocument(path: string): ConsolePattern {
  return (entry) =>
    entry.kind === 'error' &&
    entry.text ===
      'Failed to load resource: the server responded with a status of 404 (Not Found)' &&
    entry.url !== '' &&
    new URL(entry.url).pathname === path;
}

function matches(entry: ConsoleEntry, pattern: ConsolePattern): boolean {
  if (typeof pattern === 'string') return entry.text.includes(pattern);
  if (pattern instanceof RegExp) return pattern.test(entry.text);
  return pattern(entry);
}

function describeEntry(entry: ConsoleEntry): string {
  return `  [${entry.kind}] ${entry.text}${entry.url ? `\n      at ${entry.url}` : ''}`;
}

export const test = base.extend<ReaderFixtures>({
  allowedConsoleMessages: [[], { option: true }],

  consoleGuard: [
    async ({ context, allowedConsoleMessages }, use) => {
      const entries: ConsoleEntry[] = [];
      const allowed = [...allowedConsoleMessages];
      const watched = new WeakSet<Page>();

      const watchPage = (page: Page) => {
        if (watched.has(page)) return;
        watched.add(page);
        page.on('console', (message) => {
          const kind = message.type();
          if (kind === 'error' || kind === 'warning' || kind === 'assert') {
            entries.push({ kind, text: message.text(), url: message.location().url });
          }
        });
        page.on('pageerror', (error) => {
          entries.push({ kind: 'pageerror', text: error.stack ?? error.message, url: page.url() });
        });
      };
      const guard: ConsoleGuard = {
        allow: (...patterns) => void allowed.push(...patterns),
        entries,
        watch: (ctx) => {
          ctx.pages().forEach(watchPage);
          ctx.on('page', watchPage);
        },
      };
      guard.watch(context);
      await use(guard);

      const unexpected = entries.filter((entry) => !allowed.some((p) => matches(entry, p)));
      if (unexpected.length > 0) {
        throw new Error(
          `The page logged ${unexpected.length} unexpected console error(s)/warning(s) or threw:\n` +
            unexpected.map(describeEntry).join('\n'),
        );
      }
    },
    { auto: true },
  ],

  openPage: async (
    { browser, consoleGuard, baseURL, viewport, isMobile, hasTouch, deviceScaleFactor },
    use,
  ) => {
    const contexts: BrowserContext[] = [];
    await use(async (options = {}) => {
      const context = await browser.newContext({
        baseURL,
        viewport,
        isMobile,
        hasTouch,
        deviceScaleFactor,
        ...options,
      });
      contexts.push(context);
      consoleGuard.watch(context);
      return context.newPage();
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
});

export { expect };
