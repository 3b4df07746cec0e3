/**
 * Server construction, kept apart from the CLI so tests can start and stop
 * servers on free ports without touching process signals or stdout.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { createRequestHandler } from './handler.ts';

export interface ReaderServerOptions {
  /** The built site, e.g. `dist`; relative paths resolve against the working directory. */
  dir: string;
}

export interface StartReaderServerOptions extends ReaderServerOptions {
  host?: string;
  /** `0` lets the OS pick a free port. */
  port?: number;
}

/** Creates (but does not start) the server. Throws if `dir` is not a directory. */
export function createReaderServer({ dir }: ReaderServerOptions): Server {
  return createServer(createRequestHandler({ dir: resolve(dir) }));
}

/** `http://host:port/`, with brackets around IPv6 literals such as `::1`. */
export function formatServerUrl(host: string, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}/`;
}

/** Starts listening and resolves with the real URL (useful with `port: 0`). */
export async function startReaderServer({
  dir,
  host = '127.0.0.1',
  port = 4173,
}: StartReaderServerOptions): Promise<{ server: Server; url: string }> {
  const server = createReaderServer({ dir });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  const { port: actualPort } = server.address() as AddressInfo;
  return { server, url: formatServerUrl(host, actualPort) };
}
