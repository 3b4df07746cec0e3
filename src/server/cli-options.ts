/**
 * Command-line and environment options for `serve.ts`, parsed without side
 * effects so they can be tested. Flags win over environment variables.
 */

export interface ServeOptions {
  dir: string;
  host: string;
  port: number;
}

export const serveUsage =
  'Usage: tsx src/server/serve.ts [--dir <built site>]   (env: DIST_DIR, HOST, PORT)';

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value.trim()) || port > 65535) {
    throw new Error(`Invalid PORT ${JSON.stringify(value)}: expected an integer 0–65535`);
  }
  return port;
}

export function parseServeOptions(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): ServeOptions {
  let dir = env.DIST_DIR || 'dist';
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (arg.startsWith('--dir=')) {
      dir = arg.slice('--dir='.length);
    } else if (arg === '--dir') {
      const value = argv[index + 1];
      if (value === undefined || value.startsWith('--')) throw new Error('--dir needs a value');
      dir = value;
      index += 1;
    } else {
      throw new Error(`Unknown argument ${JSON.stringify(arg)}\n${serveUsage}`);
    }
  }
  if (dir === '') throw new Error('--dir must not be empty');
  return {
    dir,
    host: env.HOST || '127.0.0.1',
    port: env.PORT === undefined || env.PORT === '' ? 4173 : parsePort(env.PORT),
  };
}
