// Ctrl+C (or a kill) must not leave a fixture article in src/content or a Chrome behind. Signal
// handlers can only run synchronous work reliably, so every cleanup registered here is sync.

type Cleanup = () => void;
const cleanups = new Set<Cleanup>();

/** Registers `cleanup` until the returned function is called. */
export function onInterrupt(cleanup: Cleanup): () => void {
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}

function runAll(): void {
  for (const cleanup of [...cleanups].reverse()) {
    try {
      cleanup();
    } catch (error) {
      console.error('cleanup failed:', error);
    }
  }
  cleanups.clear();
}

/** Call once, first thing, so these handlers run before any other library's. */
export function installSignalHandlers(): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: cleaning up`);
      runAll();
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
}
