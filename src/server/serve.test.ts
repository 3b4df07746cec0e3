// @vitest-environment node
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReaderServer, startReaderServer } from './server.ts';
import { createFixtureSite, pageBody } from './test-helpers.ts';

const serveScript = fileURLToPath(new URL('./serve.ts', import.meta.url));
let dir: string;

beforeAll(() => {
  dir = createFixtureSite();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI the way `tsx src/server/serve.ts` does, but without the tsx wrapper process. */
function runCli(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', serveScript, ...args], {
    env: { ...process.env, HOST: '', PORT: '', DIST_DIR: '', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = once(child, 'exit') as Promise<[number | null, string | null]>;
  return { child, exited, stdout: () => stdout, stderr: () => stderr };
}

describe('serve.ts CLI', () => {
  it('prints one line with the real port, serves, and exits cleanly on SIGTERM', async () => {
    const cli = runCli(['--dir', dir], { PORT: '0' });
    await expect.poll(cli.stdout, { timeout: 10_000 }).toMatch(/\n$/);
    const match = /^Reader running at (http:\/\/127\.0\.0\.1:[1-9]\d*\/)\n$/.exec(cli.stdout());
    expect(match).not.toBeNull();
    // fetch keeps the connection alive, so this also proves shutdown closes idle sockets.
    const response = await fetch(new URL('/de/artikel', match?.[1]));
    expect(await response.text()).toBe(pageBody('Artikel DE'));
    cli.child.kill('SIGTERM');
    expect(await cli.exited).toEqual([0, null]);
    expect(cli.stdout().split('\n')).toHaveLength(2);
  }, 20_000);

  it('fails with a clear message when the site was not built', async () => {
    const cli = runCli(['--dir', `${dir}/missing`], { PORT: '0' });
    expect((await cli.exited)[0]).toBe(1);
    expect(cli.stderr()).toContain('Site directory not found');
    expect(cli.stdout()).toBe('');
  }, 20_000);
});

describe('start-up edge cases', () => {
  it('throws for a missing directory instead of serving 404s for everything', () => {
    expect(() => createReaderServer({ dir: `${dir}/missing` })).toThrow(/Site directory not found/);
  });

  it('answers a plain 404 when the build has no not-found pages', async () => {
    const bare = createFixtureSite({ 'index.html': pageBody('Nur Start') });
    const { server, url } = await startReaderServer({ dir: bare, port: 0 });
    try {
      const response = await fetch(new URL('/en/nope', url));
      expect(response.status).toBe(404);
      expect(await response.text()).toBe('Not Found');
    } finally {
      server.close();
      rmSync(bare, { recursive: true, force: true });
    }
  });

  it('rejects when the port is taken', async () => {
    const first = await startReaderServer({ dir, port: 0 });
    const port = Number(new URL(first.url).port);
    await expect(startReaderServer({ dir, port })).rejects.toThrow(/EADDRINUSE/);
    first.server.close();
  });
});
