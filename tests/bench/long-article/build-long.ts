import { copyFileSync, cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentFixture, realArticle, realContent } from '../../support/content-fixture.ts';
import { buildSite } from '../build-site.ts';
import { onInterrupt } from '../cleanup.ts';
import { fixtureImages, longArticle, longArticleId } from './fixture.ts';

// The long article is built beside the real one from a content folder in the OS temp dir
// (READER_CONTENT_DIR), removed in every case (error, Ctrl+C): nothing is written into
// src/content, so a test run or a build at the same time sees the project's own articles only.

function writeFixture(dir: string): void {
  cpSync(path.join(realContent, realArticle), path.join(dir, realArticle), { recursive: true });
  const long = path.join(dir, longArticleId);
  mkdirSync(path.join(long, 'images'), { recursive: true });
  for (const lang of ['de', 'en'] as const) {
    writeFileSync(
      path.join(long, `${lang}.json`),
      `${JSON.stringify(longArticle(lang), null, 2)}\n`,
    );
  }
  for (const image of fixtureImages) {
    copyFileSync(
      path.join(realContent, realArticle, 'images', `${image}.svg`),
      path.join(long, 'images', `${image}.svg`),
    );
  }
}

/** Builds the site with the long article added, into `outDir`. */
export async function buildLongSite(outDir: string, origin: string): Promise<void> {
  const fixture = contentFixture('reader-long-');
  const unregister = onInterrupt(fixture.remove);
  try {
    writeFixture(fixture.dir);
    await buildSite({ outDir, origin, contentDir: fixture.dir });
  } finally {
    fixture.remove();
    unregister();
  }
}
