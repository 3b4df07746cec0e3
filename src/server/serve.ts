/**
 * CLI entry for `npm start`: `tsx src/server/serve.ts [--dir dist]`.
 *
 * This file only wires process concerns (argv, env, stdout, signals); nothing
 * imports it, so importing the server modules never starts a server.
 */
import { parseServeOptions } from './cli-options.ts';
import { startReaderServer } from './server.ts';

/** How long in-flight responses may take after SIGINT/SIGTERM before sockets are cut. */
const shutdownGraceMs = 3000;

try {
  const { server, url } = await startReaderServer(
    parseServeOptions(process.argv.slice(2), process.env),
  );
  // Exactly one line: scripts and e2e runners wait for it to know the server is up.
  console.log(`Reader running at ${url}`);

  const shutdown = () => {
    // Stops accepting and (Node ≥ 19) drops idle keep-alive sockets; responses in
    // flight may finish, but a stuck client must not keep the process alive.
    server.close();
    setTimeout(() => server.closeAllConnections(), shutdownGraceMs).unref();
  };
  // `once`: a second Ctrl+C falls back to Node's default and exits immediately.
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
