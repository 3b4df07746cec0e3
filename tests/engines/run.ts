import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { launchPuppeteer } from './puppeteer-driver';
import { launchWebKit } from './webkit-driver';
import type { EngineDriver } from './driver';
import {
  engineNames,
  findChromium,
  findFirefox,
  findWebKit,
  type EngineName,
} from './find-engines';
import { journeysFor, offlineJourney, type OfflineSupport } from './journeys';

// The cross-engine journeys: `npm run test:engines` (or `tsx tests/engines/run.ts firefox webkit`
// for some). Serves the built site with the project's own server on E2E_PORT, as the Playwright
// suite does, and runs every journey in both languages in Chromium, Firefox and WebKit.

const root = path.join(import.meta.dirname, '..', '..');
const host = '127.0.0.1';
const portText = process.env.E2E_PORT ?? '4391';
if (!/^\d+$/.test(portText)) throw new Error(`E2E_PORT must be a port number, not ${portText}`);
const origin = `http://${host}:${portText}`;
const viewport = { width: 1280, height: 800 };

/**
 * Whether each engine runs the offline journey's service worker here, measured rather than
 * assumed: all three do on http://127.0.0.1 (loopback counts as a secure context, Secure
 * Contexts §3.1 "potentially trustworthy origin"), WebKitGTK 2.50 included. An engine that
 * cannot is listed as { unsupported: why }, and the journey then proves that it cannot.
 */
const serviceWorkers: Record<EngineName, OfflineSupport> = {
  chromium: 'supported',
  firefox: 'supported',
  webkit: 'supported',
};

async function launch(engine: EngineName): Promise<EngineDriver> {
  switch (engine) {
    case 'chromium':
      return launchPuppeteer('chrome', findChromium(), viewport);
    case 'firefox':
      return launchPuppeteer('firefox', findFirefox(), viewport);
    case 'webkit':
      return launchWebKit(findWebKit(), viewport);
  }
}

/** The project's server on loopback; resolves once it says it listens. */
function startServer(): Promise<ChildProcess> {
  // tsx as a loader in this one process (not its CLI, which runs a second one), so that stopping
  // the server is one signal to one process.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/serve.ts'], {
    cwd: root,
    env: { ...process.env, PORT: portText, HOST: host },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Reader running at')) resolve(child);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`The server exited (${code}): ${output}`)));
  });
}

function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

interface Outcome {
  engine: string;
  journey: string;
  ms: number;
  error?: string;
  note?: string;
}

async function runEngine(engine: EngineName, outcomes: Outcome[]): Promise<void> {
  const server = await startServer();
  const started = Date.now();
  let driver: EngineDriver;
  try {
    driver = await launch(engine);
  } catch (error) {
    await stopServer(server);
    outcomes.push({ engine, journey: 'start', ms: Date.now() - started, error: String(error) });
    return;
  }
  console.log(`${engine}: ${driver.label} (started in ${Date.now() - started} ms)`);
  const record = async (journey: string, run: () => Promise<unknown>) => {
    const begun = Date.now();
    try {
      const result = await run();
      const note = typeof result === 'string' ? result : undefined;
      outcomes.push({ engine, journey, ms: Date.now() - begun, note });
      console.log(`  ✓ ${journey} (${Date.now() - begun} ms)${note ? ` — ${note}` : ''}`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      outcomes.push({ engine, journey, ms: Date.now() - begun, error: message });
      console.log(`  ✗ ${journey} (${Date.now() - begun} ms)\n      ${message}`);
    }
  };
  try {
    for (const lang of ['de', 'en'] as const) {
      for (const journey of journeysFor(lang)) {
        await record(`${lang}: ${journey.name}`, () => journey.run({ driver, origin }));
      }
    }
    await record(offlineJourney.name, () =>
      offlineJourney.run({
        driver,
        origin,
        expected: serviceWorkers[engine],
        goOffline: () => stopServer(server),
      }),
    );
  } finally {
    await driver.close().catch(() => undefined);
    await stopServer(server);
  }
}

async function main(): Promise<void> {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((name) => !engineNames.includes(name as EngineName));
  if (unknown.length > 0) throw new Error(`Unknown engine(s) ${unknown.join(', ')}`);
  const engines = asked.length > 0 ? (asked as EngineName[]) : engineNames;
  const outcomes: Outcome[] = [];
  const started = Date.now();
  for (const engine of engines) await runEngine(engine, outcomes);
  const failed = outcomes.filter((outcome) => outcome.error !== undefined);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `\n${outcomes.length - failed.length} passed, ${failed.length} failed, ${engines.join(', ')}, ${seconds} s`,
  );
  for (const { engine, journey, error } of failed) console.log(`  ${engine}: ${journey}: ${error}`);
  if (failed.length > 0) process.exitCode = 1;
}

await main();
