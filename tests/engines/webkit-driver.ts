import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { Builder, Capabilities, Key, type WebDriver } from 'selenium-webdriver';
import { pageFunctionSource, type EngineDriver } from './driver';

/** A free loopback port, for the WebDriver service (the suite's own port stays the site's). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/** Starts Xvfb on a display it picks itself (-displayfd), so parallel runs never collide. */
function startXvfb(xvfb: string): Promise<{ display: string; process: ChildProcess }> {
  const child = spawn(
    xvfb,
    ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
    {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let written = '';
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdio[3]?.on('data', (chunk: Buffer) => {
      written += chunk.toString();
      if (written.includes('\n')) resolve({ display: `:${written.trim()}`, process: child });
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${stderr.trim()}`)));
  });
}

async function waitForService(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(`${url}/status`)).ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > until) throw new Error(`WebKitWebDriver did not answer at ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export interface WebKitPaths {
  webDriver: string;
  miniBrowser: string;
  xvfb: string;
}

/**
 * WebKit: WebKitGTK's MiniBrowser, driven by WebKitWebDriver (Debian's webkit2gtk-driver) through
 * Selenium. The MiniBrowser has no headless mode, so it runs in a virtual X display; it must be
 * started with --automation to accept a WebDriver session.
 */
export async function launchWebKit(
  paths: WebKitPaths,
  viewport: { width: number; height: number },
): Promise<EngineDriver> {
  const xvfb = await startXvfb(paths.xvfb);
  const children: ChildProcess[] = [xvfb.process];
  const stop = () => {
    for (const child of children.reverse()) child.kill('SIGTERM');
  };
  try {
    const port = await freePort();
    const service = spawn(paths.webDriver, [`--port=${port}`, '--host=127.0.0.1'], {
      env: { ...process.env, DISPLAY: xvfb.display },
      stdio: 'ignore',
    });
    children.push(service);
    const url = `http://127.0.0.1:${port}`;
    await waitForService(url, 10_000);
    const driver: WebDriver = await new Builder()
      .usingServer(url)
      .withCapabilities(
        new Capabilities({
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary: paths.miniBrowser, args: ['--automation'] },
        }),
      )
      .build();
    // The window's outer size; the page's viewport is that less the MiniBrowser's toolbar.
    await driver.manage().window().setRect({ width: viewport.width, height: viewport.height });
    const version = String((await driver.getCapabilities()).get('browserVersion') ?? '');
    return {
      label: `WebKitGTK MiniBrowser ${version}`,
      async goto(target) {
        // WebDriver's Navigate To returns once the page has loaded (page load strategy "normal").
        await driver.get(target);
      },
      evaluate(fn, ...args) {
        // WebDriver's Execute Script awaits a returned promise.
        return driver.executeScript(
          `return ${pageFunctionSource(fn)}.apply(null, arguments)`,
          ...args,
        );
      },
      async click(selector) {
        await driver.findElement({ css: selector }).click();
      },
      async press(key) {
        const actions = driver.actions();
        if (key === 'Shift+Tab') {
          await actions.keyDown(Key.SHIFT).sendKeys(Key.TAB).keyUp(Key.SHIFT).perform();
        } else {
          await actions.sendKeys(key === 'Tab' ? Key.TAB : Key.ENTER).perform();
        }
      },
      async back() {
        await driver.executeScript(() => history.back());
      },
      async close() {
        try {
          await driver.quit();
        } finally {
          stop();
        }
      },
    };
  } catch (error) {
    stop();
    throw error;
  }
}
