import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSite } from '../build-site.ts';
import { onInterrupt } from '../cleanup.ts';
import { fixtureImages, longArticle, longArticleId } from './fixture.ts';

// The long article is built from a temporary article folder, since the build reads every folder
// in src/content. The folder exists only while its build runs and is removed in every case
// (error, Ctrl+C), so it can never be committed or shipped.

const contentDir = path.join('src', 'content');
export const fixtureDir = path.join(contentDir, longArticleId);

function writeFixture(): void {
  mkdirSync(path.join(fixtureDir, 'images'), { recursive: true });
  for (const lang of ['de', 'en'] as const) {
    writeFileSync(
      path.join(fixtureDir, `${lang}.json`),
      `${JSON.stringify(longArticle(lang), null, 2)}\n`,
    );
  }
  for (const image of fixtureImages) {
    copyFileSync(
      path.join(contentDir, 'us-china-cyber', 'images', `${image}.svg`),
      path.join(fixtureDir, 'images', `${image}.svg`),
    );
  }
}

/** Builds the site with the long article added, into `outDir`; src/content is left as it was. */
export async function buildLongSite(outDir: string, origin: string): Promise<void> {
  if (existsSync(fixtureDir)) {
    throw new Error(
      `${fixtureDir} already exists (left over from an interrupted run, or someone's work?). ` +
        'Check it and remove it by hand; the benchmark will not overwrite it.',
    );
  }
  const remove = () => rmSync(fixtureDir, { recursive: true, force: true });
  const unregister = onInterrupt(remove);
  try {
    writeFixture();
    await buildSite({ outDir, origin });
  } finally {
    remove();
    unregister();
  }
}
