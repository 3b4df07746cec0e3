import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import path from 'node:path';

// Builds the site into a folder of its own (never dist/, which other tools serve), mirroring the
// three steps of `npm run build`: client bundle, SSR bundle, prerender.

const require = createRequire(import.meta.url);
const viteBin = path.join(path.dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');

/** Runs a child quietly; its output is shown only if it fails. */
function run(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${args.join(' ')} failed (${signal ?? code}):\n${output}`));
    });
  });
}

export interface SiteBuild {
  /** The prerendered site. */
  outDir: string;
  /** Absolute origin written into canonical links, sitemap and the like. */
  origin: string;
  /** Content folder to build from (READER_CONTENT_DIR); default the real `src/content`. */
  contentDir?: string;
}

export async function buildSite({ outDir, origin, contentDir }: SiteBuild): Promise<void> {
  const serverDir = `${outDir}-server`;
  const env = {
    ...process.env,
    SITE_URL: origin,
    ...(contentDir ? { READER_CONTENT_DIR: contentDir } : {}),
  };
  await run([viteBin, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], env);
  await run([viteBin, 'build', '--ssr', 'src/entry-server.tsx', '--outDir', serverDir], env);
  await run(
    ['--import', 'tsx', 'src/site-generator/prerender.ts', '--dist', outDir, '--server', serverDir],
    env,
  );
}

/**
 * A port that is free now. The site is built for its origin before the server can start (the
 * server indexes the folder when it starts), so the port is chosen first.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
