/**
 * Snapshot of what the built site contains, taken once at start-up.
 *
 * `dist/` is immutable after `vite build`, so a snapshot is accurate, makes
 * lookups free, and means only files that were really built can ever be
 * served: whatever the URL decoding does, nothing outside the snapshot is read.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { EntryKind, Lookup } from './resolve.ts';

/**
 * Walks `dir` recursively. Symlinks and special files are skipped on purpose:
 * a link could point outside the site, and the build never produces them.
 */
export function indexSite(dir: string): Lookup {
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    throw new Error(`Site directory not found: ${dir} (run \`npm run build\` first)`);
  }
  const entries = new Map<string, EntryKind>([['', 'directory']]);
  const pending = [''];
  for (let current = pending.pop(); current !== undefined; current = pending.pop()) {
    for (const entry of readdirSync(join(dir, current), { withFileTypes: true })) {
      const relativePath = current === '' ? entry.name : `${current}/${entry.name}`;
      if (entry.isDirectory()) {
        entries.set(relativePath, 'directory');
        pending.push(relativePath);
      } else if (entry.isFile()) {
        entries.set(relativePath, 'file');
      }
    }
  }
  return (relativePath) => entries.get(relativePath);
}
