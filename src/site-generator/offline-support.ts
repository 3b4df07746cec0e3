import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { writeAppIcons } from './app-icons';
import { publisherLogoIcon } from './publisher-logo';
import { buildServiceWorker } from './service-worker';
import { appleTouchIcon, manifestFile, manifestIcons, webAppManifest } from './web-app-manifest';

/**
 * The last build step, after prerendering: icons, the web app manifest and then the service
 * worker, which precaches the finished site (so it must run once every page and icon exists).
 */
export async function buildOfflineSupport(
  distDir: string,
  /** Built files the precache leaves out (`offline-set.ts`): older articles of a large site. */
  leftOut: readonly string[] = [],
): Promise<void> {
  // The publisher logo is not for offline use, but it is drawn from the same icon, so here.
  await writeAppIcons(distDir, [...manifestIcons, appleTouchIcon, publisherLogoIcon]);
  await writeFile(
    path.join(distDir, manifestFile),
    `${JSON.stringify(webAppManifest(), null, 2)}\n`,
  );
  const { count, size, warnings } = await buildServiceWorker(distDir, leftOut);
  for (const warning of warnings) console.warn(`service worker: ${warning}`);
  const left = leftOut.length > 0 ? ` (${leftOut.length} files of older articles left out)` : '';
  console.log(`service worker precaches ${count} files, ${(size / 1024).toFixed(1)} KiB${left}`);
}
