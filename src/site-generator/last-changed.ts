import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * When an article's content last changed, for its feed entry's `updated` (the content has no date
 * of its own, and none may be invented): the commit time of the last commit touching its content
 * folder, so every build of one commit writes the same feed. Outside a git checkout (a source
 * tarball) or for uncommitted content, the newest modification time of the folder's files:
 * reproducible for one unpacked tree, and still "when it last changed".
 */
export function contentLastChanged(folder: string): Date {
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%cI', '--', folder], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    if (out !== '') return new Date(out);
  } catch {
    // No git, or not a checkout: the fallback below.
  }
  const times = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  return new Date(Math.floor(Math.max(0, ...times) / 1000) * 1000);
}
